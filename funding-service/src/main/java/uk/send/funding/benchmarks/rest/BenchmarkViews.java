package uk.send.funding.benchmarks.rest;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.benchmarks.domain.Aggregate;
import uk.send.funding.benchmarks.domain.BenchmarkMeasure;
import uk.send.funding.benchmarks.domain.BenchmarkReport;
import uk.send.funding.benchmarks.domain.Figure;
import uk.send.funding.benchmarks.domain.PublishedFigure;
import uk.send.funding.benchmarks.service.BenchmarkService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the neighbour benchmark endpoints answer: aggregates only, never a child-level row. */
public final class BenchmarkViews {

    private BenchmarkViews() {
    }

    public record SharingView(String laCode, String laName, boolean optedIn, long figuresShared, String changedBy, Instant changedAt,
                              long rowVersion) {
        static SharingView of(BenchmarkService.SharingState s) {
            return new SharingView(s.sharing().laCode(), s.sharing().laName(), s.sharing().optedIn(), s.figuresShared(), s.sharing().changedBy(),
                    s.sharing().changedAt(), s.sharing().version());
        }
    }

    public record FigureView(FundingCategory category, BenchmarkMeasure measure, BigDecimal value) {
        static FigureView of(Aggregate a) {
            return new FigureView(a.category(), a.measure(), a.value());
        }
    }

    /** The LA's own figures for a year (what it shares if it opts in); suppressed figures are left out. */
    public record OwnFiguresView(String financialYear, int minEhcps, int minSettings, List<FigureView> figures) {
    }

    public record NeighbourView(String laCode, String laName, BigDecimal value, boolean shared, String source, Instant asOf) {
        static NeighbourView of(Figure f) {
            return new NeighbourView(f.laCode(), f.laName(), f.value(), f.shared(), f.source(), f.asOf());
        }
    }

    public record StandingView(String financialYear, FundingCategory category, BenchmarkMeasure measure, BigDecimal own, Integer rank,
                               Integer of, BigDecimal percentile, List<NeighbourView> neighbours) {
        static StandingView of(BenchmarkReport r) {
            return new StandingView(r.financialYear().label(), r.category(), r.measure(), r.own(), r.standing() == null ? null : r.standing().rank(),
                    r.standing() == null ? null : r.standing().of(), r.standing() == null ? null : r.standing().percentile(),
                    r.neighbours().stream().map(NeighbourView::of).toList());
        }
    }

    public record PublishedView(UUID id, String laCode, String laName, String financialYear, FundingCategory category,
                                BenchmarkMeasure measure, BigDecimal value, String source, String enteredBy, Instant enteredAt) {
        static PublishedView of(PublishedFigure f) {
            return new PublishedView(f.id(), f.laCode(), f.laName(), f.financialYear().label(), f.category(), f.measure(), f.value(), f.source(),
                    f.enteredBy(), f.enteredAt());
        }
    }

    public record PublishedPage(List<PublishedView> items, int page, int size, long totalItems, int totalPages) {
    }
}
