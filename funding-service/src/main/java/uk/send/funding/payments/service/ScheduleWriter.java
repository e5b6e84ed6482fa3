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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes what is now due into the stored schedule of one LA's financial year: reconciles each subject (an
 * EHCP, or a setting's place funding) with {@link ScheduleReconciler}, applies all changes in a few
 * statements, and announces each setting whose schedule changed with one
 * {@link EventTypes#PAYMENT_SCHEDULE_CHANGED} event. Callers hold the LA's schedule lock.
 */
@ApplicationScoped
public class ScheduleWriter {

    /** What a write changed. */
    public record Outcome(int linesWritten, int linesRemoved, int adjustments, int settingsChanged) {
        static final Outcome NONE = new Outcome(0, 0, 0, 0);

        Outcome plus(Outcome o) {
            return new Outcome(linesWritten + o.linesWritten, linesRemoved + o.linesRemoved, adjustments + o.adjustments,
                    settingsChanged + o.settingsChanged);
        }
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
    public Outcome write(String tenant, FinancialYear year, Map<ScheduleReconciler.Cell, BigDecimal> due, List<PaymentLine> existing,
                         Function<ScheduleReconciler.Cell, String> subject, Function<String, String> reason,
                         PaymentFrequency frequency) {
        YearMonth paidThrough = lines.paidThrough(tenant, year).orElse(null);
        Map<String, Map<ScheduleReconciler.Cell, BigDecimal>> dueBySubject = new LinkedHashMap<>();
        due.forEach((cell, amount) -> dueBySubject.computeIfAbsent(subject.apply(cell), k -> new HashMap<>()).put(cell, amount));
        Map<String, List<PaymentLine>> existingBySubject = new HashMap<>();
        for (PaymentLine l : existing) {
            String s = subject.apply(new ScheduleReconciler.Cell(l.settingUrn(), l.ehcpRef(), l.element(), l.forMonth()));
            existingBySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(l);
            dueBySubject.computeIfAbsent(s, k -> new HashMap<>());
        }
        Map<Long, PaymentLine> byId = new HashMap<>();
        existing.forEach(l -> byId.put(l.id(), l));
        List<Long> delete = new ArrayList<>();
        List<PaymentLine> insert = new ArrayList<>();
        Map<String, BigDecimal> changeBySetting = new TreeMap<>();
        Map<String, int[]> countsBySetting = new HashMap<>();
        Map<String, String> reasonBySetting = new HashMap<>();
        dueBySubject.forEach((s, cells) -> {
            String why = reason.apply(s);
            var plan = ScheduleReconciler.reconcile(cells, existingBySubject.getOrDefault(s, List.of()), paidThrough, frequency, why);
            delete.addAll(plan.delete());
            insert.addAll(plan.insert());
            for (Long id : plan.delete()) {
                PaymentLine old = byId.get(id);
                changeBySetting.merge(old.settingUrn(), old.amount().negate(), BigDecimal::add);
                countsBySetting.computeIfAbsent(old.settingUrn(), k -> new int[2]);
                reasonBySetting.putIfAbsent(old.settingUrn(), why);
            }
            for (PaymentLine l : plan.insert()) {
                changeBySetting.merge(l.settingUrn(), l.amount(), BigDecimal::add);
                int[] counts = countsBySetting.computeIfAbsent(l.settingUrn(), k -> new int[2]);
                counts[0]++;
                if (l.adjustment()) {
                    counts[1]++;
                }
                reasonBySetting.putIfAbsent(l.settingUrn(), why);
            }
        });
        if (delete.isEmpty() && insert.isEmpty()) {
            return Outcome.NONE;
        }
        lines.apply(tenant, year, delete, insert);
        List<PendingEvent> events = new ArrayList<>();
        changeBySetting.forEach((urn, change) -> {
            int[] counts = countsBySetting.get(urn);
            events.add(new PendingEvent(tenant, EventTypes.PAYMENT_SCHEDULE_CHANGED, urn, "payment-schedule/" + year.label() + "/" + urn,
                    new PaymentScheduleChanged(urn, year.label(), Money.toPenny(change), counts[0], counts[1], reasonBySetting.get(urn))));
        });
        outbox.publishAll(events);
        int adjustments = (int) insert.stream().filter(PaymentLine::adjustment).count();
        return new Outcome(insert.size(), delete.size(), adjustments, events.size());
    }
}
