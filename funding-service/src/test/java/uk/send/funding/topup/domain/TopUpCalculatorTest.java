package uk.send.funding.topup.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TopUpCalculatorTest {

    static final FinancialYear FY = new FinancialYear(2025);
    static final SchemeBook SCHEMES = new SchemeBook(List.of(
            new SchemeVersion(UUID.randomUUID(), FY, FundingCategory.MAINSTREAM, 1, FY.start(), SchemeStatus.APPROVED,
                    List.of(new Band("B2", "", Money.of("3100")), new Band("B3", "", Money.of("4500"))), null),
            new SchemeVersion(UUID.randomUUID(), FY, FundingCategory.SPECIAL, 1, FY.start(), SchemeStatus.APPROVED,
                    List.of(new Band("B3", "", Money.of("12000"))), null)));
    static final Map<String, FundingCategory> REGISTER = Map.of("100001", FundingCategory.MAINSTREAM, "200002", FundingCategory.SPECIAL);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static BigDecimal total(TopUpCalculator.YearTopUp y, String urn) {
        return y.cells().stream().filter(c -> urn == null || c.period().payee().equals(urn)).map(ProRata.Cell::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    @Test
    void shouldRebuildTheTimelineInEffectiveDateOrderAndSplitAMidYearMove() {
        // Sent out of order: the move (recorded first by mistake of the CMS's clock) and the final plan.
        EhcpTimeline timeline = new EhcpTimeline(List.of(
                PlanChange.placed(d("2025-10-15"), 2, "200002", "AMENDED_PLAN_ISSUED"),
                PlanChange.placed(d("2025-04-01"), 1, "100001", "FINAL_PLAN_ISSUED"),
                PlanChange.band(d("2025-04-01"), 1, "B3", "FINAL_PLAN_ISSUED")));
        var year = TopUpCalculator.compute(FY, timeline, SCHEMES, urn -> Optional.ofNullable(REGISTER.get(urn)),
                ProRataMethod.WHOLE_MONTHS, TermCalendar.none());
        assertThat(year.unpriced()).isEmpty();
        // October: 14 days at A, 17 at B: the month goes to B. A: April–September 6 × 375; B: October–March 6 × 1000.
        assertThat(total(year, "100001")).isEqualTo(Money.of("2250.00"));
        assertThat(total(year, "200002")).isEqualTo(Money.of("6000.00"));
        assertThat(year.cells()).hasSize(12);
    }

    @Test
    void shouldLetABandUpheldOnAppealReplaceTheAppealedBandFromTheBackdateThroughTheHearing() {
        // B2 agreed from 1 June (recorded first); the school appeals it; the panel hears it on 20 July and upholds B3
        // backdated to 1 May, before B2's own start. The next review had already agreed B2 again from 1 January.
        EhcpTimeline timeline = new EhcpTimeline(List.of(
                PlanChange.placed(d("2025-04-01"), 1, "100001", "FINAL_PLAN_ISSUED"),
                PlanChange.band(d("2025-06-01"), 2, "B2", "PANEL band B2"),
                PlanChange.band(d("2026-01-01"), 3, "B2", "PANEL band B2 (next review)"),
                PlanChange.bandOnAppeal(d("2025-05-01"), 4, "B3", d("2025-07-20"), "APPEAL band B3")));
        assertThat(timeline.bandOn(d("2025-04-30"))).isNull();
        assertThat(timeline.bandOn(d("2025-05-01"))).isEqualTo("B3");
        // Without the appeal overturning it, B2 would take over again here.
        assertThat(timeline.bandOn(d("2025-06-01"))).isEqualTo("B3");
        assertThat(timeline.bandOn(d("2025-12-31"))).isEqualTo("B3");
        // A band taking effect after the hearing was not what was appealed: it still applies from its date.
        assertThat(timeline.bandOn(d("2026-01-01"))).isEqualTo("B2");

        // A band recorded after the appeal (a later panel) is news, not overturned, even inside the appeal's window.
        EhcpTimeline later = new EhcpTimeline(List.of(
                PlanChange.placed(d("2025-04-01"), 1, "100001", "FINAL_PLAN_ISSUED"),
                PlanChange.bandOnAppeal(d("2025-05-01"), 4, "B3", d("2025-07-20"), "APPEAL band B3"),
                PlanChange.band(d("2025-07-01"), 5, "B2", "PANEL band B2")));
        assertThat(later.bandOn(d("2025-06-30"))).isEqualTo("B3");
        assertThat(later.bandOn(d("2025-07-01"))).isEqualTo("B2");

        var year = TopUpCalculator.compute(FY, timeline, SCHEMES, urn -> Optional.ofNullable(REGISTER.get(urn)),
                ProRataMethod.WHOLE_MONTHS, TermCalendar.none());
        // April unbanded (not priced), May to December at B3 (8 × 375), January to March at B2 (3 × 3100 / 12 = 775).
        assertThat(total(year, "100001")).isEqualTo(Money.of("3775.00"));
    }

    @Test
    void shouldReportDaysItCannotPrice() {
        EhcpTimeline timeline = new EhcpTimeline(List.of(
                PlanChange.placed(d("2025-04-01"), 1, "100001", "FINAL_PLAN_ISSUED"),
                PlanChange.band(d("2025-09-01"), 2, "B2", "panel"),
                PlanChange.ceased(d("2026-01-01"), 3, "REVIEW_DECISION CEASE")));
        var year = TopUpCalculator.compute(FY, timeline, SCHEMES, urn -> Optional.ofNullable(REGISTER.get(urn)),
                ProRataMethod.CALENDAR_DAYS, TermCalendar.none());
        assertThat(year.unpriced()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo("no band agreed");
            assertThat(u.segment().days()).isEqualTo(new DateRange(d("2025-04-01"), d("2025-08-31")));
        });
        // 1 September to 31 December: 122 days × 3100 / 365 = 1036.16
        assertThat(total(year, null)).isEqualTo(Money.of("1036.16"));
    }
}
