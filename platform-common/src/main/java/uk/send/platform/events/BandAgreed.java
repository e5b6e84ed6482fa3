package uk.send.platform.events;

import java.time.LocalDate;

/**
 * Payload of {@link EventTypes#BAND_AGREED} (an EHCP's first band) and {@link EventTypes#BAND_CHANGED} (a
 * different band from a date) on {@code funding.events}, key = EHCP reference. Carries no reason text
 * (it may describe the child): only whether one was recorded.
 *
 * @param source       PANEL (the SEN panel) or APPEAL (an upheld band appeal)
 * @param suggestedBand the band the needs matrix suggested, if one was scored
 */
public record BandAgreed(String ehcpRef, String bandCode, String previousBandCode, String suggestedBand, Integer matrixVersion,
                         LocalDate effectiveFrom, LocalDate panelDate, boolean reasonRecorded, String source) {
}
