package uk.send.plan.ehcp.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.ehcp.domain.Clock;
import uk.send.plan.ehcp.domain.ClockRule;
import uk.send.plan.ehcp.domain.ClockState;
import uk.send.plan.ehcp.domain.Timeliness;
import uk.send.plan.ehcp.domain.Caseload;
import uk.send.plan.ehcp.domain.EhcpClock;
import uk.send.plan.ehcp.domain.EhcpSummary;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The API records of the EHCP timeline endpoints, mapped from the service's types at the edge. */
public final class EhcpViews {

    private EhcpViews() {
    }

    @Schema(description = "An EHCP with a statutory timeline")
    public record EhcpView(
            @Schema(example = "EHCP-2026-00042") String ehcpRef,
            @Schema(description = "The case officer the decisions name (login); null: every SEN officer of the LA is told", example = "jo.case@demo.gov.uk") String caseOfficerId,
            @Schema(description = "National curriculum year of the latest decision giving one", example = "6") Integer ncy,
            @Schema(description = "The day the first final plan was issued or the plan transferred in; absent before") LocalDate planIssuedOn,
            boolean ceased,
            @Schema(description = "Decisions in effect") int decisions,
            LocalDate lastDecisionOn,
            @Schema(description = "Clocks still running") int openClocks,
            @Schema(description = "The next date the LA must act by, if any") LocalDate nextDue) {
        static EhcpView of(EhcpSummary r) {
            return new EhcpView(r.ehcpRef(), r.caseOfficerId(), r.ncy(), r.planIssuedOn(), r.ceased(), r.decisions(), r.lastDecisionOn(),
                    r.openClocks(), r.nextDue());
        }
    }

    @Schema(description = "One page of EHCPs")
    public record EhcpPage(List<EhcpView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(description = "One statutory clock")
    public record ClockView(
            @Schema(example = "EHCP-2026-00042") String ehcpRef,
            @Schema(description = "The clock's key within the EHCP: rule and start day", example = "DECIDE_TO_ASSESS:2026-01-05") String key,
            ClockRule rule,
            @Schema(example = "decision whether to assess") String step,
            @Schema(example = "SEND Regulations 2014, reg 5(1)") String regulation,
            LocalDate startedOn,
            @Schema(description = "The last day for the step") LocalDate dueOn,
            @Schema(description = "The day the step was done (or stopped being required); absent while open") LocalDate stoppedOn,
            @Schema(description = "As of today: an LA's open clock past its due date reads BREACHED") ClockState state,
            @Schema(description = "The Reg 10(4) exception that applied while it ran, as SEN2 records it") String exceptionReason,
            @Schema(description = "ENDED: why the step stopped being required") String endReason,
            String caseOfficerId) {
        static ClockView of(EhcpClock r) {
            Clock c = r.clock();
            return new ClockView(r.ehcpRef(), c.key(), c.rule(), c.rule().step(), c.rule().regulation(), c.started(), c.due(), c.stopped(),
                    c.state(), c.exceptionReason(), c.endReason(), r.caseOfficerId());
        }
    }

    @Schema(description = "One page of statutory clocks")
    public record ClockPage(List<ClockView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(description = "An EHCP's whole timeline: every clock and every decision received (corrections included as sent)")
    public record TimelineView(EhcpView ehcp, List<ClockView> clocks, List<EhcpDecisionRecorded> decisions) {
    }

    @Schema(description = "One case officer's caseload as of today")
    public record CaseloadView(
            @Schema(description = "Officer login; null for EHCPs naming no officer", example = "jo.case@demo.gov.uk") String officer,
            @Schema(description = "EHCPs they hold") int ehcps,
            @Schema(description = "The LA's open clocks not yet past due") int open,
            @Schema(description = "Of those, due within the deadline scan's longest lead time") int atRisk,
            @Schema(description = "The LA's open clocks past due") int breached) {
        static CaseloadView of(Caseload r) {
            return new CaseloadView(r.officer(), r.ehcps(), r.open(), r.atRisk(), r.breached());
        }
    }

    @Schema(description = "One page of caseloads")
    public record CaseloadPage(List<CaseloadView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(description = "SEN2 timeliness of new plans in one period")
    public record TimelinessView(
            @Schema(description = "Calendar year (2025) or month (2025-03) the plans were issued in", example = "2025") String period,
            @Schema(description = "New plans issued", example = "40") int issued,
            @Schema(description = "Of those, within 20 weeks of the request", example = "19") int withinTwentyWeeks,
            @Schema(description = "Per cent within 20 weeks, including exception cases (1 d.p.)", example = "47.5") BigDecimal percentWithinTwentyWeeks,
            @Schema(description = "New plans where no Reg 10(4) exception applied", example = "36") int issuedExcludingExceptions,
            @Schema(description = "Of those, within 20 weeks", example = "19") int withinTwentyWeeksExcludingExceptions,
            @Schema(description = "Per cent within 20 weeks, excluding exception cases (1 d.p.)", example = "52.8") BigDecimal percentExcludingExceptions) {
        static TimelinessView of(Timeliness t) {
            return new TimelinessView(t.period(), t.issued(), t.withinTwentyWeeks(), t.percentWithinTwentyWeeks(), t.issuedExcludingExceptions(),
                    t.withinTwentyWeeksExcludingExceptions(), t.percentExcludingExceptions());
        }
    }

    @Schema(description = "Timeliness of new plans by calendar year (as SEN2 counts) and by month")
    public record TimelinessReport(List<TimelinessView> years, List<TimelinessView> months) {
    }
}
