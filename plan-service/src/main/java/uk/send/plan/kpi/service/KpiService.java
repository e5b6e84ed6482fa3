package uk.send.plan.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.item.repository.PlanItemRepository;
import uk.send.plan.kpi.domain.Kpi;
import uk.send.plan.kpi.domain.KpiDirection;
import uk.send.plan.kpi.domain.KpiMath;
import uk.send.plan.kpi.domain.Measure;
import uk.send.plan.kpi.domain.MeasureDraft;
import uk.send.plan.kpi.domain.Measurement;
import uk.send.plan.kpi.domain.MeasurementDraft;
import uk.send.plan.kpi.entity.KpiMeasure;
import uk.send.plan.kpi.entity.KpiMeasurement;
import uk.send.plan.kpi.repository.KpiMeasureRepository;
import uk.send.plan.kpi.repository.KpiMeasurementRepository;
import uk.send.plan.programme.repository.ProgrammeRepository;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.KpiMeasured;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.StaleVersion;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;
import uk.send.platform.persistence.UniqueKeys;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Success criteria as KPIs: a criterion's measure (baseline → target) and its measurements. Each new
 * measurement is published through the outbox; the arithmetic of where a measure stands is {@link KpiMath}'s.
 */
@ApplicationScoped
public class KpiService {

    public static final String MANUAL = "manual";
    /** The unique constraint on (item, day, source): the backstop when two recordings of one value race. */
    static final String ONE_A_DAY = "kpi_measurement_once";
    /** The measure's primary key: the backstop when two first PUTs of one measure race. */
    static final String ONE_MEASURE = "kpi_measure_pkey";

    private final ProgrammeRepository programmes;
    private final PlanItemRepository items;
    private final KpiMeasureRepository measures;
    private final KpiMeasurementRepository measurements;
    private final Outbox outbox;
    private final Clock clock;

    public KpiService(ProgrammeRepository programmes, PlanItemRepository items, KpiMeasureRepository measures,
                      KpiMeasurementRepository measurements, Outbox outbox, Clock clock) {
        this.programmes = programmes;
        this.items = items;
        this.measures = measures;
        this.measurements = measurements;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The measure after a PUT, and whether the PUT created it. */
    public record Saved(Measure measure, boolean created) {
    }

    /**
     * Creates or replaces a criterion's measure; its measurements are kept. Empty if the item is not this LA's.
     * Replacing must pass {@code version}; creating must not name a version ({@code versionNamed}), there being none it could match.
     */
    @Transactional
    public Optional<Saved> put(String tenant, UUID programmeId, UUID itemId, VersionCheck version, boolean versionNamed,
                               MeasureDraft request, PageRequest page) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            if (item.kind != ItemKind.CRITERION) {
                throw new BusinessRuleBroken("not-a-criterion", "Only a success criterion carries a measure",
                        "Item " + itemId + " is a " + item.kind + "; measures belong to items of kind CRITERION");
            }
            requireConsistent(request);
            Instant now = clock.instant();
            Optional<KpiMeasure> existing = measures.findByIdOptional(itemId);
            KpiMeasure m;
            if (existing.isPresent()) {
                m = existing.get();
                version.require(m.version);
            } else {
                if (versionNamed) {
                    throw new StaleVersion("This criterion has no measure yet; create it without If-Match");
                }
                m = new KpiMeasure();
                m.item = item;
                m.itemId = item.id;
                m.tenant = tenant;
                m.createdAt = now;
            }
            m.name = request.name().trim();
            m.unit = request.unit().trim();
            m.baseline = KpiMath.value(request.baseline());
            m.baselineDate = request.baselineDate();
            m.target = KpiMath.value(request.target());
            m.targetDate = request.targetDate();
            m.direction = request.direction();
            m.source = source(request.source());
            m.updatedAt = now;
            if (existing.isEmpty()) {
                measures.persist(m);
            }
            flush(ONE_MEASURE, () -> new Conflict("A measure was set on this criterion at the same time; read it and retry with If-Match"));
            return new Saved(view(m, item, page), existing.isEmpty());
        });
    }

    /** Empty if this LA's programme has no such criterion or it has no measure. */
    public Optional<Measure> find(String tenant, UUID programmeId, UUID itemId, PageRequest page) {
        return measures.findInProgramme(tenant, programmeId, itemId).map(m -> view(m, m.item, page));
    }

    /** Every measure of a programme with where it stands; empty if the programme is not this LA's. */
    public Optional<Slice<Kpi>> list(String tenant, UUID programmeId, PageRequest page) {
        if (programmes.findInTenant(tenant, programmeId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Slices.of(measures.inProgramme(tenant, programmeId), page, this::summary));
    }

    /** Records a value; 409 if one for that day and source exists. Empty if there is no such measure in this LA. */
    @Transactional
    public Optional<Measurement> record(String tenant, UUID programmeId, UUID itemId, MeasurementDraft request) {
        // The measure's row lock orders its events as its measurements commit.
        return measures.lockInProgramme(tenant, programmeId, itemId).map(m -> {
            String source = source(request.source());
            if (measurements.exists(m.itemId, request.measuredOn(), source)) {
                throw alreadyMeasured(request.measuredOn(), source);
            }
            KpiMeasurement r = new KpiMeasurement();
            r.id = UUID.randomUUID();
            r.itemId = m.itemId;
            r.tenant = tenant;
            r.measuredOn = request.measuredOn();
            r.value = KpiMath.value(request.value());
            r.note = request.note();
            r.source = source;
            r.createdAt = clock.instant();
            measurements.persist(r);
            flush(ONE_A_DAY, () -> alreadyMeasured(r.measuredOn, source));
            outbox.publish(tenant, EventTypes.KPI_MEASURED, m.itemId.toString(), "kpi/" + m.itemId, measured(m, programmeId, r));
            return view(r);
        });
    }

    public Optional<Measurement> findMeasurement(String tenant, UUID programmeId, UUID itemId, UUID measurementId) {
        return measures.findInProgramme(tenant, programmeId, itemId).flatMap(m -> measurements.findOf(m.itemId, measurementId)).map(KpiService::view);
    }

    /** The target must lie the better way from the baseline (or equal it), and be due after the baseline. */
    private static void requireConsistent(MeasureDraft request) {
        List<DomainException.FieldIssue> errors = new ArrayList<>();
        int c = request.target().compareTo(request.baseline());
        if (request.direction() == KpiDirection.UP && c < 0) {
            errors.add(new DomainException.FieldIssue("target", "must not be below the baseline when direction is UP (higher is better)"));
        }
        if (request.direction() == KpiDirection.DOWN && c > 0) {
            errors.add(new DomainException.FieldIssue("target", "must not be above the baseline when direction is DOWN (lower is better)"));
        }
        if (!request.targetDate().isAfter(request.baselineDate())) {
            errors.add(new DomainException.FieldIssue("targetDate", "must be after baselineDate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.size() == 1 ? "1 field is not valid" : errors.size() + " fields are not valid", errors);
        }
    }

    private static String source(String requested) {
        return requested == null || requested.isBlank() ? MANUAL : requested.trim();
    }

    /** Writes the change now, so that a unique constraint broken by a concurrent request is a 409, not a failed commit. */
    private void flush(String constraint, Supplier<? extends RuntimeException> problem) {
        UniqueKeys.flush(measures::flush, constraint, problem);
    }

    private static Conflict alreadyMeasured(LocalDate day, String source) {
        return new Conflict("A measurement for " + day + " from source '" + source + "' is already recorded");
    }

    private static KpiMeasured measured(KpiMeasure m, UUID programmeId, KpiMeasurement r) {
        return new KpiMeasured(programmeId, m.itemId, m.name, m.unit, r.value, r.measuredOn, m.target,
                KpiMath.progress(m.baseline, m.target, m.direction, r.value));
    }

    /** Where a measure stands today, from its last two measurements. */
    private record Standing(Measurement latest, BigDecimal expected, BigDecimal progress, Boolean onTrack, KpiMath.Trend trend) {
    }

    private Standing standing(KpiMeasure m) {
        List<KpiMeasurement> lastTwo = measurements.lastTwo(m.itemId);
        BigDecimal latest = lastTwo.isEmpty() ? null : lastTwo.get(0).value;
        BigDecimal previous = lastTwo.size() < 2 ? null : lastTwo.get(1).value;
        LocalDate today = LocalDate.now(clock);
        return new Standing(lastTwo.isEmpty() ? null : view(lastTwo.get(0)),
                KpiMath.expected(m.baseline, m.baselineDate, m.target, m.targetDate, today),
                KpiMath.progress(m.baseline, m.target, m.direction, latest),
                KpiMath.onTrack(m.baseline, m.baselineDate, m.target, m.targetDate, m.direction, latest, today),
                KpiMath.trend(previous, latest));
    }

    private Kpi summary(KpiMeasure m) {
        Standing s = standing(m);
        return new Kpi(m.itemId, m.item.programme.id, m.item.title, m.name, m.unit, m.baseline, m.baselineDate, m.target, m.targetDate,
                m.direction, m.source, s.latest(), s.expected(), s.progress(), s.onTrack(), s.trend(), m.updatedAt, m.version);
    }

    private Measure view(KpiMeasure m, PlanItem item, PageRequest page) {
        Standing s = standing(m);
        Slice<Measurement> values = Slices.of(measurements.newestFirst(m.itemId), page, KpiService::view);
        return new Measure(item.id, item.programme.id, item.title, m.name, m.unit, m.baseline, m.baselineDate, m.target, m.targetDate,
                m.direction, m.source, s.latest(), s.expected(), s.progress(), s.onTrack(), s.trend(), values, m.updatedAt, m.version);
    }

    private static Measurement view(KpiMeasurement r) {
        return new Measurement(r.id, r.measuredOn, r.value, r.note, r.source, r.createdAt);
    }
}
