package uk.send.placement.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.LedgerLine;
import uk.send.placement.ledger.domain.LedgerSettings;
import uk.send.placement.ledger.domain.PlaceChangeRequest;
import uk.send.placement.ledger.domain.VacancyBand;
import uk.send.platform.events.OccupancyBandBreached;
import uk.send.platform.events.PlacesCommissioned;
import uk.send.placement.ledger.repository.LedgerRepository;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.entity.Provider;
import uk.send.placement.provider.repository.ProviderRepository;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.persistence.Generations;
import uk.send.platform.domain.StaleVersion;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The place ledger: places commissioned per provider, academic year and need type against the places
 * occupied by placements; the LA's vacancy band, checked whenever either side changes.
 */
@ApplicationScoped
public class LedgerService {

    private final LedgerRepository ledger;
    private final ProviderRepository providers;
    private final Outbox outbox;
    private final Clock clock;
    private final Generations generations;

    public LedgerService(LedgerRepository ledger, ProviderRepository providers, Outbox outbox, Clock clock, Generations generations) {
        this.generations = generations;
        this.ledger = ledger;
        this.providers = providers;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LedgerSettings settings(String tenant) {
        return ledger.settings(tenant);
    }

    /** Sets the vacancy band and the place change deadline; a stored setting needs the version it was read at. */
    @Transactional
    public LedgerSettings saveSettings(String tenant, VacancyBand band, MonthDay deadline, VersionCheck version) {
        LedgerSettings current = ledger.settings(tenant);
        Long expected = null;
        if (current.stored()) {
            version.require(current.version());
            expected = current.version();
        }
        if (!ledger.saveSettings(tenant, band, deadline, expected)) {
            throw new StaleVersion("The settings changed since you read them");
        }
        // The band shows in every ledger line, and this change publishes no event of its own.
        generations.changedInTransaction(tenant);
        return ledger.settings(tenant);
    }

    public record CommissionResult(int places, Integer requested, long version, boolean created) {
    }

    /**
     * Sets the places commissioned (and requested for next year) at a provider for a year and need type.
     * A new line needs no If-Match; changing one does.
     */
    @Transactional
    public Optional<CommissionResult> commission(String tenant, UUID providerId, AcademicYear year, NeedType need, int places,
                                                 Integer requested, VersionCheck version, String source) {
        Optional<Provider> provider = providers.findInTenant(tenant, providerId);
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        Optional<LedgerRepository.Commission> current = ledger.lockCommission(tenant, providerId, year, need);
        boolean created = current.isEmpty();
        if (created) {
            ledger.insertCommission(tenant, providerId, year, need, places, requested);
        } else {
            version.require(current.get().version());
            ledger.updateCommission(tenant, providerId, year, need, places, requested);
        }
        outbox.publish(tenant, EventTypes.PLACES_COMMISSIONED, providerId.toString(), "provider/" + providerId,
                new PlacesCommissioned(providerId, provider.get().urn, year.label(), need.name(), places, requested, source));
        checkBands(tenant, providerId);
        LedgerRepository.Commission now = ledger.lockCommission(tenant, providerId, year, need).orElseThrow();
        return Optional.of(new CommissionResult(now.places(), now.requested(), now.version(), created));
    }

    /** Adds places to a line (capital delivery), creating it if needed; no If-Match: it is the platform's own change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addPlaces(String tenant, UUID providerId, AcademicYear year, NeedType need, int added, String source) {
        Optional<LedgerRepository.Commission> current = ledger.lockCommission(tenant, providerId, year, need);
        int places = current.map(LedgerRepository.Commission::places).orElse(0) + added;
        if (current.isEmpty()) {
            ledger.insertCommission(tenant, providerId, year, need, places, null);
        } else {
            ledger.updateCommission(tenant, providerId, year, need, places, current.get().requested());
        }
        String urn = providers.findInTenant(tenant, providerId).map(p -> p.urn).orElse(null);
        outbox.publish(tenant, EventTypes.PLACES_COMMISSIONED, providerId.toString(), "provider/" + providerId,
                new PlacesCommissioned(providerId, urn, year.label(), need.name(), places, current.map(LedgerRepository.Commission::requested).orElse(null), source));
        checkBands(tenant, providerId);
    }

    /**
     * A placement running in the current academic year or later at a provider and need type with no line
     * gets one (no places), so the ledger shows it, and the band check finds it too full.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureLines(String tenant, UUID providerId, NeedType need, LocalDate start, LocalDate end) {
        LocalDate today = today();
        AcademicYear current = AcademicYear.of(today);
        if (end != null && end.isBefore(current.start())) {
            return;
        }
        AcademicYear from = AcademicYear.of(start.isAfter(today) ? start : today);
        ledger.ensureLine(tenant, providerId, from, need);
    }

    /**
     * Compares every line of the provider from the current academic year on with the LA's vacancy band and
     * announces each line that has just left it. Runs in the transaction that changed places or placements.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkBands(String tenant, UUID providerId) {
        LocalDate today = today();
        VacancyBand band = ledger.settings(tenant).band();
        String urn = null;
        for (Object[] row : ledger.commissionsFrom(tenant, providerId, AcademicYear.of(today))) {
            AcademicYear year = new AcademicYear(((Number) row[0]).intValue());
            NeedType need = NeedType.valueOf((String) row[1]);
            LedgerRepository.Commission c = ledger.lockCommission(tenant, providerId, year, need).orElseThrow();
            int occupied = ledger.occupied(tenant, providerId, need, year.countingDay(today));
            VacancyBand.State state = band.classify(c.places(), occupied);
            if (state == c.bandState()) {
                continue;
            }
            ledger.setBandState(tenant, providerId, year, need, state);
            if (state != VacancyBand.State.IN) {
                if (urn == null) {
                    urn = providers.findInTenant(tenant, providerId).map(p -> p.urn).orElse("");
                }
                outbox.publish(tenant, EventTypes.OCCUPANCY_BAND_BREACHED, providerId.toString(), "provider/" + providerId,
                        new OccupancyBandBreached(providerId, urn.isEmpty() ? null : urn, year.label(), need.name(), c.places(), occupied,
                                c.places() - occupied, VacancyBand.vacancyPct(c.places(), occupied), band.minPct(), band.maxPct(), state.name()));
            }
        }
    }

    /** The PostgreSQL NOTIFY channel the ledger's generation is announced on (migration V6). */
    static final String GENERATION_CHANNEL = "ledger_generation";

    /**
     * What a ledger page of a year shows depends on: the LA's ledger generation, moved by trigger in the same
     * transaction as any change to a provider, commission, placement or the vacancy band (migrations V5, V6), and
     * the day occupancy is counted on. The same version means the same page, so it serves as the page's ETag.
     * Known in memory between changes ({@link Generations}), so finding it costs no round trip.
     */
    public record LedgerVersion(long generation, LocalDate countingDay) {
    }

    public LedgerVersion version(String tenant, AcademicYear year) {
        LocalDate day = year.countingDay(today());
        return new LedgerVersion(generations.current(GENERATION_CHANNEL, tenant, () -> ledger.generation(tenant)), day);
    }

    /**
     * One page of the ledger for a year, computed now: occupancy is counted on the version's day. Read the
     * version first: the page is then at least as new as it, and may be kept under it.
     */
    public Slice<LedgerLine> lines(String tenant, AcademicYear year, LedgerVersion version, UUID providerId, PageRequest page) {
        VacancyBand band = ledger.settings(tenant).band();
        LedgerRepository.LinesPage computed = ledger.lines(tenant, year, version.countingDay(), band, providerId, page.offset(), page.size());
        return new Slice<>(computed.lines(), computed.total());
    }

    /** The place change request made during {@code year}: this year's places and those asked for next year, per URN. */
    public PlaceChangeRequest placeChangeRequest(String tenant, AcademicYear year) {
        List<PlaceChangeRequest.Row> rows = ledger.placeChangeRows(tenant, year).stream()
                .map(r -> new PlaceChangeRequest.Row((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue()))
                .toList();
        return new PlaceChangeRequest(year, PlaceChangeRequest.deadline(year, ledger.settings(tenant).placeChangeDeadline()), rows);
    }
}
