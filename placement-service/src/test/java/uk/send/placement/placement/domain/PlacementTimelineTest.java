package uk.send.placement.placement.domain;

import org.junit.jupiter.api.Test;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementTimelineTest {

    private static final Set<String> PROVIDERS = Set.of("100001", "100002");

    private static EhcpDecisionRecorded decision(String source, EhcpDecisionKind kind, String day, List<String> urns, List<String> needs,
                                                 String effective, EhcpDecisionRecorded.ReviewOutcome outcome, String supersedes, EhcpDecisionKind corrected) {
        return new EhcpDecisionRecorded(UUID.randomUUID(), source, "E1", kind, LocalDate.parse(day), Instant.parse(day + "T10:00:00Z"), 7, null, null,
                urns, needs, null, effective == null ? null : LocalDate.parse(effective), outcome, null, null, null, null, null, supersedes, corrected);
    }

    private static EhcpDecisionRecorded plan(String source, EhcpDecisionKind kind, String day, String urn, String need, String effective) {
        return decision(source, kind, day, List.of(urn), List.of(need), effective, null, null, null);
    }

    @Test
    void shouldMoveOnAnAmendedPlanAndEndOnACeaseWhateverTheOrder() {
        List<EhcpDecisionRecorded> decisions = new ArrayList<>(List.of(
                plan("a", EhcpDecisionKind.FINAL_PLAN_ISSUED, "2025-08-01", "100001", "ASD", "2025-09-01"),
                plan("b", EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2026-01-10", "100002", "SEMH", "2026-02-01"),
                decision("c", EhcpDecisionKind.REVIEW_DECISION, "2026-07-01", null, null, null, EhcpDecisionRecorded.ReviewOutcome.CEASE, null, null)));
        List<PlacementSpan> expected = List.of(
                new PlacementSpan("100001", "ASD", 7, LocalDate.parse("2025-09-01"), LocalDate.parse("2026-01-31")),
                // ceased from 1 July: the place was last held on 30 June
                new PlacementSpan("100002", "SEMH", 7, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-06-30")));
        assertThat(PlacementTimeline.derive(decisions, PROVIDERS::contains)).isEqualTo(expected);
        Collections.reverse(decisions);
        decisions.add(decisions.get(0));
        assertThat(PlacementTimeline.derive(decisions, PROVIDERS::contains)).isEqualTo(expected);
    }

    @Test
    void shouldOpenNoPlacementAtASettingThatIsNotAProviderAndEndTheOneBefore() {
        List<PlacementSpan> spans = PlacementTimeline.derive(List.of(
                plan("a", EhcpDecisionKind.FINAL_PLAN_ISSUED, "2025-08-01", "100001", "ASD", "2025-09-01"),
                plan("b", EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2026-03-01", "999999", "ASD", "2026-04-20")), PROVIDERS::contains);
        assertThat(spans).containsExactly(new PlacementSpan("100001", "ASD", 7, LocalDate.parse("2025-09-01"), LocalDate.parse("2026-04-19")));
    }

    @Test
    void shouldLetACorrectionReplaceTheDecisionItSupersedes() {
        List<PlacementSpan> spans = PlacementTimeline.derive(List.of(
                decision("fix", EhcpDecisionKind.CORRECTION, "2025-08-02", List.of("100002"), List.of("SLD"), "2025-09-01", null, "a",
                        EhcpDecisionKind.FINAL_PLAN_ISSUED),
                plan("a", EhcpDecisionKind.FINAL_PLAN_ISSUED, "2025-08-01", "100001", "ASD", "2025-09-01")), PROVIDERS::contains);
        assertThat(spans).containsExactly(new PlacementSpan("100002", "SLD", 7, LocalDate.parse("2025-09-01"), null));
    }

    @Test
    void shouldEndOnTheDayBeforeTheCeaseSoThatTheCeaseMonthHoldsNoPlaceFundingStoppedPaying() {
        // Ceased from 1 September: funding-service pays nothing from that day, so September's ledger must not count the place.
        List<PlacementSpan> spans = PlacementTimeline.derive(List.of(
                plan("a", EhcpDecisionKind.FINAL_PLAN_ISSUED, "2025-08-01", "100001", "ASD", "2025-09-01"),
                decision("c", EhcpDecisionKind.REVIEW_DECISION, "2026-09-01", null, null, null, EhcpDecisionRecorded.ReviewOutcome.CEASE, null, null)),
                PROVIDERS::contains);
        assertThat(spans).containsExactly(new PlacementSpan("100001", "ASD", 7, LocalDate.parse("2025-09-01"), LocalDate.parse("2026-08-31")));
        // Decided in May to cease from 1 September: the placement runs to the end of August.
        assertThat(PlacementTimeline.derive(List.of(
                plan("a", EhcpDecisionKind.FINAL_PLAN_ISSUED, "2025-08-01", "100001", "ASD", "2025-09-01"),
                decision("c", EhcpDecisionKind.REVIEW_DECISION, "2026-05-11", null, null, "2026-09-01", EhcpDecisionRecorded.ReviewOutcome.CEASE, null, null)),
                PROVIDERS::contains)).containsExactly(new PlacementSpan("100001", "ASD", 7, LocalDate.parse("2025-09-01"), LocalDate.parse("2026-08-31")));
        // A plan ceased on the day its placement would have started never placed the child.
        assertThat(PlacementTimeline.derive(List.of(
                plan("a", EhcpDecisionKind.FINAL_PLAN_ISSUED, "2025-08-01", "100001", "ASD", "2025-09-01"),
                decision("c", EhcpDecisionKind.REVIEW_DECISION, "2025-09-01", null, null, null, EhcpDecisionRecorded.ReviewOutcome.CEASE, null, null)),
                PROVIDERS::contains)).isEmpty();
    }

    @Test
    void shouldReadSameDayDecisionsInTheProcessOrderWhateverTheirRecordingTimes() {
        // A plan transferred in and amended by the new LA on the same day, the amendment recorded first (a CMS catching up):
        // the transfer comes first in the process (EhcpDecisionKind.sameDayOrder), so the amended plan's setting is where
        // the child is placed, however the two were recorded or arrived.
        EhcpDecisionRecorded amended = new EhcpDecisionRecorded(UUID.randomUUID(), "a-amended", "E1", EhcpDecisionKind.AMENDED_PLAN_ISSUED,
                LocalDate.parse("2025-08-01"), Instant.parse("2025-08-01T09:00:00Z"), 7, null, null, List.of("100001"), List.of("ASD"), null,
                LocalDate.parse("2025-09-01"), null, null, null, null, null, null, null, null);
        EhcpDecisionRecorded transfer = new EhcpDecisionRecorded(UUID.randomUUID(), "b-transfer", "E1", EhcpDecisionKind.TRANSFER_IN,
                LocalDate.parse("2025-08-01"), Instant.parse("2025-08-01T18:00:00Z"), 7, null, null, List.of("100002"), List.of("SLD"), null,
                LocalDate.parse("2025-09-01"), null, null, null, null, null, "LA999", null, null);
        List<PlacementSpan> expected = List.of(new PlacementSpan("100001", "ASD", 7, LocalDate.parse("2025-09-01"), null));
        assertThat(PlacementTimeline.derive(List.of(transfer, amended), PROVIDERS::contains)).isEqualTo(expected);
        assertThat(PlacementTimeline.derive(List.of(amended, transfer), PROVIDERS::contains)).isEqualTo(expected);
    }
}
