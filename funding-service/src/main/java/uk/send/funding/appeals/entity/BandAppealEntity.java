package uk.send.funding.appeals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.send.funding.appeals.domain.AppealStatus;
import uk.send.funding.appeals.domain.BandAppeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code band_appeal}. */
@Entity
@Table(name = "band_appeal")
public class BandAppealEntity {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @Column(name = "ehcp_ref", nullable = false)
    public String ehcpRef;
    @Column(name = "setting_urn", nullable = false)
    public String settingUrn;
    @Column(name = "current_band")
    public String currentBand;
    @Column(name = "requested_band", nullable = false)
    public String requestedBand;
    @Column(nullable = false)
    public String reasons;
    @Column(name = "lodged_by", nullable = false)
    public String lodgedBy;
    @Column(name = "lodged_at", nullable = false)
    public Instant lodgedAt;
    @Column(name = "hear_by", nullable = false)
    public LocalDate hearBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status;
    @Column(name = "hearing_date")
    public LocalDate hearingDate;
    @Column(name = "outcome_band")
    public String outcomeBand;
    @Column(name = "backdate_from")
    public LocalDate backdateFrom;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "due_notified_at")
    public Instant dueNotifiedAt;
    @Version
    public long version;

    public BandAppeal toDomain() {
        return new BandAppeal(id, ehcpRef, settingUrn, currentBand, requestedBand, reasons, lodgedBy, lodgedAt, hearBy, status, hearingDate,
                outcomeBand, backdateFrom, decisionReason, decidedBy, decidedAt, version);
    }
}
