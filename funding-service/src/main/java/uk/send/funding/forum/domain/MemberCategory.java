package uk.send.funding.forum.domain;

import java.util.Optional;

/**
 * The seat a schools forum member holds, as the Schools Forums (England) Regulations 2012 group them: schools members
 * (representing schools the LA maintains, by phase and kind, reg. 4), Academies members (reg. 5) and non-schools
 * members (reg. 6: early years private, voluntary and independent providers, 16-19 providers, dioceses and others).
 * The phase says which mainstream schools the member speaks for, where it is one phase.
 */
public enum MemberCategory {
    MAINTAINED_PRIMARY(Kind.SCHOOL, Phase.PRIMARY),
    MAINTAINED_SECONDARY(Kind.SCHOOL, Phase.SECONDARY),
    MAINTAINED_NURSERY(Kind.SCHOOL, null),
    MAINTAINED_SPECIAL(Kind.SCHOOL, null),
    PUPIL_REFERRAL_UNIT(Kind.SCHOOL, null),
    ACADEMY_PRIMARY(Kind.ACADEMY, Phase.PRIMARY),
    ACADEMY_SECONDARY(Kind.ACADEMY, Phase.SECONDARY),
    ACADEMY_SPECIAL(Kind.ACADEMY, null),
    EARLY_YEARS_PVI(Kind.NON_SCHOOL, null),
    POST_16_PROVIDER(Kind.NON_SCHOOL, null),
    NON_SCHOOL_OTHER(Kind.NON_SCHOOL, null);

    /** Schools members, Academies members or non-schools members. */
    public enum Kind { SCHOOL, ACADEMY, NON_SCHOOL }

    private final Kind kind;
    private final Phase phase;

    MemberCategory(Kind kind, Phase phase) {
        this.kind = kind;
        this.phase = phase;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Phase> phase() {
        return Optional.ofNullable(phase);
    }
}
