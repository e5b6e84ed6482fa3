package uk.send.funding.forum.domain;

import uk.send.funding.money.domain.Apportionment;
import uk.send.platform.domain.BusinessRuleBroken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Each school's deduction under a top-slice: the sum needed is shared out in proportion to the base (budget share or
 * pupils) of every active setting in scope that has one for the year, by {@link Apportionment#byLargestRemainder} in
 * URN order, so the deductions add up to the sum needed to the penny. A setting in scope with no base recorded is
 * left out and counted, never guessed.
 */
public final class TopSliceCalculation {

    /** The deductions, in URN order, the settings left out for want of a base, and the phases the deductions fall on. */
    public record Result(List<Deduction> deductions, int settingsWithoutBase, Set<Phase> phases) {
    }

    private TopSliceCalculation() {
    }

    public static Result run(TopSliceDraft draft, List<SettingBudget> register) {
        List<SettingBudget> inScope = register.stream().filter(SettingBudget::active).filter(b -> draft.settingTypes().contains(b.type()))
                .sorted(Comparator.comparing(SettingBudget::urn)).toList();
        List<SettingBudget> based = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (SettingBudget b : inScope) {
            BigDecimal base = base(draft.base(), b);
            if (base != null && base.signum() > 0) {
                based.add(b);
                weights.add(base);
            }
        }
        if (based.isEmpty()) {
            throw new BusinessRuleBroken("top-slice-no-base", "No base to share the top-slice by",
                    "none of the " + inScope.size() + " active settings in scope has a " + draft.base().name().toLowerCase().replace('_', ' ')
                            + " recorded for " + draft.financialYear().label());
        }
        List<BigDecimal> shares = Apportionment.byLargestRemainder(draft.sumNeeded(), weights);
        List<Deduction> out = new ArrayList<>(based.size());
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (int i = 0; i < based.size(); i++) {
            SettingBudget b = based.get(i);
            BigDecimal d = shares.get(i);
            out.add(new Deduction(b.urn(), b.type(), weights.get(i), b.budgetShare(), d, Apportionment.percent(d, b.budgetShare(), 3)));
            phases.addAll(Phase.of(b.type()));
        }
        return new Result(out, inScope.size() - based.size(), phases);
    }

    private static BigDecimal base(TopSliceBase base, SettingBudget b) {
        return base == TopSliceBase.BUDGET_SHARE ? b.budgetShare() : b.pupils() == null ? null : BigDecimal.valueOf(b.pupils());
    }
}
