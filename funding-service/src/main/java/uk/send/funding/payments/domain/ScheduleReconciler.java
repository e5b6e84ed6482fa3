package uk.send.funding.payments.domain;

import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings the stored lines of one payee subject (an EHCP's top-up, or a setting's place funding) in line with
 * what is now due, without ever rewriting a paid month:
 * <ul>
 *   <li>a month not yet paid gets one scheduled line of what is due (replacing what was there);</li>
 *   <li>a month already paid whose due amount changed gets an adjustment line of the difference, in the next
 *   open pay month, saying why; paid lines stay as they were.</li>
 * </ul>
 * After it, every month's lines (paid, scheduled and adjustments) add up to what is due, to the penny.
 */
public final class ScheduleReconciler {

    /** Where lines of one month and payee are kept apart. */
    public record Cell(String settingUrn, String ehcpRef, Element element, YearMonth forMonth) {
    }

    /** Lines to delete (by id; all unpaid) and to insert. */
    public record Plan(List<Long> delete, List<PaymentLine> insert) {
        public boolean isEmpty() {
            return delete.isEmpty() && insert.isEmpty();
        }
    }

    private ScheduleReconciler() {
    }

    /**
     * @param due         what is due per cell now (cells absent are due nothing)
     * @param existing    the stored lines of the same subjects
     * @param paidThrough the last pay month already paid; null if none
     * @param reason      why (stated on any adjustment line)
     */
    public static Plan reconcile(Map<Cell, BigDecimal> due, List<PaymentLine> existing, YearMonth paidThrough,
                                 PaymentFrequency frequency, String reason) {
        Map<Cell, BigDecimal> paidSum = new HashMap<>();
        Map<Cell, List<PaymentLine>> open = new HashMap<>();
        Set<Cell> cells = new LinkedHashSet<>(due.keySet());
        for (PaymentLine l : existing) {
            Cell c = new Cell(l.settingUrn(), l.ehcpRef(), l.element(), l.forMonth());
            cells.add(c);
            if (isPaid(l.payMonth(), paidThrough)) {
                paidSum.merge(c, l.amount(), BigDecimal::add);
            } else {
                open.computeIfAbsent(c, k -> new ArrayList<>()).add(l);
            }
        }
        List<Long> delete = new ArrayList<>();
        List<PaymentLine> insert = new ArrayList<>();
        for (Cell c : cells) {
            BigDecimal target = due.getOrDefault(c, Money.ZERO);
            PaymentLine wanted;
            YearMonth payMonth = frequency.payMonth(c.forMonth());
            if (!isPaid(payMonth, paidThrough)) {
                wanted = target.signum() == 0 ? null
                        : new PaymentLine(null, c.settingUrn(), c.ehcpRef(), c.element(), c.forMonth(), payMonth, false, target, null);
            } else {
                BigDecimal diff = target.subtract(paidSum.getOrDefault(c, Money.ZERO));
                wanted = diff.signum() == 0 ? null
                        : new PaymentLine(null, c.settingUrn(), c.ehcpRef(), c.element(), c.forMonth(),
                        frequency.nextPayMonth(paidThrough), true, Money.toPenny(diff), reason);
            }
            List<PaymentLine> have = open.getOrDefault(c, List.of());
            if (have.size() == 1 && wanted != null && same(have.get(0), wanted)) {
                continue;
            }
            have.forEach(l -> delete.add(l.id()));
            if (wanted != null) {
                insert.add(wanted);
            }
        }
        return new Plan(delete, insert);
    }

    private static boolean same(PaymentLine a, PaymentLine b) {
        return a.amount().compareTo(b.amount()) == 0 && a.adjustment() == b.adjustment() && a.payMonth().equals(b.payMonth());
    }

    public static boolean isPaid(YearMonth payMonth, YearMonth paidThrough) {
        return paidThrough != null && !payMonth.isAfter(paidThrough);
    }

    /** What a set of lines adds up to per month the money is for. */
    public static Map<YearMonth, BigDecimal> totalsByMonth(List<PaymentLine> lines) {
        Map<YearMonth, BigDecimal> totals = new LinkedHashMap<>();
        lines.stream().sorted((a, b) -> a.forMonth().compareTo(b.forMonth()))
                .forEach(l -> totals.merge(l.forMonth(), l.amount(), BigDecimal::add));
        return totals;
    }

    public static BigDecimal total(List<PaymentLine> lines) {
        return lines.stream().map(PaymentLine::amount).filter(Objects::nonNull).reduce(Money.ZERO, BigDecimal::add);
    }
}
