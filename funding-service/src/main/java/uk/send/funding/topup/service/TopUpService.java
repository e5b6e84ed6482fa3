package uk.send.funding.topup.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.send.funding.banding.domain.BandingChanged;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.repository.BandAgreementRepository;
import uk.send.funding.banding.repository.BandingSchemeRepository;
import uk.send.funding.ehcp.domain.EhcpDecisionsAccepted;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.FundingPolicy;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.domain.ScheduleReconciler;
import uk.send.funding.payments.repository.FundingPolicyRepository;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.funding.payments.service.ScheduleWriter;
import uk.send.funding.topup.domain.DecisionChanges;
import uk.send.funding.topup.domain.EhcpTimeline;
import uk.send.funding.topup.domain.PlanChange;
import uk.send.funding.topup.domain.TopUpCalculator;
import uk.send.funding.topup.repository.DecisionLogRepository;
import uk.send.funding.topup.repository.TopUpPendingRepository;
import uk.send.funding.topup.repository.WholeYearRepository;
import uk.send.funding.topup.domain.MonthPrices;
import uk.send.funding.topup.domain.Segment;
import uk.send.funding.topup.domain.WholeYearPrices;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Top-up per EHCP: rebuilt from the decision log and the agreed bands, priced by the approved schemes, pro rata
 * by the LA's method, written into the payment schedule.
 *
 * <p>The intake may accept 200,000 decisions in one batch, so reacting to them is one set-based upsert
 * per intake call into {@code topup_pending} in the intake's transaction; {@link #drain()} recomputes pending EHCPs in set-based
 * batches. A band agreed or an appeal decided recomputes its EHCP at once; an approved scheme reprices the
 * LA's whole year: set-based for the EHCPs placed the whole year at one setting and band ({@link WholeYearRepricer}),
 * one by one for the rest. Each pricing records whether the EHCP's year is such a whole-year one.
 */
@ApplicationScoped
public class TopUpService {

    private static final Logger LOG = Logger.getLogger(TopUpService.class);
    static final int DRAIN_BATCH = 2000;
    static final int CHUNK = 2000;

    private final DecisionLogRepository decisions;
    private final BandAgreementRepository bands;
    private final BandingSchemeRepository schemes;
    private final FundingPolicyRepository policies;
    private final PaymentLineRepository lines;
    private final TopUpPendingRepository pending;
    private final ScheduleWriter writer;
    private final WholeYearRepository wholeYear;
    private final WholeYearRepricer repricer;

    public TopUpService(DecisionLogRepository decisions, BandAgreementRepository bands, BandingSchemeRepository schemes,
                        FundingPolicyRepository policies, PaymentLineRepository lines, TopUpPendingRepository pending, ScheduleWriter writer,
                        WholeYearRepository wholeYear, WholeYearRepricer repricer) {
        this.decisions = decisions;
        this.bands = bands;
        this.schemes = schemes;
        this.policies = policies;
        this.lines = lines;
        this.pending = pending;
        this.writer = writer;
        this.wholeYear = wholeYear;
        this.repricer = repricer;
    }

    /**
     * In the intake's transaction: one upsert for all the decisions it accepted that can change funding, nothing more. A
     * request, a draft, a meeting (most of an EHCP's decisions) marks nothing: pricing never reads them.
     */
    void onDecisions(@Observes EhcpDecisionsAccepted accepted) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (var d : accepted.decisions()) {
            if (DecisionChanges.mayChangeFunding(d)) {
                reasons.put(d.ehcpRef(), "Decision " + d.kind() + " of " + d.decisionDate() + " recorded");
            }
        }
        pending.markAll(accepted.tenant(), reasons);
    }

    /** In the approving transaction: reprice the LA's year. */
    void onBandingChanged(@Observes BandingChanged changed) {
        recompute(changed.tenant(), null, Set.of(changed.year()), ref -> changed.reason());
    }

    @Scheduled(every = "${send.topup.drain-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "1s")
    void scheduledDrain() {
        try {
            while (drain() == DRAIN_BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Top-up recomputation failed; pending EHCPs stay pending and are retried");
        }
    }

    /**
     * Recomputes one batch of pending EHCPs; returns how many it took. The claim commits on its own before the pricing
     * starts (see {@link TopUpPendingRepository}), so a decision marking one of these EHCPs meanwhile never waits for
     * the pricing; it leaves its mark for the next drain. A pricing that fails gives its claims up at once.
     */
    public int drain() {
        List<TopUpPendingRepository.Pending> batch = QuarkusTransaction.requiringNew().call(() -> pending.claim(DRAIN_BATCH));
        Map<String, List<TopUpPendingRepository.Pending>> byTenant = new LinkedHashMap<>();
        batch.forEach(p -> byTenant.computeIfAbsent(p.tenant(), k -> new ArrayList<>()).add(p));
        try {
            QuarkusTransaction.requiringNew().run(() -> byTenant.forEach((tenant, claimed) -> {
                Map<String, String> reasons = new LinkedHashMap<>();
                claimed.forEach(p -> reasons.put(p.ehcpRef(), p.reason()));
                recompute(tenant, reasons.keySet(), null, reasons::get);
                pending.finish(tenant, claimed);
            }));
        } catch (RuntimeException e) {
            try {
                QuarkusTransaction.requiringNew().run(() -> byTenant.forEach(pending::release));
            } catch (RuntimeException notReleased) {
                // the claims lapse after TopUpPendingRepository.LEASE; the pricing's failure is what to report
                e.addSuppressed(notReleased);
            }
            throw e;
        }
        return batch.size();
    }

    /** Recomputes the given EHCPs now (a band agreed, an appeal decided), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScheduleWriter.Outcome recomputeNow(String tenant, String ref, String reason) {
        return recompute(tenant, List.of(ref), null, r -> reason);
    }

    /**
     * @param refs  the EHCPs, or null for every EHCP of the LA
     * @param years the years to reprice, or null for every year with an approved scheme or with lines of these EHCPs
     */
    ScheduleWriter.Outcome recompute(String tenant, Collection<String> refs, Set<FinancialYear> years, Function<String, String> reason) {
        lines.lockTenant(tenant);
        SchemeBook book = new SchemeBook(schemes.approved(tenant));
        Map<String, FundingCategory> register = decisions.categories(tenant);
        FundingPolicy policy = policies.policy(tenant);
        Set<FinancialYear> toPrice = new TreeSet<>();
        if (years != null) {
            toPrice.addAll(years);
        } else {
            book.approved().forEach(v -> toPrice.add(v.year()));
            if (refs != null && !refs.isEmpty()) {
                toPrice.addAll(lines.yearsWithLines(tenant, refs));
            }
        }
        if (toPrice.isEmpty()) {
            return ScheduleWriter.Outcome.NONE;
        }
        ScheduleWriter.Changes changes = new ScheduleWriter.Changes();
        ScheduleWriter.Outcome outcome = ScheduleWriter.Outcome.NONE;
        List<String> all;
        // Per year, the change of each month price an uplift updated: lines of EHCPs priced one by one below may read them.
        Map<FinancialYear, Map<Long, BigDecimal>> priceDelta = new HashMap<>();
        if (refs != null) {
            all = new ArrayList<>(refs);
        } else {
            // The whole LA (an approved uplift): EHCPs placed for the whole year at one setting and band read shared month
            // prices, which the repricer brings up to date; only the others (moves, band changes, paid months to adjust) are
            // priced here, one by one.
            Set<String> oneByOne = new TreeSet<>();
            for (FinancialYear year : toPrice) {
                var done = repricer.reprice(tenant, year, book, policy, register, changes, reason.apply(null));
                outcome = outcome.plus(done.outcome());
                priceDelta.put(year, done.priceDelta());
                oneByOne.addAll(done.oneByOne());
            }
            all = new ArrayList<>(oneByOne);
        }
        Map<FinancialYear, Map<MonthPrices.Key, MonthPrices.Stored>> prices = new HashMap<>();
        Map<FinancialYear, Optional<YearMonth>> paid = new HashMap<>();
        if (!all.isEmpty()) {
            for (FinancialYear year : toPrice) {
                prices.put(year, repricer.linkable(tenant, year, book, policy));
                paid.put(year, lines.paidThrough(tenant, year));
            }
        }
        // Chunks of EHCPs keep memory bounded however large the LA: a whole year of 20,000 EHCPs is 240,000 lines.
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<String, List<PlanChange>> chunkChanges = merge(decisions.changes(tenant, chunk), bands.changes(tenant, chunk));
            for (FinancialYear year : toPrice) {
                Map<ScheduleReconciler.Cell, BigDecimal> due = new HashMap<>();
                Map<String, Segment> whole = new HashMap<>();
                chunkChanges.forEach((ref, list) -> {
                    EhcpTimeline timeline = new EhcpTimeline(list);
                    var topUp = TopUpCalculator.compute(year, timeline, book, urn -> Optional.ofNullable(register.get(urn)),
                            policy.method(), policy.calendar());
                    for (ProRata.Cell c : topUp.cells()) {
                        due.merge(new ScheduleReconciler.Cell(c.period().payee(), ref, Element.TOP_UP, c.month()), c.amount(), BigDecimal::add);
                    }
                    List<Segment> segments = timeline.segments(WholeYearPrices.window(year));
                    if (WholeYearPrices.isWholeYear(year, segments)) {
                        whole.put(ref, segments.get(0));
                    }
                });
                WholeYearLinks links = new WholeYearLinks(whole, register, prices.get(year), policy.frequency(), paid.get(year).orElse(null), due,
                        year);
                wholeYear.replace(tenant, year, chunk, links.shapes());
                PaymentLineRepository.StoredLines existing = lines.topUpLines(tenant, year, chunk);
                Map<Long, BigDecimal> delta = priceDelta.getOrDefault(year, Map.of());
                if (!delta.isEmpty()) {
                    for (PaymentLine l : existing.lines()) {
                        Long price = existing.priceIds().get(l.id());
                        if (price != null && delta.containsKey(price)) {
                            changes.addAll(year, l.settingUrn(), delta.get(price), 1, reason.apply(l.ehcpRef()));
                        }
                    }
                }
                outcome = outcome.plus(writer.write(changes, tenant, year, due, existing.lines(), ScheduleReconciler.Cell::ehcpRef, reason,
                        policy.frequency(), links.sharedPrices(existing.priceIds())));
            }
        }
        writer.publish(tenant, changes);
        return new ScheduleWriter.Outcome(outcome.linesWritten(), outcome.linesRemoved(), outcome.adjustments(), changes.settingsChanged());
    }

    /** One EHCP's top-up for a year, explained: its segments, priced cells and unpriced days. */
    @Transactional
    public TopUpCalculator.YearTopUp explain(String tenant, String ref, FinancialYear year) {
        List<String> refs = List.of(ref);
        List<PlanChange> list = merge(decisions.changes(tenant, refs), bands.changes(tenant, refs)).getOrDefault(ref, List.of());
        FundingPolicy policy = policies.policy(tenant);
        Map<String, FundingCategory> register = decisions.categories(tenant);
        return TopUpCalculator.compute(year, new EhcpTimeline(list), new SchemeBook(schemes.approved(tenant)),
                urn -> Optional.ofNullable(register.get(urn)), policy.method(), policy.calendar());
    }

    public String policyMethod(String tenant) {
        return policies.policy(tenant).method().name();
    }

    /** Whether the EHCP has any decision or band on record. */
    public boolean known(String tenant, String ref) {
        List<String> refs = List.of(ref);
        return !decisions.changes(tenant, refs).isEmpty() || !bands.changes(tenant, refs).isEmpty();
    }

    /** The EHCP's timeline (decisions and bands), for checks such as "which setting is the child in on this day". */
    public EhcpTimeline timeline(String tenant, String ref) {
        List<String> refs = List.of(ref);
        return new EhcpTimeline(merge(decisions.changes(tenant, refs), bands.changes(tenant, refs)).getOrDefault(ref, List.of()));
    }

    private static Map<String, List<PlanChange>> merge(Map<String, List<PlanChange>> a, Map<String, List<PlanChange>> b) {
        Map<String, List<PlanChange>> all = new HashMap<>(a);
        b.forEach((ref, list) -> all.merge(ref, list, (x, y) -> {
            List<PlanChange> both = new ArrayList<>(x);
            both.addAll(y);
            return both;
        }));
        return all;
    }

}
