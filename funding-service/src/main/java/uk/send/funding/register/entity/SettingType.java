package uk.send.funding.register.entity;

/** The kinds of setting a child can be educated in, as the LA funds them. */
public enum SettingType {
    MAINSTREAM_PRIMARY, MAINSTREAM_SECONDARY, ALL_THROUGH, RESOURCED_PROVISION, SPECIAL, ALTERNATIVE_PROVISION,
    PUPIL_REFERRAL_UNIT, INDEPENDENT_SPECIAL, POST_16, EARLY_YEARS
}
