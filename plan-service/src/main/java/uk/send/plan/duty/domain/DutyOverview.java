package uk.send.plan.duty.domain;

import java.util.List;
import java.util.Map;

/** The LA's duties at a glance: how many at each level stand at each status, and which MUSTs are not yet met. */
public record DutyOverview(long total, Map<DutyLevel, Map<DutyStatus, Long>> counts, List<Duty> mustNotMet) {
}
