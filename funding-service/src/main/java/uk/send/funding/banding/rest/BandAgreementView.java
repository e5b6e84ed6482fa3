package uk.send.funding.banding.rest;

import uk.send.funding.banding.domain.BandAgreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A band agreed for an EHCP, and (on a new agreement) what it changed in the payment schedule. */
public record BandAgreementView(UUID id, String ehcpRef, String bandCode, String previousBand, LocalDate effectiveFrom, LocalDate panelDate,
                                String suggestedBand, Integer matrixVersion, Map<String, Integer> needsLevels, String reason,
                                BandAgreement.Source source, UUID schemeId, String recordedBy, Instant recordedAt,
                                ScheduleChange scheduleChange) {

    /** Lines written (of which adjustments to paid months) and settings whose schedule changed. */
    public record ScheduleChange(int linesWritten, int adjustments, int settingsChanged) {
    }

    static BandAgreementView of(BandAgreement a, String previous, ScheduleChange change) {
        return new BandAgreementView(a.id(), a.ehcpRef(), a.bandCode(), previous, a.effectiveFrom(), a.panelDate(), a.suggestedBand(),
                a.matrixVersion(), a.needsLevels(), a.reason(), a.source(), a.schemeId(), a.recordedBy(), a.recordedAt(), change);
    }

    /** The EHCP's bands in effective-date order. */
    public record BandHistory(String ehcpRef, List<BandAgreementView> items) {
    }
}
