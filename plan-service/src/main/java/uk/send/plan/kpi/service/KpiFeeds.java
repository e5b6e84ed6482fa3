package uk.send.plan.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.kpi.domain.FedFigures;
import uk.send.plan.kpi.domain.MeasurementDraft;
import uk.send.plan.kpi.repository.KpiMeasureRepository;

import java.util.List;

/**
 * Records figures published by other services (see {@link FedFigures}) on every measure of the LA fed by them,
 * through {@link KpiService#record} (so {@code kpi.measured} follows as for a value typed in). A measure that already
 * has a value of that day from that source is left alone, so a figure heard twice is recorded once.
 */
@ApplicationScoped
public class KpiFeeds {

    private final KpiMeasureRepository measures;
    private final KpiService kpis;

    public KpiFeeds(KpiMeasureRepository measures, KpiService kpis) {
        this.measures = measures;
        this.kpis = kpis;
    }

    /** Returns how many measurements were recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(String tenant, List<FedFigures.Figure> figures) {
        int recorded = 0;
        for (FedFigures.Figure f : figures) {
            if (f.value() == null) {
                continue;
            }
            for (KpiMeasureRepository.Fed m : measures.unmeasuredIn(tenant, f.source(), f.day())) {
                kpis.record(tenant, m.programmeId(), m.itemId(), new MeasurementDraft(f.day(), f.value(), f.note(), f.source()));
                recorded++;
            }
        }
        return recorded;
    }
}
