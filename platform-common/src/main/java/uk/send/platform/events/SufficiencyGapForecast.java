package uk.send.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code uk.send.placement.sufficiency.gap-forecast.v1}: a forecast found more demand than
 * commissioned places for a need type and setting group in at least one projected year. One event per
 * (need, setting) short of places, per forecast run; {@code years} lists every projected year.
 */
public record SufficiencyGapForecast(UUID forecastId, int baseYear, String needType, String settingGroup, int largestGap,
                                     List<YearGap> years) {

    /** January of {@code year}: median and upper 95% demand, places commissioned for the academic year then running, gap = median − places. */
    public record YearGap(int year, double demandMedian, double demandUpper, int places, double gap) {
    }
}
