package uk.send.placement.placement.service;

import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.InvalidInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.placement.ledger.service.LedgerService;
import uk.send.placement.placement.domain.PlacementDetails;
import uk.send.placement.placement.domain.PlacementInfo;
import uk.send.placement.placement.domain.PlacementSource;
import uk.send.placement.placement.domain.PlacementSpan;
import uk.send.placement.placement.domain.PlacementTimeline;
import uk.send.placement.placement.entity.Placement;
import uk.send.platform.events.PlacementEvent;
import uk.send.placement.placement.repository.EhcpDecisionRepository;
import uk.send.placement.placement.repository.PlacementRepository;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.entity.Provider;
import uk.send.placement.provider.repository.ProviderRepository;
import uk.send.placement.provider.service.ProviderService;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Placements: derived from each EHCP's decisions (recomputed from all of them whenever one arrives), or
 * entered by an officer. Every start and end is published, and the provider's ledger lines are checked
 * against the vacancy band in the same transaction.
 */
@ApplicationScoped
public class PlacementService {

    private final PlacementRepository placements;
    private final EhcpDecisionRepository decisions;
    private final ProviderRepository providers;
    private final LedgerService ledger;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PlacementService(PlacementRepository placements, EhcpDecisionRepository decisions, ProviderRepository providers,
                            LedgerService ledger, Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.placements = placements;
        this.decisions = decisions;
        this.providers = providers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records a decision and brings the EHCP's placements in line with all its decisions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDecision(String tenant, EhcpDecisionRecorded decision, String payloadJson) {
        decisions.lock(tenant, decision.ehcpRef());
        decisions.record(tenant, decision, payloadJson);
        List<EhcpDecisionRecorded> all = decisions.payloads(tenant, decision.ehcpRef()).stream().map(this::read).toList();
        Map<String, Provider> byUrn = new HashMap<>();
        for (EhcpDecisionRecorded d : all) {
            if (d.settingUrns() != null) {
                for (String urn : d.settingUrns()) {
                    if (urn != null && !byUrn.containsKey(urn)) {
                        providers.findByUrn(tenant, urn).or(() -> providers.findByUkprn(tenant, urn))
                                .ifPresent(p -> byUrn.put(urn, p));
                    }
                }
            }
        }
        List<PlacementSpan> spans = PlacementTimeline.derive(all, byUrn::containsKey);
        reconcile(tenant, decision.ehcpRef(), spans, byUrn);
    }

    private EhcpDecisionRecorded read(String json) {
        try {
            return mapper.readValue(json, EhcpDecisionRecorded.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Placements whose (provider, start) the spans still name are kept and updated; the others go; new spans start. */
    private void reconcile(String tenant, String ehcpRef, List<PlacementSpan> spans, Map<String, Provider> byUrn) {
        Map<String, Placement> existing = new HashMap<>();
        for (Placement p : placements.fromDecisions(tenant, ehcpRef)) {
            existing.put(p.providerId + "|" + p.startDate, p);
        }
        Set<UUID> touched = new HashSet<>();
        Instant now = clock.instant();
        for (PlacementSpan span : spans) {
            Provider provider = byUrn.get(span.urn());
            NeedType need = needType(span.needType());
            Placement p = existing.remove(provider.id + "|" + span.startDate());
            if (p == null) {
                p = new Placement();
                p.id = UUID.randomUUID();
                p.tenant = tenant;
                p.ehcpRef = ehcpRef;
                p.providerId = provider.id;
                p.startDate = span.startDate();
                p.source = PlacementSource.DECISION;
                p.createdAt = now;
                p.needType = need;
                p.ncy = span.ncy();
                p.outOfArea = ProviderService.isOutOfArea(provider);
                p.endDate = span.endDate();
                p.updatedAt = now;
                placements.persist(p);
                publish(p, provider, EventTypes.PLACEMENT_STARTED);
                if (p.endDate != null) {
                    publish(p, provider, EventTypes.PLACEMENT_ENDED);
                }
                touched.add(provider.id);
                continue;
            }
            boolean ended = p.endDate == null && span.endDate() != null;
            boolean changed = !Objects.equals(p.endDate, span.endDate()) || p.needType != need || !Objects.equals(p.ncy, span.ncy());
            if (changed) {
                p.endDate = span.endDate();
                p.needType = need;
                p.ncy = span.ncy();
                p.updatedAt = now;
                touched.add(provider.id);
            }
            if (ended) {
                publish(p, provider, EventTypes.PLACEMENT_ENDED);
            }
        }
        // A placement no decision supports any more (a corrected or withdrawn plan) never happened: it goes, announced as ended.
        for (Placement gone : existing.values()) {
            Provider provider = providers.findById(gone.providerId);
            if (gone.endDate == null) {
                gone.endDate = gone.startDate;
                publish(gone, provider, EventTypes.PLACEMENT_ENDED);
            }
            placements.delete(gone);
            touched.add(gone.providerId);
        }
        placements.flush();
        for (PlacementSpan span : spans) {
            ledger.ensureLines(tenant, byUrn.get(span.urn()).id, needType(span.needType()), span.startDate(), span.endDate());
        }
        touched.forEach(providerId -> ledger.checkBands(tenant, providerId));
    }

    private static NeedType needType(String code) {
        try {
            return NeedType.valueOf(code.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NeedType.OTH;
        }
    }

    private void publish(Placement p, Provider provider, String type) {
        String key = p.ehcpRef != null ? p.ehcpRef : p.id.toString();
        outbox.publish(p.tenant, type, key, "placement/" + p.id,
                new PlacementEvent(p.id, p.ehcpRef, p.providerId, provider.urn, provider.settingGroup.name(), p.needType.name(), p.ncy,
                        p.startDate, p.endDate, p.outOfArea, p.source.name()));
    }

    /** Records a placement an officer knows of (e.g. one made before the platform, or an independent placement's cost). */
    @Transactional
    public PlacementInfo create(String tenant, PlacementDetails details) {
        Provider provider = providers.findInTenant(tenant, details.providerId())
                .orElseThrow(() -> new InvalidInput("providerId", "is not a provider of your LA"));
        Instant now = clock.instant();
        Placement p = new Placement();
        p.id = UUID.randomUUID();
        p.tenant = tenant;
        p.source = PlacementSource.OFFICER;
        p.createdAt = now;
        p.providerId = provider.id;
        apply(p, details, provider, now);
        placements.persist(p);
        publish(p, provider, EventTypes.PLACEMENT_STARTED);
        if (p.endDate != null) {
            publish(p, provider, EventTypes.PLACEMENT_ENDED);
        }
        placements.flush();
        ledger.ensureLines(tenant, provider.id, p.needType, p.startDate, p.endDate);
        ledger.checkBands(tenant, provider.id);
        return info(p, provider);
    }

    /** Changes an officer's placement or records an end or a cost on any placement, under If-Match. */
    @Transactional
    public Optional<PlacementInfo> update(String tenant, UUID id, VersionCheck version, PlacementDetails details) {
        return placements.findInTenant(tenant, id).map(p -> {
            version.require(p.version);
            Provider provider = providers.findInTenant(tenant, details.providerId())
                    .orElseThrow(() -> new InvalidInput("providerId", "is not a provider of your LA"));
            if (p.source == PlacementSource.DECISION && (!p.providerId.equals(provider.id) || !p.startDate.equals(details.startDate()))) {
                throw new BusinessRuleBroken("decision-placement", "Placement follows the EHCP's decisions",
                        "The provider and start of a placement made from EHCP decisions change only through a new decision");
            }
            boolean ended = p.endDate == null && details.endDate() != null;
            UUID before = p.providerId;
            p.providerId = provider.id;
            apply(p, details, provider, clock.instant());
            if (ended) {
                publish(p, provider, EventTypes.PLACEMENT_ENDED);
            }
            placements.flush();
            ledger.ensureLines(tenant, provider.id, p.needType, p.startDate, p.endDate);
            ledger.checkBands(tenant, provider.id);
            if (!before.equals(provider.id)) {
                ledger.checkBands(tenant, before);
            }
            return info(p, provider);
        });
    }

    private static void apply(Placement p, PlacementDetails d, Provider provider, Instant now) {
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new InvalidInput("endDate", "must not be before startDate");
        }
        p.ehcpRef = d.ehcpRef() == null || d.ehcpRef().isBlank() ? p.ehcpRef : d.ehcpRef().trim();
        p.needType = d.needType();
        p.ncy = d.ncy();
        p.startDate = d.startDate();
        p.endDate = d.endDate();
        p.annualCost = d.annualCost() == null ? null : uk.send.placement.shared.Money.toPenny(d.annualCost());
        p.outOfArea = ProviderService.isOutOfArea(provider);
        p.updatedAt = now;
    }

    public Optional<PlacementInfo> find(String tenant, UUID id, String schoolUrn) {
        return placements.findInTenant(tenant, id).flatMap(p -> {
            Provider provider = providers.findById(p.providerId);
            return schoolUrn != null && !schoolUrn.equals(provider.urn) ? Optional.empty() : Optional.of(info(p, provider));
        });
    }

    public Slice<PlacementInfo> list(String tenant, PlacementRepository.Filter filter, String schoolUrn, PageRequest page) {
        PlacementRepository.Filter f = filter;
        if (schoolUrn != null) {
            List<UUID> own = providers.findByUrn(tenant, schoolUrn).map(p -> List.of(p.id)).orElse(List.of());
            f = new PlacementRepository.Filter(filter.providerId(), own, filter.ehcpRef(), filter.activeOn());
        }
        List<Placement> rows = placements.query(tenant, f).page(page.page(), page.size()).list();
        long total = placements.query(tenant, f).count();
        Map<UUID, Provider> cache = new HashMap<>();
        List<PlacementInfo> items = new ArrayList<>(rows.size());
        for (Placement p : rows) {
            items.add(info(p, cache.computeIfAbsent(p.providerId, providers::findById)));
        }
        return new Slice<>(items, total);
    }

    static PlacementInfo info(Placement p, Provider provider) {
        return new PlacementInfo(p.id, p.ehcpRef, p.providerId, provider.name, provider.urn, provider.settingGroup, p.needType, p.ncy,
                p.startDate, p.endDate, p.annualCost, p.outOfArea, p.source, p.version);
    }
}
