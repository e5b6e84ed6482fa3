package uk.send.funding.exceptional.domain;

import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.DomainException.FieldIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The panel's decision on an application. A refusal always gives reasons; an approval may set a different sum than the
 * one asked for, and then says why.
 *
 * @param amount the sum approved; null means the sum requested (ignored for a refusal)
 */
public record Decision(Outcome outcome, BigDecimal amount, String reasons) {

    public enum Outcome { APPROVED, REFUSED }

    /** The sum approved for an application that asked for {@code requested}; 0.00 for a refusal. */
    public BigDecimal approved(BigDecimal requested) {
        if (outcome == Outcome.REFUSED) {
            return Money.ZERO;
        }
        return amount == null ? requested : Money.toPenny(amount);
    }

    public List<FieldIssue> problems(BigDecimal requested) {
        List<FieldIssue> problems = new ArrayList<>();
        boolean noReasons = reasons == null || reasons.isBlank();
        if (outcome == Outcome.REFUSED && noReasons) {
            problems.add(new FieldIssue("reasons", "a refusal must give its reasons"));
        }
        if (outcome == Outcome.APPROVED && amount != null) {
            if (amount.signum() <= 0 || !Money.isPenceExact(amount) || amount.compareTo(NewApplication.MAX_AMOUNT) > 0) {
                problems.add(new FieldIssue("amount", "must be more than 0 and at most " + NewApplication.MAX_AMOUNT.toPlainString() + ", in whole pence"));
            } else if (amount.compareTo(requested) != 0 && noReasons) {
                problems.add(new FieldIssue("reasons", "approving a different sum than the one requested must give the reasons"));
            }
        }
        return problems;
    }
}
