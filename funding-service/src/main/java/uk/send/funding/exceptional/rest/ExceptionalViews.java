package uk.send.funding.exceptional.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.exceptional.domain.Application;
import uk.send.funding.exceptional.domain.BudgetPosition;
import uk.send.funding.exceptional.domain.Criterion;
import uk.send.funding.exceptional.domain.Decision;
import uk.send.funding.exceptional.domain.MonthSpend;
import uk.send.funding.exceptional.domain.NewApplication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the exceptional top-up endpoints take and answer. */
public final class ExceptionalViews {

    private ExceptionalViews() {
    }

    public record CriterionRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,30}", message = "2 to 30 capital letters, digits, _ or -") @Schema(example = "TRAUMA") String code,
            @NotBlank @Size(max = 500) @Schema(example = "Recent trauma or bereavement with a sudden, severe effect on learning") String description) {
    }

    public record CriterionUpdate(
            @NotBlank @Size(max = 500) @Schema(example = "Recent trauma or bereavement with a sudden, severe effect on learning") String description,
            @Schema(description = "false withdraws it: no new application may cite it", example = "true") boolean active) {
    }

    public record CriterionView(UUID id, @Schema(example = "TRAUMA") String code, String description, boolean active, Instant createdAt, long version) {
        static CriterionView of(Criterion c) {
            return new CriterionView(c.id(), c.code(), c.description(), c.active(), c.createdAt(), c.version());
        }
    }

    public record CriterionPage(List<CriterionView> items, int page, int size, long totalItems, int totalPages) {
    }

    public record ApplicationRequest(
            @NotBlank @Size(max = 40) @Schema(example = "PUP-2026-0193", description = "The school's pseudonymous reference for the pupil; never a name") String pupilRef,
            @NotBlank @Size(max = 30) @Schema(example = "TRAUMA") String criterionCode,
            @NotBlank @Size(max = 5000) @Schema(example = "Sudden bereavement in January; daily 1:1 support since, see the educational psychologist's note") String evidence,
            @Size(max = 500) @Schema(example = "sharepoint://send/evidence/PUP-2026-0193/ep-report.pdf", description = "Where the evidence file is kept, if any") String evidenceFile,
            @NotNull @Digits(integer = 10, fraction = 2) @Schema(example = "4500.00") BigDecimal amount,
            @NotNull @Schema(example = "2026-04-01") LocalDate periodFrom,
            @NotNull @Schema(example = "2026-07-31") LocalDate periodTo) {
        NewApplication toDomain() {
            return new NewApplication(pupilRef.trim(), criterionCode.trim(), evidence.trim(), evidenceFile == null || evidenceFile.isBlank() ? null
                    : evidenceFile.trim(), amount, periodFrom, periodTo);
        }
    }

    public record ApplicationView(UUID id, @Schema(example = "121001") String settingUrn, @Schema(example = "PUP-2026-0193") String pupilRef,
                                  @Schema(example = "TRAUMA") String criterionCode, String evidence, String evidenceFile,
                                  @Schema(example = "4500.00") BigDecimal amountRequested, LocalDate periodFrom, LocalDate periodTo,
                                  @Schema(example = "2026-27") String financialYear,
                                  @Schema(example = "APPLIED", enumeration = {"APPLIED", "APPROVED", "REFUSED"}) String status,
                                  BigDecimal amountApproved, String decisionReasons, String decidedBy, Instant decidedAt, String appliedBy,
                                  Instant appliedAt, long version) {
        static ApplicationView of(Application a) {
            return new ApplicationView(a.id(), a.settingUrn(), a.pupilRef(), a.criterionCode(), a.evidence(), a.evidenceFile(), a.amountRequested(),
                    a.periodFrom(), a.periodTo(), a.financialYear().label(), a.status().name(), a.amountApproved(), a.decisionReasons(), a.decidedBy(),
                    a.decidedAt(), a.appliedBy(), a.appliedAt(), a.version());
        }
    }

    public record ApplicationPage(List<ApplicationView> items, int page, int size, long totalItems, int totalPages) {
    }

    public record TopUpDecisionRequest(
            @NotNull @Pattern(regexp = "APPROVED|REFUSED", message = "must be APPROVED or REFUSED")
            @Schema(example = "APPROVED", enumeration = {"APPROVED", "REFUSED"}) String outcome,
            @Digits(integer = 10, fraction = 2) @Schema(example = "3000.00", description = "Approve a different sum than requested (then give reasons)") BigDecimal amount,
            @Size(max = 5000) @Schema(example = "Meets the trauma criterion; approved for the summer term only") String reasons) {
        Decision toDomain() {
            return new Decision(Decision.Outcome.valueOf(outcome), amount, reasons);
        }
    }

    public record BudgetView(@Schema(example = "2026-27") String financialYear, @Schema(example = "50000.00") BigDecimal budget,
                             @Schema(example = "3000.00") BigDecimal committed, @Schema(example = "47000.00") BigDecimal remaining,
                             @Schema(example = "1") int approvals, @Schema(example = "false") boolean overspent,
                             @Schema(description = "false when no budget is set for the year (any approval is then an overspend)") boolean budgetSet) {
        static BudgetView of(BudgetPosition p) {
            return new BudgetView(p.financialYear().label(), p.budget(), p.committed(), p.remaining(), p.approvals(), p.overspent(), p.budgetSet());
        }
    }

    public record DecidedView(ApplicationView application, BudgetView budget) {
    }

    public record BudgetRequest(@NotNull @Digits(integer = 10, fraction = 2) @Schema(example = "50000.00") BigDecimal amount) {
    }

    public record SpendView(@Schema(example = "2026-05") String month, @Schema(example = "3000.00") BigDecimal total,
                            @Schema(example = "1") int approvals, @Schema(description = "false when the month had been published before, or was only read") boolean published) {
        static SpendView of(MonthSpend s, boolean published) {
            return new SpendView(s.month().toString(), s.total(), s.approvals(), published);
        }
    }
}
