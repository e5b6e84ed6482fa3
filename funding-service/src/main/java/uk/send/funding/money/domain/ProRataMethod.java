package uk.send.funding.money.domain;

/**
 * How an LA turns an annual top-up into the part of a year a child is in a setting (a local choice; see
 * DOMAIN.md "Money in detail"). For £9,000 a year from 6 January to 31 August 2025: school days
 * 9,000 × 114/190 = £5,400.00; calendar days 9,000 × 238/365 = £5,868.49; whole months 9,000 × 8/12 = £6,000.00.
 */
public enum ProRataMethod {
    /**
     * Annual × school days in the period (the LA's term dates) / the LA's school year (190 days; DOMAIN.md "Money in
     * detail": 9,000 × 114/190). A school day is a Monday to Friday inside one of the LA's terms: a bank holiday or
     * INSET day inside a term counts unless the LA's terms leave it out (split the term around it). A financial year
     * holds the summer term of one academic year and the autumn and spring terms of the next, so a child placed for a
     * whole financial year is paid exactly its annual value only when that year holds 190 school days (an early Easter
     * one year and a late one the next can make it 195).
     */
    SCHOOL_DAYS,
    /** Annual × calendar days in the period / days of the financial year (365, or 366 with a 29 February). */
    CALENDAR_DAYS,
    /**
     * Annual × months / 12. A month is paid when the child is placed on at least half of its days, and is paid
     * whole to the setting the child spent most of those days in (its days summed, however many scheme versions or
     * bands cut them), ties to the later setting, at the value of that setting's longest part of the month, ties to
     * the later part: so a move mid-month pays the month once.
     */
    WHOLE_MONTHS
}
