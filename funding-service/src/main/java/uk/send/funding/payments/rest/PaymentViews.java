package uk.send.funding.payments.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.banding.domain.Pricing;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.PaymentFrequency;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.domain.Statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Request and response records of the payments API. */
public final class PaymentViews {

    private PaymentViews() {
    }

    public record StatementView(String settingUrn, @Schema(example = "2025-26") String financialYear, PaymentFrequency frequency,
                                @Schema(type = SchemaType.STRING, example = "2025-06") YearMonth paidThrough, List<PeriodView> periods,
                                BigDecimal topUp, BigDecimal placeFunding,
                                @Schema(description = "Protection granted under a banding change (modelling): a minimum income guarantee payment, or a negative gains-cap amount", example = "0.00") BigDecimal protection,
                                BigDecimal adjustments, BigDecimal total,
                                @Schema(description = "How the setting's places are priced this year: BANDED (top-up by the child's band) or PER_PLACE "
                                        + "(a price per place: placeValue paid as place funding per commissioned place, the rest as each child's top-up)")
                                Pricing pricing,
                                @Schema(description = "PER_PLACE only: the place funding within a place's price", example = "10000.00") BigDecimal placeValue) {
        static StatementView of(Statement s) {
            return new StatementView(s.settingUrn(), s.year().label(), s.frequency(), s.paidThrough(),
                    s.periods().stream().map(PeriodView::of).toList(), s.topUp(), s.placeFunding(), s.protection(), s.adjustments(), s.total(),
                    s.pricing(), s.placeValue());
        }
    }

    public record PeriodView(@Schema(type = SchemaType.STRING, example = "2025-07") YearMonth payMonth, boolean paid, BigDecimal topUp,
                             BigDecimal placeFunding, @Schema(example = "0.00") BigDecimal protection, BigDecimal adjustments, BigDecimal total,
                             long lines) {
        static PeriodView of(Statement.Period p) {
            return new PeriodView(p.payMonth(), p.paid(), p.topUp(), p.placeFunding(), p.protection(), p.adjustments(), p.total(), p.lines());
        }
    }

    public record LineView(long id, String settingUrn, String ehcpRef, Element element,
                           @Schema(type = SchemaType.STRING, example = "2025-04") YearMonth forMonth,
                           @Schema(type = SchemaType.STRING, example = "2025-07") YearMonth payMonth,
                           boolean adjustment, BigDecimal amount, String reason) {
        static LineView of(PaymentLine l) {
            return new LineView(l.id(), l.settingUrn(), l.ehcpRef(), l.element(), l.forMonth(), l.payMonth(), l.adjustment(), l.amount(), l.reason());
        }
    }

    public record LinePage(List<LineView> items, int page, int size, long totalItems, int totalPages) {
    }

    public record SettingTotalView(String settingUrn, BigDecimal topUp, BigDecimal placeFunding,
                                   @Schema(example = "0.00") BigDecimal protection, BigDecimal adjustments, BigDecimal total, long ehcps) {
        static SettingTotalView of(Statement.SettingTotal t) {
            return new SettingTotalView(t.settingUrn(), t.topUp(), t.placeFunding(), t.protection(), t.adjustments(), t.total(), t.ehcps());
        }
    }

    public record SettingTotalPage(List<SettingTotalView> items, int page, int size, long totalItems, int totalPages) {
    }

    /** The LA's year: total per pay month and for the year. */
    public record ScheduleSummary(@Schema(example = "2025-26") String financialYear,
                                  @Schema(type = SchemaType.STRING, example = "2025-06") YearMonth paidThrough,
                                  List<MonthTotal> months, BigDecimal total) {
    }

    public record MonthTotal(@Schema(type = SchemaType.STRING, example = "2025-04") YearMonth payMonth, boolean paid, BigDecimal total) {
    }

    public record CloseRequest(@NotBlank @Schema(example = "2025-06", description = "The last pay month paid") String paidThrough) {
    }

    public record CloseView(@Schema(example = "2025-26") String financialYear, @Schema(type = SchemaType.STRING, example = "2025-06") YearMonth paidThrough) {
    }

    public record PlacesRequest(@NotNull @Min(0) @Max(5000) @Schema(example = "110") Integer places,
                                @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Schema(example = "10000.00",
                                        description = "Defaults to 10000.00; resourced provision may be 6000.00") BigDecimal ratePerPlace) {
    }

    public record PlacesView(String settingUrn, @Schema(example = "2025/26") String academicYear, int places, BigDecimal ratePerPlace,
                             int linesWritten, int adjustments) {
    }

    public record PolicyRequest(@NotNull ProRataMethod method, @NotNull PaymentFrequency frequency,
                                @Min(150) @Max(200) @Schema(example = "190", description = "Defaults to 190") Integer schoolYearDays,
                                @Size(max = 40) @Valid List<TermRequest> terms) {
    }

    public record TermRequest(@NotNull @Schema(example = "2025-09-03") LocalDate start, @NotNull @Schema(example = "2025-10-24") LocalDate end) {
    }

    public record PolicyView(ProRataMethod method, PaymentFrequency frequency, int schoolYearDays, List<DateRange> terms, long version) {
    }
}
