package uk.send.plan.duty.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.duty.domain.DutyLevel;
import uk.send.plan.duty.domain.DutyStatus;

import java.util.List;
import java.util.Map;

/** The LA's duties at a glance: how many at each level stand at each status, and which MUSTs are not yet met. */
public record DutySummary(
        long total,
        @Schema(description = "Counts by level, then status; every level and status is present",
                example = "{\"MUST\": {\"NOT_MET\": 5, \"PARTLY_MET\": 2, \"MET\": 1}, \"SHOULD\": {\"NOT_MET\": 6, \"PARTLY_MET\": 0, \"MET\": 0}}")
        Map<DutyLevel, Map<DutyStatus, Long>> counts,
        @Schema(description = "Every MUST duty not yet MET (bounded by the catalogue: at most one per area)") List<DutyView> mustNotMet) {
}
