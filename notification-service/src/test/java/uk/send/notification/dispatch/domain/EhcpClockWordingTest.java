package uk.send.notification.dispatch.domain;

import org.junit.jupiter.api.Test;
import uk.send.platform.events.EhcpClockEvent;
import uk.send.platform.events.EventTypes;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EhcpClockWordingTest {

    private static EhcpClockEvent clock(Integer lead, Integer overdue, LocalDate stopped) {
        return new EhcpClockEvent("EHCP-2026-00042", "DECIDE_TO_ASSESS:2026-01-05", "DECIDE_TO_ASSESS", "decision whether to assess",
                "SEND Regulations 2014, reg 5(1)", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 16), stopped, "jo.case", null, lead, overdue, null);
    }

    @Test
    void shouldNameTheEhcpTheStepTheDueDateAndTheRegulationWhenAtRisk() {
        NotificationComposer.Message m = EhcpClockWording.of(EventTypes.EHCP_CLOCK_AT_RISK, clock(7, null, null));
        assertThat(m.title()).isEqualTo("Decision whether to assess due within 7 days: EHCP-2026-00042");
        assertThat(m.body()).isEqualTo("The decision whether to assess for EHCP EHCP-2026-00042 is due on Monday 16 February 2026 (within 7 days), "
                + "under SEND Regulations 2014, reg 5(1).");
        assertThat(m.link()).isEqualTo("/ehcps/EHCP-2026-00042/timeline");
        assertThat(EhcpClockWording.of(EventTypes.EHCP_CLOCK_AT_RISK, clock(0, null, null)).title()).contains("due today");
    }

    @Test
    void shouldSayMissedWithDaysOverdueAndDoneLateWithTheDayItWasDone() {
        NotificationComposer.Message missed = EhcpClockWording.of(EventTypes.EHCP_CLOCK_BREACHED, clock(null, 1, null));
        assertThat(missed.title()).isEqualTo("Missed: decision whether to assess for EHCP-2026-00042");
        assertThat(missed.body()).endsWith("was due on Monday 16 February 2026, under SEND Regulations 2014, reg 5(1), and is 1 day overdue.");

        NotificationComposer.Message late = EhcpClockWording.of(EventTypes.EHCP_CLOCK_BREACHED, clock(null, null, LocalDate.of(2026, 2, 20)));
        assertThat(late.title()).isEqualTo("Done late: decision whether to assess for EHCP-2026-00042");
        assertThat(late.body()).endsWith("was done on Friday 20 February 2026, 4 days late.");

        assertThat(EhcpClockWording.of(EventTypes.EHCP_CLOCK_MET, clock(null, null, LocalDate.of(2026, 2, 9))).title())
                .isEqualTo("Done in time: decision whether to assess for EHCP-2026-00042");
    }
}
