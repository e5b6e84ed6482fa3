package uk.send.funding.money.domain;

/**
 * How an LA turns an annual top-up into the part of a year a child is in a setting (a local choice; see
 * DOMAIN.md "Money in detail"). For £9,000 a year from 6 January to 31 August 2025: school days
 * 9,000 × 114/190 = £5,400.00; calendar days 9,000 × 238/365 = £5,868.49; whole months 9,000 × 8/12 = £6,000.00.
 */
public enum ProRataMethod {
    /** Annual × school days in the period (the LA's term dates) / the LA's school year (190 days). */
    SCHOOL_DAYS,
    /** Annual × calendar days in the period / days of the financial year (365, or 366 with a 29 February). */
    CALENDAR_DAYS,
    /**
     * Annual × months / 12. A month is paid when the child is placed on at least half of its days, and is paid
     * whole to the setting (and band) the child spent most of those days in, ties to the later one: so a move
     * mid-month pays the month once.
     */
    WHOLE_MONTHS
}
