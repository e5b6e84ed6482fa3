package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the January snapshots the model is fitted to from an LA's placement history: who was placed
 * where on the spring school census day (the third Thursday of January, the DfE's census date), with
 * their NCY moved on from the one recorded at the start by the academic years since.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** A placement as the snapshots need it. {@code child} is the EHCP reference (or the placement id). */
    public record Spell(String child, NeedType need, SettingGroup setting, Integer ncyAtStart, LocalDate start, LocalDate end) {
    }

    public static LocalDate censusDay(int year) {
        return LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
    }

    public static List<ChildYear> build(List<Spell> spells, int fromYear, int toYear) {
        List<ChildYear> out = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            LocalDate day = censusDay(year);
            Map<String, Spell> onDay = new HashMap<>();
            for (Spell s : spells) {
                if (s.ncyAtStart() == null || s.start().isAfter(day) || (s.end() != null && s.end().isBefore(day))) {
                    continue;
                }
                onDay.merge(s.child(), s, (a, b) -> b.start().isAfter(a.start()) ? b : a);
            }
            for (Spell s : onDay.values()) {
                int ncy = s.ncyAtStart() + (academicStart(day) - academicStart(s.start()));
                if (StateSpace.validNcy(ncy)) {
                    out.add(new ChildYear(s.child(), year, ncy, s.need(), s.setting()));
                }
            }
        }
        return out;
    }

    private static int academicStart(LocalDate d) {
        return d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
    }
}
