package uk.send.funding.exceptional.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;

/**
 * Where the year's budget for exceptional top-ups stands: approved spend (committed) against it.
 *
 * @param budgetSet false when the LA set no budget for the year (budget 0.00: any approval is then an overspend)
 * @param version   the budget row's version (its ETag); 0 when none is set
 */
public record BudgetPosition(FinancialYear financialYear, BigDecimal budget, BigDecimal committed, int approvals, boolean budgetSet,
                             long version) {

    public BigDecimal remaining() {
        return budget.subtract(committed);
    }

    public boolean overspent() {
        return committed.compareTo(budget) > 0;
    }
}
