package uk.send.funding.register.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.register.entity.Setting;
import uk.send.funding.register.repository.SettingRepository;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.funding.register.domain.SettingDetails;
import uk.send.funding.register.domain.SettingDraft;
import uk.send.platform.persistence.Slices;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.SettingEvent;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.persistence.UniqueKeys;
import uk.send.platform.domain.Conflict;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The register of settings: every change is written with its event through the outbox. */
@ApplicationScoped
public class SettingService {

    /** The unique constraint on (tenant, urn): the backstop when two registrations of one URN race. */
    static final String UNIQUE_URN = "setting_tenant_urn";

    private final SettingRepository settings;
    private final Outbox outbox;
    private final Clock clock;

    public SettingService(SettingRepository settings, Outbox outbox, Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SettingDetails register(String tenant, SettingDraft request) {
        requireUrnFree(tenant, request.urn(), null);
        Instant now = clock.instant();
        Setting s = new Setting();
        s.id = UUID.randomUUID();
        s.tenant = tenant;
        apply(s, request);
        s.createdAt = now;
        s.updatedAt = now;
        settings.persist(s);
        flush(request.urn());
        outbox.publish(tenant, EventTypes.SETTING_REGISTERED, s.id.toString(), "setting/" + s.id, event(s));
        return view(s);
    }

    public Optional<SettingDetails> find(String tenant, UUID id) {
        return settings.findInTenant(tenant, id).map(SettingService::view);
    }

    public Optional<SettingDetails> findByUrn(String tenant, String urn) {
        return settings.findByUrn(tenant, urn).map(SettingService::view);
    }

    public Slice<SettingDetails> list(String tenant, SettingRepository.Filter filter, PageRequest page) {
        return Slices.of(settings.query(tenant, filter), page, SettingService::view);
    }

    @Transactional
    public Optional<SettingDetails> update(String tenant, UUID id, VersionCheck version, SettingDraft request) {
        return settings.findInTenant(tenant, id).map(s -> {
            version.require(s.version);
            if (!s.urn.equals(request.urn())) {
                requireUrnFree(tenant, request.urn(), s.id);
            }
            apply(s, request);
            s.updatedAt = clock.instant();
            flush(request.urn());
            outbox.publish(tenant, EventTypes.SETTING_UPDATED, s.id.toString(), "setting/" + s.id, event(s));
            return view(s);
        });
    }

    private void requireUrnFree(String tenant, String urn, UUID except) {
        settings.findByUrn(tenant, urn).filter(other -> !other.id.equals(except)).ifPresent(other -> {
            throw urnTaken(urn);
        });
    }

    /** Writes the change now, so that a URN taken by a concurrent registration is a 409, not a failed commit. */
    private void flush(String urn) {
        UniqueKeys.flush(settings::flush, UNIQUE_URN, () -> urnTaken(urn));
    }

    private static Conflict urnTaken(String urn) {
        return new Conflict("A setting with URN " + urn + " is already registered in this LA");
    }

    private static void apply(Setting s, SettingDraft request) {
        s.urn = request.urn();
        s.name = request.name().trim();
        s.type = request.type();
        s.cluster = request.cluster() == null || request.cluster().isBlank() ? null : request.cluster().trim();
        s.active = request.active() == null || request.active();
    }

    private static SettingEvent event(Setting s) {
        return new SettingEvent(s.id, s.urn, s.name, s.type.name(), s.cluster, s.active);
    }

    private static SettingDetails view(Setting s) {
        return new SettingDetails(s.id, s.urn, s.name, s.type, s.cluster, s.active, s.createdAt, s.updatedAt, s.version);
    }
}
