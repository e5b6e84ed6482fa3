package uk.send.placement.provider.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DfE's Get Information About Schools (GIAS) establishment type codes that matter for specialist
 * places, with the setting group each counts in for ledgers and forecasts. The code is what GIAS
 * exports in its {@code TypeOfEstablishment (code)} column.
 */
public enum EstablishmentType {
    COMMUNITY_SCHOOL(1, "Community school", SettingGroup.RESOURCED_PROVISION),
    VOLUNTARY_AIDED_SCHOOL(2, "Voluntary aided school", SettingGroup.RESOURCED_PROVISION),
    VOLUNTARY_CONTROLLED_SCHOOL(3, "Voluntary controlled school", SettingGroup.RESOURCED_PROVISION),
    FOUNDATION_SCHOOL(5, "Foundation school", SettingGroup.RESOURCED_PROVISION),
    COMMUNITY_SPECIAL(7, "Community special school", SettingGroup.SPECIAL),
    NON_MAINTAINED_SPECIAL(8, "Non-maintained special school", SettingGroup.INDEPENDENT),
    INDEPENDENT_SPECIAL(10, "Other independent special school", SettingGroup.INDEPENDENT),
    FOUNDATION_SPECIAL(12, "Foundation special school", SettingGroup.SPECIAL),
    PUPIL_REFERRAL_UNIT(14, "Pupil referral unit", SettingGroup.ALTERNATIVE_PROVISION),
    FURTHER_EDUCATION(18, "Further education", SettingGroup.POST_16),
    ACADEMY_SPONSOR_LED(28, "Academy sponsor led", SettingGroup.RESOURCED_PROVISION),
    SPECIAL_POST_16(32, "Special post 16 institution", SettingGroup.POST_16),
    ACADEMY_SPECIAL_SPONSOR_LED(33, "Academy special sponsor led", SettingGroup.SPECIAL),
    ACADEMY_CONVERTER(34, "Academy converter", SettingGroup.RESOURCED_PROVISION),
    FREE_SCHOOL(35, "Free schools", SettingGroup.RESOURCED_PROVISION),
    FREE_SCHOOL_SPECIAL(36, "Free schools special", SettingGroup.SPECIAL),
    FREE_SCHOOL_ALTERNATIVE_PROVISION(38, "Free schools alternative provision", SettingGroup.ALTERNATIVE_PROVISION),
    FREE_SCHOOL_16_TO_19(39, "Free schools 16 to 19", SettingGroup.POST_16),
    ACADEMY_AP_CONVERTER(42, "Academy alternative provision converter", SettingGroup.ALTERNATIVE_PROVISION),
    ACADEMY_AP_SPONSOR_LED(43, "Academy alternative provision sponsor led", SettingGroup.ALTERNATIVE_PROVISION),
    ACADEMY_SPECIAL_CONVERTER(44, "Academy special converter", SettingGroup.SPECIAL),
    ACADEMY_16_19_CONVERTER(45, "Academy 16-19 converter", SettingGroup.POST_16),
    ACADEMY_16_19_SPONSOR_LED(46, "Academy 16 to 19 sponsor led", SettingGroup.POST_16);

    private final int code;
    private final String label;
    private final SettingGroup group;

    EstablishmentType(int code, String label, SettingGroup group) {
        this.code = code;
        this.label = label;
        this.group = group;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A mainstream school's type puts it in resourced provision: the register only lists a mainstream school for its unit. */
    public SettingGroup settingGroup() {
        return group;
    }

    public static Optional<EstablishmentType> ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
