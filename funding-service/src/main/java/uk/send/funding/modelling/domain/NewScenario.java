package uk.send.funding.modelling.domain;

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
        if (proposal.bands().isEmpty() && proposal.bandMapping().isEmpty() && proposal.uplift() == null) {
            problems.add(new FieldIssue("bands", "propose new bands, a band mapping or an uplift"));
        }
        if (protection != null) {
            problems.addAll(protection.problems("protection."));
        }
        return problems;
    }
}
