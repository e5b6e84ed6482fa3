package uk.send.funding.modelling.domain;

import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.NeedsMatrix;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.domain.DomainException.FieldIssue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new scenario holds.
 *
 * @param asAt the day whose placements and bands are modelled (null: the day before {@code financialYear} starts)
 */
public record NewScenario(String name, FinancialYear financialYear, LocalDate asAt, Proposal proposal, ProtectionPolicy protection) {

    public LocalDate asAtOrDefault() {
        return asAt == null ? financialYear.start().minusDays(1) : asAt;
    }

    /** The rules each broken field breaks; empty when the scenario is well formed. */
    public List<FieldIssue> problems() {
        List<FieldIssue> problems = new ArrayList<>();
        if (proposal.bands().values().stream().anyMatch(b -> b.isEmpty() || b.size() > 16)) {
            problems.add(new FieldIssue("bands", "a proposed scheme has 1 to 16 bands per category"));
        }
        if (proposal.bands().isEmpty() && proposal.bandMapping().isEmpty() && proposal.uplift() == null && proposal.matrices().isEmpty()) {
            problems.add(new FieldIssue("bands", "propose new bands, a band mapping, a needs matrix or an uplift"));
        }
        proposal.matrices().forEach((category, matrix) -> problems.addAll(matrixProblems(category, matrix)));
        if (protection != null) {
            problems.addAll(protection.problems("protection."));
        }
        return problems;
    }

    /** A proposed matrix names each need area once, and only bands the category's proposed bands have (where it proposes any). */
    private List<FieldIssue> matrixProblems(FundingCategory category, NeedsMatrix matrix) {
        List<FieldIssue> problems = new ArrayList<>();
        String at = "matrices." + category;
        if (matrix.areas().stream().map(NeedsMatrix.Area::code).distinct().count() < matrix.areas().size()) {
            problems.add(new FieldIssue(at + ".areas", "a need area appears twice"));
        }
        List<Band> bands = proposal.bands().get(category);
        for (int i = 0; bands != null && i < matrix.thresholds().size(); i++) {
            String code = matrix.thresholds().get(i).bandCode();
            if (bands.stream().noneMatch(b -> b.code().equals(code))) {
                problems.add(new FieldIssue(at + ".thresholds[" + i + "].bandCode", "is not one of the proposed " + category + " bands"));
            }
        }
        return problems;
    }
}
