package uk.send.funding.appeals.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.appeals.domain.AppealStatus;
import uk.send.funding.appeals.domain.BandAppeal;
import uk.send.funding.appeals.entity.BandAppealEntity;
import uk.send.funding.appeals.repository.BandAppealRepository;
import uk.send.funding.banding.domain.BandAgreement;
import uk.send.funding.banding.service.BandAgreementService;
import uk.send.funding.topup.domain.EhcpTimeline;
import uk.send.funding.topup.service.TopUpService;
import uk.send.platform.events.BandAppealEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Band appeals heard by the SEN panel. Lodging records the child's current setting and band; an upheld appeal
 * agrees the new band from the backdate (so months already paid get adjustment lines saying why); a
 * dismissed one records the reason. Appeals near or past their hear-by date raise a due event once.
 */
@ApplicationScoped
public class BandAppealService {

    /** Default days from lodging to the hear-by date when the LA sets none on the appeal. */
    public static final int DEFAULT_HEAR_WITHIN_DAYS = 28;

    public record Lodge(String ehcpRef, String requestedBand, String reasons, LocalDate hearBy) {
    }

    public record Decide(AppealStatus outcome, LocalDate hearingDate, String bandCode, LocalDate backdateFrom, String reason) {
    }

    private final BandAppealRepository appeals;
    private final TopUpService topUp;
    private final BandAgreementService agreements;
    private final Outbox outbox;
    private final Clock clock;

    public BandAppealService(BandAppealRepository appeals, TopUpService topUp, BandAgreementService agreements, Outbox outbox, Clock clock) {
        this.appeals = appeals;
        this.topUp = topUp;
        this.agreements = agreements;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param schoolUrn a school user's own setting (the child must be placed there), or null for an officer */
    @Transactional
    public BandAppeal lodge(String tenant, String userId, String schoolUrn, Lodge request) {
        LocalDate today = LocalDate.now(clock);
        EhcpTimeline timeline = topUp.timeline(tenant, request.ehcpRef());
        String urn = timeline.settingOn(today);
        if (urn == null || (schoolUrn != null && !schoolUrn.equals(urn))) {
            throw new NotFound("EHCP placed at your setting", request.ehcpRef());
        }
        if (request.hearBy() != null && request.hearBy().isBefore(today)) {
            throw new InvalidInput("hearBy", "must be today or later");
        }
        BandAppealEntity a = new BandAppealEntity();
        a.id = UUID.randomUUID();
        a.tenant = tenant;
        a.ehcpRef = request.ehcpRef();
        a.settingUrn = urn;
        a.currentBand = timeline.bandOn(today);
        a.requestedBand = request.requestedBand();
        a.reasons = request.reasons().trim();
        a.lodgedBy = userId;
        a.lodgedAt = clock.instant();
        a.hearBy = request.hearBy() != null ? request.hearBy() : today.plusDays(DEFAULT_HEAR_WITHIN_DAYS);
        a.status = AppealStatus.LODGED;
        appeals.persist(a);
        appeals.flush();
        outbox.publish(tenant, EventTypes.BAND_APPEAL_LODGED, a.ehcpRef, "band-appeal/" + a.id, event(a, null));
        return a.toDomain();
    }

    @Transactional
    public Optional<BandAppeal> decide(String tenant, UUID id, VersionCheck version, String userId, Decide request) {
        return appeals.lockInTenant(tenant, id).map(a -> {
            version.require(a.version);
            if (a.status != AppealStatus.LODGED) {
                throw new Conflict("Band appeal " + id + " was already decided (" + a.status + ")");
            }
            if (request.outcome() == AppealStatus.LODGED) {
                throw new InvalidInput("outcome", "must be UPHELD or DISMISSED");
            }
            a.status = request.outcome();
            a.hearingDate = request.hearingDate();
            a.decidedBy = userId;
            a.decidedAt = clock.instant();
            if (request.outcome() == AppealStatus.UPHELD) {
                if (request.bandCode() == null || request.bandCode().isBlank()) {
                    throw new InvalidInput("bandCode", "an upheld appeal names the new band");
                }
                if (request.backdateFrom() == null) {
                    throw new InvalidInput("backdateFrom", "an upheld appeal names the date the new band applies from");
                }
                a.outcomeBand = request.bandCode().trim();
                a.backdateFrom = request.backdateFrom();
                a.decisionReason = blankToNull(request.reason());
                agreements.agree(tenant, userId, new BandAgreementService.Agree(a.ehcpRef, a.outcomeBand, a.backdateFrom, a.hearingDate,
                        null, "Band appeal " + a.id + " upheld"), BandAgreement.Source.APPEAL);
            } else {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw new InvalidInput("reason", "a dismissed appeal records the panel's reason");
                }
                a.decisionReason = request.reason().trim();
            }
            appeals.flush();
            outbox.publish(tenant, EventTypes.BAND_APPEAL_DECIDED, a.ehcpRef, "band-appeal/" + a.id, event(a, null));
            return a.toDomain();
        });
    }

    /** Raises the due event of every lodged appeal now within {@link BandAppeal#DUE_WITHIN_DAYS} of its hear-by date (once each). */
    @Transactional
    public int raiseDue(LocalDate today) {
        List<BandAppealEntity> due = appeals.dueNotNotified(today.plusDays(BandAppeal.DUE_WITHIN_DAYS), 1000);
        for (BandAppealEntity a : due) {
            a.dueNotifiedAt = clock.instant();
            outbox.publish(a.tenant, EventTypes.BAND_APPEAL_DUE, a.ehcpRef, "band-appeal/" + a.id,
                    event(a, (int) ChronoUnit.DAYS.between(today, a.hearBy)));
        }
        return due.size();
    }

    @Scheduled(cron = "{send.appeals.due-scan-cron:0 15 6 * * ?}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDueScan() {
        while (raiseDue(LocalDate.now(clock)) == 1000) {
            // a full batch: more may be due
        }
    }

    public Optional<BandAppeal> find(String tenant, UUID id) {
        return appeals.findInTenant(tenant, id).map(BandAppealEntity::toDomain);
    }

    public Slice<BandAppeal> list(String tenant, AppealStatus status, String settingUrn, String ehcpRef, PageRequest page) {
        return Slices.of(appeals.query(tenant, status, settingUrn, ehcpRef), page, BandAppealEntity::toDomain);
    }

    private static BandAppealEvent event(BandAppealEntity a, Integer daysToHearBy) {
        return new BandAppealEvent(a.id, a.ehcpRef, a.settingUrn, a.currentBand, a.requestedBand, a.status.name(), a.hearBy, a.hearingDate,
                a.outcomeBand, a.backdateFrom, daysToHearBy);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
