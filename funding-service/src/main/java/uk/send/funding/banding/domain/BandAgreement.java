package uk.send.funding.banding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A band agreed for an EHCP by the SEN panel (or on an upheld appeal), from a date: with the needs matrix
 * version and suggested band where the matrix was scored, and the reason when the agreed band differs.
 */
public record BandAgreement(UUID id, String ehcpRef, String bandCode, LocalDate effectiveFrom, LocalDate panelDate,
                            String suggestedBand, Integer matrixVersion, Map<String, Integer> needsLevels, String reason,
                            Source source, UUID schemeId, String recordedBy, Instant recordedAt) {

    public enum Source { PANEL, APPEAL }
}
