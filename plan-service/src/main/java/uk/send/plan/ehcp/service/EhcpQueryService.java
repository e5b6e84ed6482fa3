package uk.send.plan.ehcp.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.ehcp.domain.Timeliness;
import uk.send.plan.ehcp.repository.EhcpQueryRepository;
import uk.send.plan.ehcp.domain.Caseload;
import uk.send.plan.ehcp.domain.EhcpClock;
import uk.send.plan.ehcp.domain.EhcpSummary;
import uk.send.plan.ehcp.repository.EhcpQueryRepository.TimelinessRow;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Reads of EHCP timelines for one LA, as of today (London). "At risk" is the deadline scan's longest lead time. */
@ApplicationScoped
public class EhcpQueryService {

    static final int EXPORT_CHUNK = 1000;

    /** An EHCP's whole timeline: its summary, every clock and every decision received. */
    public record TimelineRead(EhcpSummary ehcp, List<EhcpClock> clocks, List<EhcpDecisionRecorded> decisions) {
    }

    /** Timeliness by calendar year and by month. */
    public record TimelinessRead(List<Timeliness> years, List<Timeliness> months) {
    }

    private final EhcpQueryRepository repository;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final int atRiskDays;

    public EhcpQueryService(EhcpQueryRepository repository, ObjectMapper mapper, Clock clock, PlanConfig config) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
        this.atRiskDays = config.deadlineScan().leadTimes().stream().mapToInt(Integer::intValue).max().orElse(14);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Slice<EhcpSummary> ehcps(String tenant, String officer, PageRequest page) {
        return new Slice<>(repository.ehcps(tenant, officer, page.offset(), page.size()), repository.countEhcps(tenant, officer));
    }

    public Optional<TimelineRead> timeline(String tenant, String ehcpRef) {
        return repository.ehcp(tenant, ehcpRef).map(e -> new TimelineRead(e, repository.clocksOf(tenant, ehcpRef, today()),
                repository.decisionPayloads(tenant, ehcpRef).stream().map(this::read).toList()));
    }

    public Slice<EhcpClock> clocks(String tenant, String state, LocalDate dueBefore, String officer, String rule, PageRequest page) {
        LocalDate today = today();
        return new Slice<>(repository.clocks(tenant, today, state, dueBefore, officer, rule, page.offset(), page.size()),
                repository.countClocks(tenant, today, state, dueBefore, officer, rule));
    }

    /**
     * Every clock of the list's filters, in its order, handed to {@code sink} {@value #EXPORT_CHUNK} at a time as they are
     * read, so an export of an LA's hundreds of thousands of clocks holds one chunk. States are as of {@code today},
     * fixed for the whole export.
     */
    public void eachClock(String tenant, LocalDate today, String state, LocalDate dueBefore, String officer, String rule, Consumer<EhcpClock> sink) {
        EhcpClock after = null;
        while (true) {
            List<EhcpClock> chunk = repository.clocksAfter(tenant, today, state, dueBefore, officer, rule, after, EXPORT_CHUNK);
            chunk.forEach(sink);
            if (chunk.size() < EXPORT_CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1);
        }
    }

    public Slice<Caseload> caseloads(String tenant, String officer, PageRequest page) {
        return new Slice<>(repository.caseloads(tenant, today(), atRiskDays, officer, page.offset(), page.size()),
                repository.countCaseloads(tenant, officer));
    }

    /** Every officer's caseload as of {@code today}, in the list's order, a page of {@value #EXPORT_CHUNK} officers at a time. */
    public void eachCaseload(String tenant, LocalDate today, String officer, Consumer<Caseload> sink) {
        for (int offset = 0; ; offset += EXPORT_CHUNK) {
            List<Caseload> chunk = repository.caseloads(tenant, today, atRiskDays, officer, offset, EXPORT_CHUNK);
            chunk.forEach(sink);
            if (chunk.size() < EXPORT_CHUNK) {
                return;
            }
        }
    }

    public int atRiskDays() {
        return atRiskDays;
    }

    /** Final plans issued from 1 January of {@code fromYear} to 31 December of {@code toYear}. */
    public TimelinessRead timeliness(String tenant, int fromYear, int toYear) {
        List<Timeliness> months = new ArrayList<>();
        TreeMap<Integer, Timeliness> years = new TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.put(y, new Timeliness(Integer.toString(y), 0, 0, 0, 0));
        }
        for (TimelinessRow r : repository.timeliness(tenant, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear + 1, 1, 1))) {
            Timeliness month = new Timeliness(r.month().toString().substring(0, 7), r.issued(), r.withinTwentyWeeks(),
                    r.issuedWithoutException(), r.withinWithoutException());
            months.add(month);
            years.merge(r.month().getYear(), month, (a, b) -> a.plus(b, a.period()));
        }
        return new TimelinessRead(List.copyOf(years.values()), months);
    }

    private EhcpDecisionRecorded read(String json) {
        try {
            return mapper.readValue(json, EhcpDecisionRecorded.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored EHCP decision no longer reads as EhcpDecisionRecorded", e);
        }
    }
}
