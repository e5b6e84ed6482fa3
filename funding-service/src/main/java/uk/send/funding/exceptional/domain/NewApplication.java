package uk.send.funding.exceptional.domain;

import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.DomainException.FieldIssue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a school sends: a pseudonymous pupil reference, a criterion of the LA, evidence, a sum and the period it covers. */
public record NewApplication(String pupilRef, String criterionCode, String evidence, String evidenceFile, BigDecimal amount,
                             LocalDate periodFrom, LocalDate periodTo) {

    /**
     * A pseudonymous reference: letters, digits and hyphens with at least one digit (the school's own pupil number or
     * the LA's UPN-style reference), so that a name ("Jane Smith", "JaneSmith") is refused.
     */
    public static final Pattern PUPIL_REF = Pattern.compile("(?=.*\\d)[A-Za-z0-9-]{4,40}");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("250000.00");

    public FinancialYear financialYear() {
        return FinancialYear.of(periodFrom);
    }

    public List<FieldIssue> problems() {
        List<FieldIssue> problems = new ArrayList<>();
        if (pupilRef == null || !PUPIL_REF.matcher(pupilRef).matches()) {
            problems.add(new FieldIssue("pupilRef", "must be a pseudonymous reference (4 to 40 letters, digits or hyphens, at least one digit), never a name"));
        }
        if (amount == null || amount.signum() <= 0 || !Money.isPenceExact(amount) || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldIssue("amount", "must be more than 0 and at most " + MAX_AMOUNT.toPlainString() + ", in whole pence"));
        }
        if (periodFrom != null && periodTo != null) {
            if (periodTo.isBefore(periodFrom)) {
                problems.add(new FieldIssue("periodTo", "must not be before periodFrom"));
            } else if (!financialYear().contains(periodTo)) {
                problems.add(new FieldIssue("periodTo", "the period must lie within one financial year (April to March): "
                        + financialYear().label() + " ends on " + financialYear().end()));
            }
        }
        return problems;
    }
}
