package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

/**
 * The forecast's states, (national curriculum year, need type, setting group), numbered densely so the
 * simulation works on primitive arrays. NCY runs from -4 (age 0-1) to 20 (age 24-25, the last year an
 * EHC plan can run); a child in NCY 20 leaves at the next step.
 */
public final class StateSpace {
    public static final int NCY_MIN = -4;
    public static final int NCY_MAX = 20;
    public static final int AGES = NCY_MAX - NCY_MIN + 1;
    public static final NeedType[] NEEDS = NeedType.values();
    public static final SettingGroup[] SETTINGS = SettingGroup.values();
    public static final int N = NEEDS.length;
    public static final int S = SETTINGS.length;
    public static final int STATES = AGES * N * S;

    private StateSpace() {
    }

    public static int index(int ncy, int need, int setting) {
        return ((ncy - NCY_MIN) * N + need) * S + setting;
    }

    public static int ncyOf(int state) {
        return state / (N * S) + NCY_MIN;
    }

    public static int needOf(int state) {
        return (state / S) % N;
    }

    public static int settingOf(int state) {
        return state % S;
    }

    public static boolean validNcy(int ncy) {
        return ncy >= NCY_MIN && ncy <= NCY_MAX;
    }
}
