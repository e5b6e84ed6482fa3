package uk.send.plan.duty.rest;

import uk.send.plan.duty.domain.CatalogueLoaded;
import uk.send.plan.duty.domain.Duty;
import uk.send.plan.duty.domain.DutyOverview;
import uk.send.plan.duty.domain.DutyUpdate;

/** The duty API's records to and from the domain, at the edge. */
public final class DutyApi {

    private DutyApi() {
    }

    public static DutyUpdate update(DutyRequest r) {
        return new DutyUpdate(r.status(), r.evidence(), r.evidenceUrl());
    }

    public static DutyView view(Duty d) {
        return new DutyView(d.id(), d.area(), d.level(), d.dueBy(), d.byRequirement(), d.afterRequirement(), d.status(), d.evidence(),
                d.evidenceUrl(), d.updatedBy(), d.updatedAt(), d.version());
    }

    public static DutySummary summary(DutyOverview o) {
        return new DutySummary(o.total(), o.counts(), o.mustNotMet().stream().map(DutyApi::view).toList());
    }

    public static CatalogueLoad load(CatalogueLoaded l) {
        return new CatalogueLoad(l.catalogue(), l.added(), l.total());
    }
}
