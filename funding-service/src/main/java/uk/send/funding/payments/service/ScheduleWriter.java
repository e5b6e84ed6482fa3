package uk.send.funding.payments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.payments.domain.PaymentFrequency;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.domain.ScheduleReconciler;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.PaymentScheduleChanged;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes what is now due into the stored schedule of one LA's financial year: reconciles each subject (an
 * EHCP, or a setting's place funding) with {@link ScheduleReconciler} and applies all changes in a few
 * statements. What changed per setting and year is collected in a {@link Changes} (a recomputation may
 * write in several chunks) and announced by {@link #publish} with one
 * {@link EventTypes#PAYMENT_SCHEDULE_CHANGED} per setting and year. Callers hold the LA's schedule lock.
 */
@ApplicationScoped
public class ScheduleWriter {

    /** What a write changed. */
    public record Outcome(int linesWritten, int linesRemoved, int adjustments, int settingsChanged) {
        public static final Outcome NONE = new Outcome(0, 0, 0, 0);

        public Outcome plus(Outcome o) {
            return new Outcome(linesWritten + o.linesWritten, linesRemoved + o.linesRemoved, adjustments + o.adjustments,
                    settingsChanged + o.settingsChanged);
        }
    }

    /** Per setting and year: the change in total, lines written, adjustments, and the first reason. */
    public static final class Changes {
        private final Map<String, Object[]> bySettingYear = new TreeMap<>();

        void add(FinancialYear year, String urn, BigDecimal change, boolean written, boolean adjustment, String reason) {
            Object[] c = entry(year, urn, change, written ? 1 : 0, reason);
            c[4] = (int) c[4] + (adjustment ? 1 : 0);
        }

        /** {@code lines} scheduled lines of one setting repriced in place (set-based), changing its total by {@code change}. */
        public void addAll(FinancialYear year, String urn, BigDecimal change, int lines, String reason) {
            entry(year, urn, change, lines, reason);
        }

        private Object[] entry(FinancialYear year, String urn, BigDecimal change, int written, String reason) {
            Object[] c = bySettingYear.computeIfAbsent(year.label() + "|" + urn, k -> new Object[]{year, urn, Money.ZERO, 0, 0, reason});
            c[2] = ((BigDecimal) c[2]).add(change);
            c[3] = (int) c[3] + written;
            return c;
        }

        public int settingsChanged() {
            return bySettingYear.size();
        }
    }

    /**
     * Which scheduled lines read their amount from a shared month price instead of holding it (V67: a whole-year child's
     * unpaid months, so that an uplift rewrites one price per category, band and month instead of every child's line).
     */
    public interface SharedPrices {
        /** No line reads a price: every line holds its own amount. */
        SharedPrices NONE = new SharedPrices() {
            @Override
            public Long priceFor(PaymentLine line) {
                return null;
            }

            @Override
            public Long storedPrice(long lineId) {
                return null;
            }
        };

        /** The price an unpaid scheduled line with this cell, pay month and amount should read, or null to hold its amount. */
        Long priceFor(PaymentLine line);

        /** The price a stored line reads now, or null. */
        Long storedPrice(long lineId);
    }

    private final PaymentLineRepository lines;
    private final Outbox outbox;

    public ScheduleWriter(PaymentLineRepository lines, Outbox outbox) {
        this.lines = lines;
        this.outbox = outbox;
    }

    /**
     * @param due      what is due now, per cell, for every subject being recomputed
     * @param existing the stored lines of those subjects in this year
     * @param subject  the subject of a cell (EHCP ref, or the setting for place funding): each is reconciled on its own
     * @param reason   why, per subject: written on adjustment lines
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome write(Changes changes, String tenant, FinancialYear year, Map<ScheduleReconciler.Cell, BigDecimal> due,
                         List<PaymentLine> existing, Function<ScheduleReconciler.Cell, String> subject,
                         Function<String, String> reason, PaymentFrequency frequency) {
        return write(changes, tenant, year, due, existing, subject, reason, frequency, SharedPrices.NONE);
    }

    /** As {@link #write}, with {@code prices} deciding which scheduled lines read a shared month price. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome write(Changes changes, String tenant, FinancialYear year, Map<ScheduleReconciler.Cell, BigDecimal> due,
                         List<PaymentLine> existing, Function<ScheduleReconciler.Cell, String> subject,
                         Function<String, String> reason, PaymentFrequency frequency, SharedPrices prices) {
        YearMonth paidThrough = lines.paidThrough(tenant, year).orElse(null);
        Map<String, Map<ScheduleReconciler.Cell, BigDecimal>> dueBySubject = new LinkedHashMap<>();
        due.forEach((cell, amount) -> dueBySubject.computeIfAbsent(subject.apply(cell), k -> new HashMap<>()).put(cell, amount));
        Map<String, List<PaymentLine>> existingBySubject = new HashMap<>();
        Map<Long, PaymentLine> byId = new HashMap<>();
        for (PaymentLine l : existing) {
            String s = subject.apply(new ScheduleReconciler.Cell(l.settingUrn(), l.ehcpRef(), l.element(), l.forMonth()));
            existingBySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(l);
            dueBySubject.computeIfAbsent(s, k -> new HashMap<>());
            byId.put(l.id(), l);
        }
        List<Long> delete = new ArrayList<>();
        List<PaymentLine> insert = new ArrayList<>();
        int settingsBefore = changes.settingsChanged();
        dueBySubject.forEach((s, cells) -> {
            String why = reason.apply(s);
            var plan = ScheduleReconciler.reconcile(cells, existingBySubject.getOrDefault(s, List.of()), paidThrough, frequency, why);
            delete.addAll(plan.delete());
            insert.addAll(plan.insert());
            for (Long id : plan.delete()) {
                PaymentLine old = byId.get(id);
                changes.add(year, old.settingUrn(), old.amount().negate(), false, false, why);
            }
            for (PaymentLine l : plan.insert()) {
                changes.add(year, l.settingUrn(), l.amount(), true, l.adjustment(), why);
            }
        });
        PaymentLineRepository.Write w = linked(inPlace(delete, insert, byId), existing, paidThrough, prices);
        if (w.delete().isEmpty() && w.updateIds().isEmpty() && w.insert().isEmpty()) {
            return Outcome.NONE;
        }
        lines.apply(tenant, year, w);
        if (delete.isEmpty() && insert.isEmpty()) {
            return Outcome.NONE; // only how amounts are stored changed, not what is due
        }
        int adjustments = (int) insert.stream().filter(PaymentLine::adjustment).count();
        return new Outcome(insert.size(), delete.size(), adjustments, changes.settingsChanged() - settingsBefore);
    }

    /**
     * The write with every scheduled line it leaves unpaid reading the price {@code prices} gives it (or its own amount):
     * inserted and updated lines as they are written; lines it keeps as they are, rewritten only where what they read
     * should change (a child now whole-year, or no longer).
     */
    static PaymentLineRepository.Write linked(PaymentLineRepository.Write w, List<PaymentLine> existing, YearMonth paidThrough,
                                              SharedPrices prices) {
        if (prices == SharedPrices.NONE) {
            return w;
        }
        Map<Long, PaymentLine> byId = new HashMap<>();
        existing.forEach(l -> byId.put(l.id(), l));
        List<Long> updateIds = new ArrayList<>(w.updateIds());
        List<BigDecimal> updateAmounts = new ArrayList<>(w.updateAmounts());
        List<Long> updatePrices = new ArrayList<>();
        for (int i = 0; i < updateIds.size(); i++) {
            PaymentLine old = byId.get(updateIds.get(i));
            updatePrices.add(prices.priceFor(new PaymentLine(old.id(), old.settingUrn(), old.ehcpRef(), old.element(), old.forMonth(),
                    old.payMonth(), false, updateAmounts.get(i), null)));
        }
        Set<Long> touched = new HashSet<>(w.delete());
        touched.addAll(w.updateIds());
        for (PaymentLine l : existing) {
            if (touched.contains(l.id()) || l.adjustment() || ScheduleReconciler.isPaid(l.payMonth(), paidThrough)) {
                continue;
            }
            Long wanted = prices.priceFor(l);
            if (!Objects.equals(wanted, prices.storedPrice(l.id()))) {
                updateIds.add(l.id());
                updateAmounts.add(l.amount());
                updatePrices.add(wanted);
            }
        }
        List<Long> insertPrices = new ArrayList<>();
        for (PaymentLine l : w.insert()) {
            insertPrices.add(l.adjustment() ? null : prices.priceFor(l));
        }
        return new PaymentLineRepository.Write(w.delete(), updateIds, updateAmounts, w.insert(), updatePrices, insertPrices);
    }

    /**
     * The plan as the store applies it: a scheduled line replaced by a scheduled line of the same cell and pay month
     * (an uplift, a band change in an open month) becomes an update of its amount in place, which PostgreSQL writes
     * as a heap-only tuple (no index touched); what is left is deleted and inserted as planned.
     */
    static PaymentLineRepository.Write inPlace(List<Long> delete, List<PaymentLine> insert, Map<Long, PaymentLine> byId) {
        Map<ScheduleReconciler.Cell, PaymentLine> replaceable = new HashMap<>();
        for (Long id : delete) {
            PaymentLine old = byId.get(id);
            if (!old.adjustment()) {
                replaceable.put(cell(old), old);
            }
        }
        List<Long> deleteLeft = new ArrayList<>();
        List<PaymentLine> insertLeft = new ArrayList<>();
        List<Long> updateIds = new ArrayList<>();
        List<BigDecimal> updateAmounts = new ArrayList<>();
        Set<Long> updated = new HashSet<>();
        for (PaymentLine l : insert) {
            PaymentLine old = l.adjustment() ? null : replaceable.remove(cell(l));
            if (old != null && old.payMonth().equals(l.payMonth())) {
                updateIds.add(old.id());
                updateAmounts.add(l.amount());
                updated.add(old.id());
            } else {
                insertLeft.add(l);
            }
        }
        for (Long id : delete) {
            if (!updated.contains(id)) {
                deleteLeft.add(id);
            }
        }
        return new PaymentLineRepository.Write(deleteLeft, updateIds, updateAmounts, insertLeft);
    }

    private static ScheduleReconciler.Cell cell(PaymentLine l) {
        return new ScheduleReconciler.Cell(l.settingUrn(), l.ehcpRef(), l.element(), l.forMonth());
    }

    /** One event per setting and year whose schedule changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String tenant, Changes changes) {
        List<PendingEvent> events = new ArrayList<>();
        changes.bySettingYear.values().forEach(c -> {
            FinancialYear year = (FinancialYear) c[0];
            String urn = (String) c[1];
            events.add(new PendingEvent(tenant, EventTypes.PAYMENT_SCHEDULE_CHANGED, urn, "payment-schedule/" + year.label() + "/" + urn,
                    new PaymentScheduleChanged(urn, year.label(), Money.toPenny((BigDecimal) c[2]), (int) c[3], (int) c[4], (String) c[5])));
        });
        outbox.publishAll(events);
    }
}
