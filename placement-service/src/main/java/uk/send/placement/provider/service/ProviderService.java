package uk.send.placement.provider.service;

import uk.send.platform.domain.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.placement.provider.entity.Provider;
import uk.send.placement.provider.repository.ProviderRepository;
import uk.send.placement.provider.domain.ProviderDetails;
import uk.send.placement.provider.domain.ProviderInfo;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ProviderEvent;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.persistence.UniqueKeys;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of providers: every change is written with its event through the outbox. */
@ApplicationScoped
public class ProviderService {

    /** The partial unique index on (tenant, urn) of V1__providers.sql. */
    static final String URN_INDEX = "provider_tenant_urn";

    private final ProviderRepository providers;
    private final Outbox outbox;
    private final Clock clock;

    public ProviderService(ProviderRepository providers, Outbox outbox, Clock clock) {
        this.providers = providers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ProviderInfo register(String tenant, ProviderDetails request) {
        requireUrnFree(tenant, request.urn(), null);
        Instant now = clock.instant();
        Provider p = new Provider();
        p.id = UUID.randomUUID();
        p.tenant = tenant;
        p.active = request.active() == null || request.active();
        apply(p, request);
        p.createdAt = now;
        p.updatedAt = now;
        providers.persist(p);
        flushUnique(p.urn);
        publish(p, EventTypes.PROVIDER_REGISTERED);
        return view(p);
    }

    public Optional<ProviderInfo> find(String tenant, UUID id) {
        return providers.findInTenant(tenant, id).map(ProviderService::view);
    }

    public Slice<ProviderInfo> list(String tenant, ProviderRepository.Filter filter, PageRequest page) {
        return Slices.of(providers.query(tenant, filter), page, ProviderService::view);
    }

    @Transactional
    public Optional<ProviderInfo> update(String tenant, UUID id, VersionCheck version, ProviderDetails request) {
        return providers.findInTenant(tenant, id).map(p -> {
            version.require(p.version);
            requireUrnFree(tenant, request.urn(), p.id);
            if (request.active() != null) {
                p.active = request.active();
            }
            apply(p, request);
            p.updatedAt = clock.instant();
            flushUnique(p.urn);
            publish(p, EventTypes.PROVIDER_UPDATED);
            return view(p);
        });
    }

    private static void apply(Provider p, ProviderDetails request) {
        p.name = request.name().trim();
        p.type = request.type();
        p.urn = request.urn();
        p.localAuthorityArea = blankToNull(request.localAuthorityArea());
        p.ukprn = request.ukprn();
        p.laCode = blankToNull(request.laCode());
        p.establishmentType = request.establishmentType();
        p.settingGroup = request.settingGroup();
        p.phase = request.phase();
        p.ageFrom = request.ageFrom();
        p.ageTo = request.ageTo();
        p.inspectionGrade = request.inspectionGrade();
        p.inspectionDate = request.inspectionDate();
        // Only what differs: an unchanged set writes no rows.
        p.needTypes.retainAll(request.needTypes());
        p.needTypes.addAll(request.needTypes());
    }

    private void requireUrnFree(String tenant, String urn, UUID self) {
        if (urn != null && providers.findByUrn(tenant, urn).filter(other -> !other.id.equals(self)).isPresent()) {
            throw urnTaken(urn);
        }
    }

    /** Writes the change now; two concurrent requests for one URN both pass the check above, and the index decides. */
    private void flushUnique(String urn) {
        UniqueKeys.flush(providers::flush, URN_INDEX, () -> urnTaken(urn));
    }

    private static Conflict urnTaken(String urn) {
        return new Conflict("A provider with URN " + urn + " is already registered in your LA");
    }

    private void publish(Provider p, String type) {
        List<String> needTypes = p.needTypes.stream().sorted().map(Enum::name).toList();
        outbox.publish(p.tenant, type, p.id.toString(), "provider/" + p.id,
                new ProviderEvent(p.id, p.name, p.type.name(), needTypes, p.urn, p.active));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The provider as the domain sees it; out of area when it sits in an LA other than the tenant. */
    public static ProviderInfo view(Provider p) {
        var needs = p.needTypes.stream().sorted().toList();
        ProviderDetails d = new ProviderDetails(p.name, p.type, java.util.Set.copyOf(needs), p.urn, p.ukprn, p.localAuthorityArea,
                p.laCode, p.establishmentType, p.phase, p.ageFrom, p.ageTo, p.inspectionGrade, p.inspectionDate, p.active);
        return new ProviderInfo(p.id, d, needs, p.settingGroup, p.active, isOutOfArea(p), p.createdAt, p.updatedAt, p.version);
    }

    public static boolean isOutOfArea(Provider p) {
        return p.laCode != null && !p.laCode.equalsIgnoreCase(p.tenant);
    }
}
