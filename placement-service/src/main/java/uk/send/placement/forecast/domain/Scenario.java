package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.util.List;

/**
 * What-if levers applied to the fitted model from a given year on.
 *
 * @param levers        multiply a transition's probability
 * @param addedPlaces   places added to the commissioned supply (they change the gap, not demand)
 * @param removedSettings setting groups closed from a year: their children move elsewhere and nobody joins or moves in
 */
public record Scenario(List<Lever> levers, List<AddedPlaces> addedPlaces, List<Removal> removedSettings) {

    public static final Scenario NONE = new Scenario(List.of(), List.of(), List.of());

    public Scenario {
        levers = levers == null ? List.of() : List.copyOf(levers);
        addedPlaces = addedPlaces == null ? List.of() : List.copyOf(addedPlaces);
        removedSettings = removedSettings == null ? List.of() : List.copyOf(removedSettings);
    }

    /** Which transition a lever multiplies. */
    public enum Transition {
        /** Moves of children already placed into {@code setting} (the others stay where they are). */
        MOVES_INTO,
        /** Joiners placed in {@code setting} (the others are placed in the remaining settings in proportion). */
        JOINERS_INTO,
        /** Leaving from {@code setting}. */
        LEAVERS_FROM
    }

    /** E.g. 20% fewer moves into independent special from 2028: (MOVES_INTO, INDEPENDENT, null, 2028, 0.8). */
    public record Lever(Transition transition, SettingGroup setting, NeedType need, int fromYear, double factor) {
        public Lever {
            if (factor < 0 || factor > 10) {
                throw new IllegalArgumentException("a lever's factor must be between 0 and 10");
            }
        }

        boolean applies(int year, int needIndex, int settingIndex) {
            return year >= fromYear && setting.ordinal() == settingIndex && (need == null || need.ordinal() == needIndex);
        }
    }

    public record AddedPlaces(NeedType need, SettingGroup setting, int fromYear, int places) {
    }

    public record Removal(SettingGroup setting, int fromYear) {
    }

    boolean removed(int settingIndex, int year) {
        for (Removal r : removedSettings) {
            if (r.setting().ordinal() == settingIndex && year >= r.fromYear()) {
                return true;
            }
        }
        return false;
    }

    double factor(Transition t, int year, int needIndex, int settingIndex) {
        double f = 1;
        for (Lever l : levers) {
            if (l.transition() == t && l.applies(year, needIndex, settingIndex)) {
                f *= l.factor();
            }
        }
        return f;
    }

    /** Places added to (need, setting) by {@code year}. */
    public int addedBy(NeedType need, SettingGroup setting, int year) {
        int n = 0;
        for (AddedPlaces a : addedPlaces) {
            if (a.need() == need && a.setting() == setting && year >= a.fromYear()) {
                n += a.places();
            }
        }
        return n;
    }
}
