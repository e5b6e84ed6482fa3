package uk.send.funding.clusters.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.clusters.domain.Allocation;
import uk.send.funding.clusters.domain.Cluster;
import uk.send.funding.clusters.domain.Factors;
import uk.send.funding.clusters.domain.Formula;
import uk.send.funding.clusters.domain.SavedFormula;
import uk.send.funding.clusters.domain.SchoolAllocation;
import uk.send.funding.clusters.service.FormulaService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What the cluster delegation endpoints take and answer. */
public final class ClusterViews {

    private ClusterViews() {
    }

    static final String YEAR = "\\d{4}-\\d{2}";
    static final String YEAR_MESSAGE = "a financial year looks like 2026-27";

    public record ClusterRequest(
            @NotBlank @Pattern(regexp = YEAR, message = YEAR_MESSAGE) @Schema(example = "2026-27") String financialYear,
            @NotBlank @Size(max = 100) @Schema(example = "North Norfolk") String name,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") @Schema(example = "121001", description = "The host school (always a member)") String hostUrn,
            @NotNull @Size(max = 100) @Schema(example = "[\"121002\", \"121003\"]") List<@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") String> memberUrns) {
    }

    public record ClusterView(UUID id, @Schema(example = "2026-27") String financialYear, @Schema(example = "North Norfolk") String name,
                              @Schema(example = "121001") String hostUrn, List<String> memberUrns, String createdBy, Instant createdAt,
                              long version) {
        static ClusterView of(Cluster c) {
            return new ClusterView(c.id(), c.financialYear().label(), c.name(), c.hostUrn(), c.memberUrns(), c.createdBy(), c.createdAt(), c.version());
        }
    }

    public record ClusterPage(List<ClusterView> items, int page, int size, long totalItems, int totalPages) {
    }

    public record FactorRow(
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") @Schema(example = "121001") String urn,
            @Schema(example = "210", description = "Pupils on roll (census)") int pupilsOnRoll,
            @Schema(example = "32", description = "Pupils on SEN support") int senSupport,
            @NotNull @Digits(integer = 8, fraction = 4) @Schema(example = "0.2150", description = "The LA's deprivation measure, e.g. the IDACI score or FSM pupils") BigDecimal deprivation) {
        Factors toDomain() {
            return new Factors(urn, pupilsOnRoll, senSupport, deprivation);
        }

        static FactorRow of(Factors f) {
            return new FactorRow(f.urn(), f.pupilsOnRoll(), f.senSupport(), f.deprivation());
        }
    }

    public record FactorPage(List<FactorRow> items, int page, int size, long totalItems, int totalPages) {
    }

    public record FactorsWritten(@Schema(example = "2026-27") String financialYear, @Schema(example = "3") int written) {
    }

    public record FormulaWeights(
            @NotNull @Digits(integer = 4, fraction = 4) @Schema(example = "60") BigDecimal pupilsOnRoll,
            @NotNull @Digits(integer = 4, fraction = 4) @Schema(example = "30") BigDecimal senSupport,
            @NotNull @Digits(integer = 4, fraction = 4) @Schema(example = "10") BigDecimal deprivation) {
    }

    public record FormulaRequest(
            @NotBlank @Pattern(regexp = YEAR, message = YEAR_MESSAGE) @Schema(example = "2026-27") String financialYear,
            @Size(max = 200) @Schema(example = "Pupils 60 / SEN support 30 / deprivation 10, £5,000 a school, 2% contingency", description = "Required to save; ignored by what-if") String name,
            @NotNull @Digits(integer = 10, fraction = 2) @Schema(example = "1000000.00", description = "The SEN budget put through the formula") BigDecimal senBudget,
            @NotNull @Digits(integer = 10, fraction = 2) @Schema(example = "1200000.00", description = "The LA's whole SEN budget (denominator of the delegation rate)") BigDecimal totalSenBudget,
            @NotNull @Digits(integer = 3, fraction = 2) @Schema(example = "85.00") BigDecimal targetPercent,
            @NotNull @Digits(integer = 10, fraction = 2) @Schema(example = "5000.00") BigDecimal fixedSumPerSchool,
            @NotNull @Digits(integer = 3, fraction = 2) @Schema(example = "2.00") BigDecimal contingencyPercent,
            @NotNull @Valid FormulaWeights weights) {
        Formula toDomain() {
            return new Formula(senBudget, totalSenBudget, targetPercent, fixedSumPerSchool, contingencyPercent,
                    new Formula.Weights(weights.pupilsOnRoll(), weights.senSupport(), weights.deprivation()));
        }
    }

    /** A saved formula's terms. */
    public record FormulaTerms(BigDecimal senBudget, BigDecimal totalSenBudget, BigDecimal targetPercent, BigDecimal fixedSumPerSchool,
                               BigDecimal contingencyPercent, FormulaWeights weights) {
        static FormulaTerms of(Formula f) {
            return new FormulaTerms(f.senBudget(), f.totalSenBudget(), f.targetPercent(), f.fixedSumPerSchool(), f.contingencyPercent(),
                    new FormulaWeights(f.weights().pupilsOnRoll(), f.weights().senSupport(), f.weights().deprivation()));
        }
    }

    public record FormulaHeader(UUID id, String financialYear, String name,
                                @Schema(example = "DRAFT", enumeration = {"DRAFT", "ADOPTED", "SUPERSEDED"}) String status, String createdBy,
                                Instant createdAt, String adoptedBy, Instant adoptedAt, long version, FormulaTerms formula) {
        static FormulaHeader of(SavedFormula f) {
            return new FormulaHeader(f.id(), f.financialYear().label(), f.name(), f.status().name(), f.createdBy(), f.createdAt(), f.adoptedBy(),
                    f.adoptedAt(), f.version(), FormulaTerms.of(f.formula()));
        }
    }

    /** One cluster's total. */
    public record ClusterAllocation(UUID clusterId, String name, String hostUrn, int schools, BigDecimal allocation) {
        static ClusterAllocation of(Allocation.ClusterTotal c) {
            return new ClusterAllocation(c.clusterId(), c.name(), c.hostUrn(), c.schools(), c.allocation());
        }
    }

    public record FormulaPage(List<FormulaHeader> items, int page, int size, long totalItems, int totalPages) {
    }

    /** A formula's result without the per-school rows (page them at /allocations). */
    public record AllocationView(BigDecimal senBudget, BigDecimal totalSenBudget, BigDecimal delegated, BigDecimal contingency,
                                 BigDecimal delegationRatePercent, BigDecimal targetPercent, boolean meetsTarget, BigDecimal neededForTarget,
                                 BigDecimal shortfall, int schools, int schoolsWithoutFactors, List<ClusterAllocation> clusters) {
        static AllocationView of(Allocation a) {
            return new AllocationView(a.formula().senBudget(), a.formula().totalSenBudget(), a.delegated(), a.contingency(), a.delegationRatePercent(),
                    a.formula().targetPercent(), a.meetsTarget(), a.neededForTarget(), a.shortfall(), a.schools().size(), a.schoolsWithoutFactors(),
                    a.clusters().stream().map(ClusterAllocation::of).toList());
        }
    }

    public record FormulaView(FormulaHeader formula, AllocationView allocation) {
        static FormulaView of(FormulaService.Worked w) {
            return new FormulaView(FormulaHeader.of(w.formula()), AllocationView.of(w.allocation()));
        }
    }

    public record SchoolRow(String urn, UUID clusterId, String clusterName, String hostUrn, int pupilsOnRoll, int senSupport,
                            BigDecimal deprivation, boolean hasFactors, BigDecimal allocation) {
        static SchoolRow of(SchoolAllocation s) {
            return new SchoolRow(s.urn(), s.clusterId(), s.clusterName(), s.hostUrn(), s.pupilsOnRoll(), s.senSupport(), s.deprivation(),
                    s.hasFactors(), s.amount());
        }

        static final List<String> HEADER = List.of("urn", "cluster", "host_urn", "pupils_on_roll", "sen_support", "deprivation", "has_factors",
                "allocation");

        List<Object> cells() {
            return Arrays.asList(urn, clusterName, hostUrn, pupilsOnRoll, senSupport, deprivation, hasFactors ? "yes" : "no", allocation);
        }
    }

    public record SchoolPage(List<SchoolRow> items, int page, int size, long totalItems, int totalPages) {
    }
}
