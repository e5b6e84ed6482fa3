package uk.send.funding.modelling.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.repository.BandingSchemeRepository;
import uk.send.funding.modelling.domain.MonthlySplit;
import uk.send.funding.modelling.domain.Protection;
import uk.send.funding.modelling.domain.Scenario;
import uk.send.funding.modelling.domain.ScenarioStatus;
import uk.send.funding.modelling.domain.SettingImpact;
import uk.send.funding.modelling.repository.PositionRepository;
import uk.send.funding.modelling.repository.ScenarioRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.PaymentFrequency;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.repository.FundingPolicyRepository;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.NotFound;
import uk.send.platform.events.BandingScenarioEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.PaymentScheduleChanged;
import uk.send.platform.events.ProtectionGranted;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Grants a scenario, once: its protection becomes monthly PROTECTION lines on each protected setting's payment
 * schedule for the two years (the protection payment, and a gains-cap deduction as negative lines), paid by the
 * LA's frequency (a month already paid goes, as an adjustment, into the next open pay month); every adversely
 * affected setting and every protection is published, with the schedule change, in the same transaction.
 */
@ApplicationScoped
public class ProtectionGrantService {

    /** What granting did. */
    public record Granted(Scenario scenario, ModellingService.Modelled modelled, int linesWritten, int adverselyAffected) {
    }

    private final ScenarioRepository scenarios;
    private final PositionRepository positions;
    private final BandingSchemeRepository schemes;
    private final PaymentLineRepository lines;
    private final FundingPolicyRepository policies;
    private final Outbox outbox;
    private final Clock clock;

    public ProtectionGrantService(ScenarioRepository scenarios, PositionRepository positions, BandingSchemeRepository schemes,
                                  PaymentLineRepository lines, FundingPolicyRepository policies, Outbox outbox, Clock clock) {
        this.scenarios = scenarios;
        this.positions = positions;
        this.schemes = schemes;
        this.lines = lines;
        this.policies = policies;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Granted grant(String tenant, UUID id, long expectedVersion, String by) {
        Scenario s = scenarios.find(tenant, id, true).orElseThrow(() -> new NotFound("Scenario", id));
        if (s.status() == ScenarioStatus.GRANTED) {
            throw new Conflict("scenario " + id + " was granted on " + s.grantedAt() + " by " + s.grantedBy());
        }
        if (s.version() != expectedVersion) {
            throw new Conflict("scenario " + id + " changed since you read it (version " + s.version() + ")");
        }
        lines.lockTenant(tenant);
        ModellingService.Modelled m = ModellingService.model(s, positions.positions(tenant, s.asAt(), s.proposal().rebandsByMatrix()), new SchemeBook(schemes.approved(tenant)));
        List<PendingEvent> events = new ArrayList<>();
        int adverse = 0;
        for (SettingImpact x : m.impact().settings()) {
            if (x.adverselyAffected()) {
                adverse++;
                events.add(new PendingEvent(tenant, EventTypes.SETTING_ADVERSELY_AFFECTED, x.settingUrn(), "banding-scenario/" + id,
                        new BandingScenarioEvent(id, x.settingUrn(), s.financialYear().label(), x.ehcps(), x.incomeNow(), x.incomeProposed(),
                                x.change(), x.changePercent())));
            }
        }
        int written = m.protection() == null ? 0 : writeProtection(tenant, s, m.protection(), events);
        scenarios.markGranted(tenant, id, expectedVersion, by, clock.instant());
        outbox.publishAll(events);
        Scenario granted = scenarios.find(tenant, id, false).orElseThrow();
        return new Granted(granted, m, written, adverse);
    }

    private int writeProtection(String tenant, Scenario s, Protection p, List<PendingEvent> events) {
        PaymentFrequency frequency = policies.policy(tenant).frequency();
        FinancialYear y1 = s.financialYear();
        FinancialYear y2 = y1.next();
        List<PaymentLine> year1 = new ArrayList<>();
        List<PaymentLine> year2 = new ArrayList<>();
        Optional<YearMonth> paid1 = lines.paidThrough(tenant, y1);
        Optional<YearMonth> paid2 = lines.paidThrough(tenant, y2);
        String why = "protection under banding scenario '" + s.name() + "'";
        for (Protection.SettingProtection x : p.settings()) {
            int before1 = year1.size();
            int before2 = year2.size();
            add(year1, x.settingUrn(), y1, x.year1Protection(), why + ", year 1", frequency, paid1);
            add(year1, x.settingUrn(), y1, x.year1CapDeduction().negate(), "gains cap under banding scenario '" + s.name() + "', year 1", frequency, paid1);
            add(year2, x.settingUrn(), y2, x.year2Protection(), why + ", year 2", frequency, paid2);
            add(year2, x.settingUrn(), y2, x.year2CapDeduction().negate(), "gains cap under banding scenario '" + s.name() + "', year 2", frequency, paid2);
            events.add(new PendingEvent(tenant, EventTypes.PROTECTION_GRANTED, x.settingUrn(), "banding-scenario/" + s.id(),
                    new ProtectionGranted(s.id(), x.settingUrn(), y1.label(), x.year1Protection(), x.year1CapDeduction(), y2.label(),
                            x.year2Protection(), x.year2CapDeduction())));
            scheduleChanged(events, tenant, x.settingUrn(), y1, year1.subList(before1, year1.size()), why);
            scheduleChanged(events, tenant, x.settingUrn(), y2, year2.subList(before2, year2.size()), why);
        }
        lines.apply(tenant, y1, new PaymentLineRepository.Write(List.of(), List.of(), List.of(), year1));
        lines.apply(tenant, y2, new PaymentLineRepository.Write(List.of(), List.of(), List.of(), year2));
        return year1.size() + year2.size();
    }

    private static void add(List<PaymentLine> out, String urn, FinancialYear year, BigDecimal annual, String reason,
                            PaymentFrequency frequency, Optional<YearMonth> paidThrough) {
        if (annual.signum() == 0) {
            return;
        }
        for (Map.Entry<YearMonth, BigDecimal> e : MonthlySplit.of(year, annual).entrySet()) {
            YearMonth pay = frequency.payMonth(e.getKey());
            boolean late = paidThrough.isPresent() && !pay.isAfter(paidThrough.get());
            out.add(new PaymentLine(null, urn, null, Element.PROTECTION, e.getKey(), late ? frequency.nextPayMonth(paidThrough.get()) : pay,
                    late, e.getValue(), reason));
        }
    }

    private static void scheduleChanged(List<PendingEvent> events, String tenant, String urn, FinancialYear year, List<PaymentLine> written,
                                        String why) {
        if (written.isEmpty()) {
            return;
        }
        BigDecimal change = written.stream().map(PaymentLine::amount).reduce(Money.ZERO, BigDecimal::add);
        int adjustments = (int) written.stream().filter(PaymentLine::adjustment).count();
        events.add(new PendingEvent(tenant, EventTypes.PAYMENT_SCHEDULE_CHANGED, urn, "payment-schedule/" + urn + "/" + year.label(),
                new PaymentScheduleChanged(urn, year.label(), change, written.size(), adjustments, why)));
    }
}
