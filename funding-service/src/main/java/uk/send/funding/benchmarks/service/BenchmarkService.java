package uk.send.funding.benchmarks.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.repository.BandingSchemeRepository;
import uk.send.funding.benchmarks.domain.Aggregate;
import uk.send.funding.benchmarks.domain.Aggregates;
import uk.send.funding.benchmarks.domain.BenchmarkMeasure;
import uk.send.funding.benchmarks.domain.BenchmarkReport;
import uk.send.funding.benchmarks.domain.Figure;
import uk.send.funding.benchmarks.domain.NewPublishedFigure;
import uk.send.funding.benchmarks.domain.PublishedFigure;
import uk.send.funding.benchmarks.domain.Sharing;
import uk.send.funding.benchmarks.domain.Standing;
import uk.send.funding.benchmarks.repository.BenchmarkRepository;
import uk.send.funding.modelling.repository.PositionRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.events.BenchmarkSharingChanged;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Neighbour benchmarks: an LA's own figures (from its own data), its choice to share them with the other LAs on this
 * deployment, the neighbours' figures it entered from published tables, and where it sits among them all.
 */
@ApplicationScoped
public class BenchmarkService {

    /** What a sharing choice left: the choice and how many figures the LA now shares. */
    public record SharingState(Sharing sharing, long figuresShared) {
    }

    private final BenchmarkRepository benchmarks;
    private final PositionRepository positions;
    private final BandingSchemeRepository schemes;
    private final Outbox outbox;
    private final Clock clock;

    public BenchmarkService(BenchmarkRepository benchmarks, PositionRepository positions, BandingSchemeRepository schemes, Outbox outbox,
                            Clock clock) {
        this.benchmarks = benchmarks;
        this.positions = positions;
        this.schemes = schemes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The day whose EHCPs a year's figures count: today while the year runs, its last day once it has ended, its first
     * day before it starts.
     */
    public LocalDate dayOf(FinancialYear year) {
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(year.start()) ? year.start() : today.isAfter(year.end()) ? year.end() : today;
    }

    /** The LA's own figures for a year, suppressed where too few EHCPs or settings lie behind them. */
    @Transactional
    public List<Aggregate> own(String tenant, FinancialYear year) {
        LocalDate day = dayOf(year);
        return Aggregates.of(positions.positions(tenant, day, false), new SchemeBook(schemes.approved(tenant)), day);
    }

    @Transactional
    public SharingState sharing(String tenant) {
        return new SharingState(benchmarks.sharing(tenant, false).orElse(Sharing.never(tenant)), benchmarks.countShared(tenant));
    }

    /**
     * Opts the LA in (sharing its own figures for {@code year}, replacing what it shared for that year) or out
     * (withdrawing every figure it shared), if the caller read the current choice; the other LAs' view changes, so
     * the choice is published ({@link EventTypes#BENCHMARK_SHARING_CHANGED}) in the same transaction.
     */
    @Transactional
    public SharingState share(String tenant, String by, boolean optIn, String laName, FinancialYear year, VersionCheck check) {
        Sharing current = benchmarks.sharing(tenant, true).orElse(Sharing.never(tenant));
        check.require(current.version());
        String name = laName != null ? laName : current.laName();
        if (name == null) {
            throw new InvalidInput("laName", "name the LA as its neighbours will see it");
        }
        if (optIn && year == null) {
            throw new InvalidInput("financialYear", "say which year's figures to share");
        }
        Instant now = clock.instant();
        if (optIn) {
            benchmarks.replaceShared(tenant, year, own(tenant, year), now);
        } else {
            benchmarks.deleteShared(tenant);
        }
        Sharing next = new Sharing(tenant, name, optIn, by, now, current.version() + 1);
        benchmarks.saveSharing(next);
        long shared = benchmarks.countShared(tenant);
        outbox.publish(tenant, EventTypes.BENCHMARK_SHARING_CHANGED, tenant, "benchmark-sharing/" + tenant,
                new BenchmarkSharingChanged(tenant, name, optIn, optIn ? year.label() : null, shared, now, next.version()));
        return new SharingState(next, shared);
    }

    /** The LA's figure for one measure beside its neighbours' (opted-in LAs' shared figures and those it entered). */
    @Transactional
    public BenchmarkReport report(String tenant, FinancialYear year, FundingCategory category, BenchmarkMeasure measure) {
        BigDecimal own = own(tenant, year).stream().filter(a -> a.category() == category && a.measure() == measure)
                .map(Aggregate::value).findFirst().orElse(null);
        List<Figure> neighbours = new ArrayList<>(benchmarks.sharedByOthers(tenant, year, category, measure));
        neighbours.addAll(benchmarks.publishedFor(tenant, year, category, measure));
        neighbours.sort((a, b) -> b.value().compareTo(a.value()));
        Standing standing = own == null ? null : Standing.of(own, neighbours.stream().map(Figure::value).toList());
        return new BenchmarkReport(year, category, measure, own, standing, List.copyOf(neighbours));
    }

    @Transactional
    public PublishedFigure enter(String tenant, String by, NewPublishedFigure f) {
        if (benchmarks.publishedExists(tenant, f.laCode(), f.financialYear(), f.category(), f.measure())) {
            throw new Conflict("a figure for " + f.laCode() + " " + f.financialYear().label() + " " + f.category() + " " + f.measure()
                    + " is already entered: delete it to enter another");
        }
        PublishedFigure created = new PublishedFigure(UUID.randomUUID(), f.laCode(), f.laName(), f.financialYear(), f.category(), f.measure(),
                Money.toPenny(f.value()), f.source(), by, clock.instant());
        benchmarks.insertPublished(tenant, created);
        return created;
    }

    @Transactional
    public Slice<PublishedFigure> published(String tenant, PageRequest page) {
        return benchmarks.published(tenant, page);
    }

    @Transactional
    public void delete(String tenant, UUID id) {
        if (!benchmarks.deletePublished(tenant, id)) {
            throw new NotFound("Published figure", id);
        }
    }
}
