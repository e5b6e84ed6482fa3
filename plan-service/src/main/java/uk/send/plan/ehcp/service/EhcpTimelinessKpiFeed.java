package uk.send.plan.ehcp.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.ehcp.domain.Timeliness;
import uk.send.plan.ehcp.repository.EhcpQueryRepository;
import uk.send.plan.ehcp.repository.EhcpQueryRepository.TimelinessRow;
import uk.send.plan.kpi.domain.MeasurementDraft;
import uk.send.plan.kpi.repository.KpiMeasureRepository;
import uk.send.plan.kpi.service.KpiService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Fills programme KPIs from the EHCP timeliness figure: a success criterion's measure whose {@code source} is
 * {@link #SOURCE} ("share of new plans issued within 20 weeks, including exceptions") or
 * {@link #SOURCE_EXCLUDING_EXCEPTIONS} gets a measurement each day, the per cent over the 12 months ending that
 * day (SEN2's counting), through {@link KpiService#record} (so kpi.measured follows as for a manual value).
 * A day already measured from that source is left alone; a year with no new plans records nothing.
 */
@ApplicationScoped
public class EhcpTimelinessKpiFeed {

    public static final String SOURCE = "ehcp-timeliness-within-20-weeks";
    public static final String SOURCE_EXCLUDING_EXCEPTIONS = "ehcp-timeliness-within-20-weeks-excluding-exceptions";

    private final KpiMeasureRepository measures;
    private final EhcpQueryRepository timeliness;
    private final KpiService kpis;
    private final Clock clock;

    public EhcpTimelinessKpiFeed(KpiMeasureRepository measures, EhcpQueryRepository timeliness, KpiService kpis, Clock clock) {
        this.measures = measures;
        this.timeliness = timeliness;
        this.kpis = kpis;
        this.clock = clock;
    }

    @Scheduled(cron = "{ehcp.kpi-feed.cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        feed(LocalDate.now(clock));
    }

    /** Records today's figure on every measure fed by it; returns how many were recorded. */
    @Transactional
    public int feed(LocalDate asOf) {
        int recorded = 0;
        for (KpiMeasureRepository.Fed m : measures.unmeasuredOn(asOf, SOURCE, SOURCE_EXCLUDING_EXCEPTIONS)) {
            String tenant = m.tenant();
            Timeliness year = new Timeliness("12 months to " + asOf, 0, 0, 0, 0);
            for (TimelinessRow r : timeliness.timelinessBetween(tenant, asOf.minusYears(1).plusDays(1), asOf.plusDays(1))) {
                year = year.plus(new Timeliness("", r.issued(), r.withinTwentyWeeks(), r.issuedWithoutException(), r.withinWithoutException()), year.period());
            }
            BigDecimal value = SOURCE.equals(m.source()) ? year.percentWithinTwentyWeeks() : year.percentExcludingExceptions();
            if (value != null) {
                kpis.record(tenant, m.programmeId(), m.itemId(), new MeasurementDraft(asOf, value,
                        year.withinTwentyWeeks() + " of " + year.issued() + " new EHC plans issued within 20 weeks in the 12 months to " + asOf
                                + " (" + year.withinTwentyWeeksExcludingExceptions() + " of " + year.issuedExcludingExceptions() + " without a Reg 10(4) exception)",
                        m.source()));
                recorded++;
            }
        }
        return recorded;
    }
}
