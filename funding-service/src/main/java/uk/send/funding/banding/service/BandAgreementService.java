package uk.send.funding.banding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.BandAgreement;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.banding.repository.BandAgreementRepository;
import uk.send.funding.banding.repository.BandingSchemeRepository;
import uk.send.funding.payments.service.ScheduleWriter;
import uk.send.funding.register.repository.SettingRepository;
import uk.send.funding.topup.domain.EhcpTimeline;
import uk.send.funding.topup.service.TopUpService;
import uk.send.platform.events.BandAgreed;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.InvalidInput;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SEN panel agrees a band for an EHCP (every new plan, every annual review), checked against the scheme in
 * force for the child's setting on the day it applies; where the scheme has a needs matrix and levels are
 * given, the suggested band is stored and a different agreed band needs a reason. The EHCP's top-up is
 * recomputed at once, adjusting months already paid.
 */
@ApplicationScoped
public class BandAgreementService {

    /** What the panel (or an upheld appeal) agreed. */
    public record Agree(String ehcpRef, String bandCode, LocalDate effectiveFrom, LocalDate panelDate,
                        Map<String, Integer> needsLevels, String reason) {
    }

    /** The stored agreement and what it changed in the schedule. */
    public record Agreed(BandAgreement agreement, String previousBand, ScheduleWriter.Outcome schedule) {
    }

    private final BandAgreementRepository agreements;
    private final BandingSchemeRepository schemes;
    private final SettingRepository settings;
    private final TopUpService topUp;
    private final Outbox outbox;
    private final Clock clock;

    public BandAgreementService(BandAgreementRepository agreements, BandingSchemeRepository schemes, SettingRepository settings,
                                TopUpService topUp, Outbox outbox, Clock clock) {
        this.agreements = agreements;
        this.schemes = schemes;
        this.settings = settings;
        this.topUp = topUp;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Agreed agree(String tenant, String userId, Agree request, BandAgreement.Source source) {
        EhcpTimeline timeline = topUp.timeline(tenant, request.ehcpRef());
        String urn = timeline.settingOn(request.effectiveFrom());
        if (urn == null) {
            throw new BusinessRuleBroken("no-setting", "The EHCP names no setting on that day",
                    "EHCP " + request.ehcpRef() + " has no named setting on " + request.effectiveFrom()
                            + " in the decision log; a band is agreed for a placed child");
        }
        FundingCategory category = settings.findByUrn(tenant, urn).map(s -> FundingCategory.ofSettingType(s.type.name()))
                .orElseThrow(() -> new BusinessRuleBroken("setting-not-registered", "Setting not in the register",
                        "Setting " + urn + " is not in the LA's register of settings"));
        SchemeVersion scheme = new SchemeBook(schemes.approved(tenant)).inForce(category, request.effectiveFrom())
                .orElseThrow(() -> new BusinessRuleBroken("no-approved-scheme", "No approved banding scheme",
                        "No approved " + category + " banding scheme is in force on " + request.effectiveFrom()));
        if (scheme.band(request.bandCode()).isEmpty()) {
            throw new InvalidInput("bandCode", "is not a band of the " + category + " scheme v" + scheme.version() + " in force ("
                    + String.join(", ", scheme.bands().stream().map(b -> b.code()).toList()) + ")");
        }
        String suggested = null;
        Integer matrixVersion = null;
        if (request.needsLevels() != null && !request.needsLevels().isEmpty()) {
            if (scheme.matrix() == null) {
                throw new InvalidInput("needsLevels", "the scheme in force has no needs matrix");
            }
            try {
                suggested = scheme.matrix().suggest(request.needsLevels()).orElse(null);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("needsLevels", e.getMessage());
            }
            matrixVersion = scheme.matrix().version();
        }
        boolean hasReason = request.reason() != null && !request.reason().isBlank();
        if (suggested != null && !suggested.equals(request.bandCode()) && !hasReason) {
            throw new InvalidInput("reason", "the needs matrix suggests band " + suggested + "; agreeing " + request.bandCode()
                    + " needs a recorded reason");
        }
        String previous = timeline.bandOn(request.effectiveFrom());
        boolean first = timeline.changes().stream().noneMatch(c -> c.bandCode() != null);
        BandAgreement agreement = new BandAgreement(UUID.randomUUID(), request.ehcpRef(), request.bandCode(), request.effectiveFrom(),
                request.panelDate(), suggested, matrixVersion, request.needsLevels(), hasReason ? request.reason().trim() : null,
                source, scheme.id(), userId, clock.instant());
        agreements.insert(tenant, agreement);
        boolean changed = !first && previous != null && !previous.equals(request.bandCode());
        outbox.publish(tenant, changed ? EventTypes.BAND_CHANGED : EventTypes.BAND_AGREED, request.ehcpRef(), "ehcp/" + request.ehcpRef() + "/band",
                new BandAgreed(request.ehcpRef(), request.bandCode(), previous, suggested, matrixVersion, request.effectiveFrom(),
                        request.panelDate(), hasReason, source.name()));
        String why = (source == BandAgreement.Source.APPEAL ? "Band appeal upheld: band " : "SEN panel of " + request.panelDate() + " agreed band ")
                + (previous != null && !previous.equals(request.bandCode()) ? previous + " → " : "") + request.bandCode()
                + " from " + request.effectiveFrom();
        ScheduleWriter.Outcome outcome = topUp.recomputeNow(tenant, request.ehcpRef(), why);
        return new Agreed(agreement, previous, outcome);
    }

    public List<BandAgreement> history(String tenant, String ref) {
        return agreements.history(tenant, ref);
    }
}
