package uk.send.funding.appeals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A school's (or an officer's, for a school) appeal against an EHCP's agreed band, and the panel's decision. */
public record BandAppeal(UUID id, String ehcpRef, String settingUrn, String currentBand, String requestedBand, String reasons,
                         String lodgedBy, Instant lodgedAt, LocalDate hearBy, AppealStatus status, LocalDate hearingDate,
                         String outcomeBand, LocalDate backdateFrom, String decisionReason, String decidedBy, Instant decidedAt,
                         long version) {

    /** The days before {@code hearBy} at which an appeal counts as due and raises its deadline event. */
    public static final int DUE_WITHIN_DAYS = 7;

    /** Whether a lodged appeal is due to be heard on {@code today}: its hear-by date is within {@link #DUE_WITHIN_DAYS}, or past. */
    public static boolean isDue(AppealStatus status, LocalDate hearBy, LocalDate today) {
        return status == AppealStatus.LODGED && !hearBy.isAfter(today.plusDays(DUE_WITHIN_DAYS));
    }
}
