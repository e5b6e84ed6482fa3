package uk.send.plan.kpi.rest;

import uk.send.plan.kpi.domain.Kpi;
import uk.send.plan.kpi.domain.Measure;
import uk.send.plan.kpi.domain.MeasureDraft;
import uk.send.plan.kpi.domain.Measurement;
import uk.send.plan.kpi.domain.MeasurementDraft;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;

/** The KPI API's records to and from the domain, at the edge. */
public final class KpiApi {

    private KpiApi() {
    }

    public static MeasureDraft draft(MeasureRequest r) {
        return new MeasureDraft(r.name(), r.unit(), r.baseline(), r.baselineDate(), r.target(), r.targetDate(), r.direction(), r.source());
    }

    public static MeasurementDraft draft(MeasurementRequest r) {
        return new MeasurementDraft(r.measuredOn(), r.value(), r.note(), r.source());
    }

    public static MeasurementView view(Measurement m) {
        return m == null ? null : new MeasurementView(m.id(), m.measuredOn(), m.value(), m.note(), m.source(), m.createdAt());
    }

    public static KpiView view(Kpi k) {
        return new KpiView(k.itemId(), k.programmeId(), k.itemTitle(), k.name(), k.unit(), k.baseline(), k.baselineDate(), k.target(),
                k.targetDate(), k.direction(), k.source(), view(k.latest()), k.expected(), k.progress(), k.onTrack(), k.trend(),
                k.updatedAt(), k.version());
    }

    /** The measure with the page of its measurements that {@code measurements} asked for. */
    public static MeasureView view(Measure m, PageParams measurements) {
        return new MeasureView(m.itemId(), m.programmeId(), m.itemTitle(), m.name(), m.unit(), m.baseline(), m.baselineDate(), m.target(),
                m.targetDate(), m.direction(), m.source(), view(m.latest()), m.expected(), m.progress(), m.onTrack(), m.trend(),
                Paging.page(m.measurements(), measurements, KpiApi::view), m.updatedAt(), m.version());
    }
}
