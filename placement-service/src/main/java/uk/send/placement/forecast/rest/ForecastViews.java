package uk.send.placement.forecast.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.forecast.domain.Forecast;
import uk.send.placement.forecast.domain.ForecastOutcome;
import uk.send.placement.forecast.domain.Projection;
import uk.send.placement.forecast.domain.Scenario;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The forecast API's records. */
public final class ForecastViews {

    private ForecastViews() {
    }

    public record LeverRequest(@NotNull Scenario.Transition transition, @NotNull SettingGroup setting,
                               @Schema(description = "Only this need type; absent: all") NeedType need,
                               @NotNull @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer fromYear,
                               @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "10", message = "must be 10 or less")
                               @Schema(example = "0.8") Double factor) {
    }

    public record AddedPlacesRequest(@NotNull NeedType need, @NotNull SettingGroup setting,
                                     @NotNull @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer fromYear,
                                     @NotNull @Min(value = -5000, message = "must be -5000 or more") @Max(value = 5000, message = "must be 5000 or less") Integer places) {
    }

    public record RemovalRequest(@NotNull SettingGroup setting,
                                 @NotNull @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer fromYear) {
    }

    public record ForecastRequest(
            @Schema(description = "January snapshot to project from; default: the latest one passed") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer baseYear,
            @Schema(description = "Years to project, default 5") @Min(value = 1, message = "must be 1 to 15") @Max(value = 15, message = "must be 1 to 15") Integer horizon,
            @Schema(description = "Simulations, default 1,000") @Min(value = 10, message = "must be 10 to 10000") @Max(value = 10_000, message = "must be 10 to 10000") Integer simulations,
            @Schema(description = "Random seed; the same seed and data give the same forecast. Default 1") Long seed,
            @Size(max = 20) List<@Valid @NotNull LeverRequest> levers,
            @Size(max = 50) List<@Valid @NotNull AddedPlacesRequest> addedPlaces,
            @Size(max = 5) List<@Valid @NotNull RemovalRequest> removedSettings) {

        Forecast.Settings toSettings() {
            Scenario scenario = new Scenario(
                    levers == null ? List.of() : levers.stream().map(l -> new Scenario.Lever(l.transition(), l.setting(), l.need(), l.fromYear(), l.factor())).toList(),
                    addedPlaces == null ? List.of() : addedPlaces.stream().map(a -> new Scenario.AddedPlaces(a.need(), a.setting(), a.fromYear(), a.places())).toList(),
                    removedSettings == null ? List.of() : removedSettings.stream().map(r -> new Scenario.Removal(r.setting(), r.fromYear())).toList());
            return new Forecast.Settings(horizon == null ? 5 : horizon, simulations == null ? 1000 : simulations, seed == null ? 1L : seed, scenario);
        }
    }

    public record CellView(@Schema(example = "2028") int year, NeedType needType, SettingGroup settingGroup,
                           @Schema(example = "142") double median, @Schema(example = "128") double lower, @Schema(example = "157") double upper,
                           BigDecimal costMedian, BigDecimal costLower, BigDecimal costUpper) {
    }

    public record TotalView(int year, double median, double lower, double upper, BigDecimal costMedian, BigDecimal costLower, BigDecimal costUpper) {
    }

    public record GapView(int year, NeedType needType, SettingGroup settingGroup, double demandMedian, double demandUpper, int places,
                          @Schema(description = "Median demand less places; positive = places short") double gap) {
    }

    public record ForecastView(UUID id, Instant createdAt, @Schema(example = "2026") int baseYear, @Schema(example = "5") int horizon,
                               @Schema(example = "1000") int simulations, @Schema(example = "1") long seed,
                               List<CellView> cells, List<TotalView> totals, List<GapView> gaps) {
        static ForecastView of(ForecastOutcome o) {
            Projection p = o.projection();
            return new ForecastView(o.id(), o.createdAt(), p.baseYear(), p.horizon(), p.simulations(), p.seed(),
                    p.cells().stream().map(c -> new CellView(c.year(), c.need(), c.setting(), c.median(), c.lower(), c.upper(),
                            c.costMedian(), c.costLower(), c.costUpper())).toList(),
                    p.totals().stream().map(t -> new TotalView(t.year(), t.median(), t.lower(), t.upper(), t.costMedian(), t.costLower(), t.costUpper())).toList(),
                    o.gaps().stream().map(g -> new GapView(g.year(), g.need(), g.setting(), g.demandMedian(), g.demandUpper(), g.places(), g.gap())).toList());
        }
    }

    public record BacktestRequest(@NotNull @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer fitUpTo,
                                  @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer lastYear,
                                  @Min(value = 10, message = "must be 10 to 5000") @Max(value = 5000, message = "must be 10 to 5000") Integer simulations,
                                  Long seed) {
    }

    public record BacktestYear(int year, int actualTotal, double medianTotal, double totalErrorPct, double meanAbsoluteError,
                               @Schema(description = "Share of (need, setting) cells whose actual count fell inside the 95% interval") double intervalCoverage) {
    }

    public record PopulationRow(@NotNull @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
                                @NotNull @Min(value = -4, message = "must be -4 to 20") @Max(value = 20, message = "must be -4 to 20") Integer ncy,
                                @NotNull @Min(value = 0, message = "must be 0 or more") @Max(value = 10_000_000, message = "is too large") Integer population) {
    }

    public record CostRow(@NotNull NeedType needType, @NotNull SettingGroup settingGroup,
                          @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "9999999999.99", message = "is too large")
                          @Schema(example = "52000.00") BigDecimal annualCost) {
    }
}
