package uk.send.plan.duty.service;

import uk.send.plan.duty.domain.DutyFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.duty.domain.CatalogueLoaded;
import uk.send.plan.duty.domain.Duty;
import uk.send.plan.duty.domain.DutyLevel;
import uk.send.plan.duty.domain.DutyOverview;
import uk.send.plan.duty.domain.DutyStatus;
import uk.send.plan.duty.domain.DutyUpdate;
import uk.send.plan.duty.entity.StatutoryDuty;
import uk.send.plan.duty.repository.StatutoryDutyRepository;
import uk.send.platform.events.DutyStatusChanged;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An LA's statutory duties: loaded from the catalogue, then kept up to date with status and evidence. */
@ApplicationScoped
public class DutyService {

    private final StatutoryDutyRepository duties;
    private final DutyCatalogue catalogue;
    private final Outbox outbox;
    private final Clock clock;

    public DutyService(StatutoryDutyRepository duties, DutyCatalogue catalogue, Outbox outbox, Clock clock) {
        this.duties = duties;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Adds the catalogue's duties the LA does not have yet (by area and level), all NOT_MET. Loading again, even
     * concurrently, adds nothing: the unique (tenant, area, level) decides, and existing duties keep their status.
     */
    @Transactional
    public CatalogueLoaded loadCatalogue(String tenant, String userId) {
        Instant now = clock.instant();
        int added = 0;
        for (DutyCatalogue.Entry e : catalogue.entries()) {
            added += duties.addIfAbsent(tenant, e.area(), e.level(), e.dueBy(), e.byRequirement(), e.afterRequirement(), userId, now);
        }
        return new CatalogueLoaded(DutyCatalogue.NAME, added, duties.countInTenant(tenant));
    }

    public Slice<Duty> list(String tenant, DutyFilter filter, PageRequest page) {
        return Slices.of(duties.query(tenant, filter), page, DutyService::view);
    }

    public DutyOverview summary(String tenant) {
        Map<DutyLevel, Map<DutyStatus, Long>> counts = new EnumMap<>(DutyLevel.class);
        for (DutyLevel level : DutyLevel.values()) {
            Map<DutyStatus, Long> byStatus = new EnumMap<>(DutyStatus.class);
            for (DutyStatus status : DutyStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(level, byStatus);
        }
        long total = 0;
        for (StatutoryDutyRepository.Count c : duties.countByLevelAndStatus(tenant)) {
            counts.get(c.level()).put(c.status(), c.count());
            total += c.count();
        }
        return new DutyOverview(total, counts, duties.mustNotMet(tenant).stream().map(DutyService::view).toList());
    }

    public Optional<Duty> find(String tenant, UUID id) {
        return duties.findInTenant(tenant, id).map(DutyService::view);
    }

    /** Sets status and evidence; a change of status is published. Empty if the duty is not this LA's. */
    @Transactional
    public Optional<Duty> update(String tenant, UUID id, VersionCheck version, DutyUpdate request, String userId) {
        return duties.findInTenant(tenant, id).map(d -> {
            version.require(d.version);
            DutyStatus before = d.status;
            Instant now = clock.instant();
            d.status = request.status();
            d.evidence = request.evidence() == null || request.evidence().isBlank() ? null : request.evidence();
            d.evidenceUrl = request.evidenceUrl() == null || request.evidenceUrl().isBlank() ? null : request.evidenceUrl().trim();
            d.updatedBy = userId;
            d.updatedAt = now;
            if (d.status != before) {
                DutyStatusChanged data = new DutyStatusChanged(d.id, d.area, d.level.name(), before.name(), d.status.name());
                outbox.publish(tenant, EventTypes.DUTY_STATUS_CHANGED, d.id.toString(), "duty/" + d.id, data);
            }
            duties.flush();
            return view(d);
        });
    }

    private static Duty view(StatutoryDuty d) {
        return new Duty(d.id, d.area, d.level, d.dueBy, d.byRequirement, d.afterRequirement, d.status, d.evidence, d.evidenceUrl,
                d.updatedBy, d.updatedAt, d.version);
    }
}
