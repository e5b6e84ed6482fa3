package uk.send.platform.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#BAND_APPEAL_LODGED}, {@link EventTypes#BAND_APPEAL_DECIDED} and
 * {@link EventTypes#BAND_APPEAL_DUE} on {@code funding.events}, key = EHCP reference. No reasons text (it
 * describes the child), only ids, bands and dates.
 *
 * @param status      LODGED, UPHELD or DISMISSED
 * @param hearBy      the date the LA set for the panel to hear it
 * @param daysToHearBy for "due": days from the scan to {@code hearBy} (negative when overdue)
 */
public record BandAppealEvent(UUID appealId, String ehcpRef, String settingUrn, String currentBand, String requestedBand,
                              String status, LocalDate hearBy, LocalDate hearingDate, String outcomeBand, LocalDate backdateFrom,
                              Integer daysToHearBy) {
}
