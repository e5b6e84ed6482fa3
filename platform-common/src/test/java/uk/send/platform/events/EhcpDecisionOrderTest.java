package uk.send.platform.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EhcpDecisionOrderTest {

    private static EhcpDecisionRecorded d(String source, EhcpDecisionKind kind, String day, Instant recorded, EhcpDecisionKind corrected) {
        return new EhcpDecisionRecorded(UUID.randomUUID(), source, "E1", kind, LocalDate.parse(day), recorded, 5, null, null, null, null, null,
                null, null, null, null, null, null, null, kind == EhcpDecisionKind.CORRECTION ? "x" : null, corrected);
    }

    @Test
    void shouldOrderByDateThenTheProcessThenSourceIdAndNeverByArrival() {
        Instant early = Instant.parse("2026-01-01T08:00:00Z");
        Instant late = Instant.parse("2026-03-01T08:00:00Z");
        List<EhcpDecisionRecorded> expected = List.of(
                d("z-req", EhcpDecisionKind.ASSESSMENT_REQUESTED, "2025-10-01", late, null),
                d("a-dec", EhcpDecisionKind.DECIDED_TO_ASSESS, "2025-10-01", early, null),
                // same day, same step: by sourceId, not by when they were recorded
                d("a-meet", EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2025-11-03", late, null),
                d("b-meet", EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2025-11-03", early, null),
                // a correction ranks as the kind it corrects: a review decision after that day's meeting
                d("0-fix", EhcpDecisionKind.CORRECTION, "2025-11-03", early, EhcpDecisionKind.REVIEW_DECISION),
                d("c-notice", EhcpDecisionKind.AMENDMENT_NOTICE_ISSUED, "2025-11-03", early, null),
                d("a-plan", EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2025-12-01", early, null));
        for (int seed = 0; seed < 20; seed++) {
            List<EhcpDecisionRecorded> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(EhcpDecisionRecorded.IN_ORDER);
            assertThat(shuffled).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldStartADayWithWhatStartsADutyAndEndItWithWhatEndsOne() {
        for (EhcpDecisionKind starts : List.of(EhcpDecisionKind.ASSESSMENT_REQUESTED, EhcpDecisionKind.TRANSFER_IN,
                EhcpDecisionKind.TRIBUNAL_ORDER, EhcpDecisionKind.EXCEPTION_APPLIED)) {
            assertThat(starts.sameDayOrder()).isZero();
        }
        assertThat(EhcpDecisionKind.DRAFT_PLAN_ISSUED.sameDayOrder()).isLessThan(EhcpDecisionKind.FINAL_PLAN_ISSUED.sameDayOrder());
        assertThat(EhcpDecisionKind.ANNUAL_REVIEW_HELD.sameDayOrder()).isLessThan(EhcpDecisionKind.REVIEW_DECISION.sameDayOrder());
        assertThat(EhcpDecisionKind.AMENDMENT_NOTICE_ISSUED.sameDayOrder()).isLessThan(EhcpDecisionKind.AMENDED_PLAN_ISSUED.sameDayOrder());
        assertThat(EhcpDecisionKind.EXCEPTION_ENDED.sameDayOrder()).isGreaterThan(EhcpDecisionKind.APPEAL_REGISTERED.sameDayOrder());
    }
}
