package uk.send.funding.forum.domain;

import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.DomainException.FieldIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules an upload of budget shares and pupil numbers must keep; every line's problems are reported at once. */
public final class BudgetLines {

    /** The most lines one upload may carry (the largest LAs have about 600 schools). */
    public static final int MAX_LINES = 30_000;
    public static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999.99");
    public static final int MAX_PUPILS = 100_000;

    private BudgetLines() {
    }

    /** Problems of the lines by themselves (the register's URNs are checked by the service); {@code prefix} names the list, e.g. "lines". */
    public static List<FieldIssue> problems(String prefix, List<BudgetLine> lines) {
        List<FieldIssue> out = new ArrayList<>();
        if (lines.isEmpty()) {
            out.add(new FieldIssue(prefix, "must have at least one line"));
        }
        if (lines.size() > MAX_LINES) {
            out.add(new FieldIssue(prefix, "must have at most " + MAX_LINES + " lines"));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            String at = prefix + "[" + i + "].";
            if (l.urn() == null || !l.urn().matches("\\d{6}")) {
                out.add(new FieldIssue(at + "urn", "must be a 6-digit URN"));
            } else if (!seen.add(l.urn())) {
                out.add(new FieldIssue(at + "urn", "URN " + l.urn() + " is given twice"));
            }
            if (l.budgetShare() == null && l.pupils() == null) {
                out.add(new FieldIssue(at + "budgetShare", "give a budget share, pupil numbers or both"));
            }
            if (l.budgetShare() != null && (l.budgetShare().signum() < 0 || l.budgetShare().compareTo(MAX_BUDGET) > 0
                    || !Money.isPenceExact(l.budgetShare()))) {
                out.add(new FieldIssue(at + "budgetShare", "must be 0 to " + MAX_BUDGET.toPlainString() + " in whole pence"));
            }
            if (l.pupils() != null && (l.pupils() < 0 || l.pupils() > MAX_PUPILS)) {
                out.add(new FieldIssue(at + "pupils", "must be 0 to " + MAX_PUPILS));
            }
        }
        return out;
    }
}
