package uk.send.funding.forum.domain;

import uk.send.funding.register.entity.SettingType;

import java.util.EnumSet;
import java.util.Set;

/** The phase of a mainstream school: what a phase-limited forum vote is limited to. */
public enum Phase {
    PRIMARY, SECONDARY;

    /** The phases a setting of this type teaches (an all-through school both; settings outside mainstream none). */
    public static Set<Phase> of(SettingType type) {
        return switch (type) {
            case MAINSTREAM_PRIMARY -> EnumSet.of(PRIMARY);
            case MAINSTREAM_SECONDARY -> EnumSet.of(SECONDARY);
            case ALL_THROUGH -> EnumSet.of(PRIMARY, SECONDARY);
            default -> EnumSet.noneOf(Phase.class);
        };
    }
}
