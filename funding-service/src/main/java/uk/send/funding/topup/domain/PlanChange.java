package uk.send.funding.topup.domain;

import java.time.LocalDate;

/**
 * One change to what an EHCP is funded for, from the decision log or the SEN panel: the child is placed at a
 * setting, ceases to be funded, or has a band agreed, from a date.
 *
 * @param effective the first day it applies
 * @param sequence  orders changes of the same day: later recorded wins
 * @param why       a short account for explaining lines (e.g. "FINAL_PLAN_ISSUED 2025-03-14"); never personal data
 * @param overridesThrough a band agreed on appeal: the day the panel heard it. The appeal replaces, from its
 *                  {@code effective} date (the backdate) through this day, the band the school appealed: every band
 *                  change recorded before it that takes effect in that window is overturned (see {@link EhcpTimeline}).
 *                  Null for every other change.
 */
public record PlanChange(Kind kind, LocalDate effective, long sequence, String settingUrn, String bandCode, String why,
                         LocalDate overridesThrough) {

    public enum Kind { PLACED, CEASED, BAND }

    public static PlanChange placed(LocalDate from, long seq, String urn, String why) {
        return new PlanChange(Kind.PLACED, from, seq, urn, null, why, null);
    }

    public static PlanChange ceased(LocalDate from, long seq, String why) {
        return new PlanChange(Kind.CEASED, from, seq, null, null, why, null);
    }

    public static PlanChange band(LocalDate from, long seq, String code, String why) {
        return new PlanChange(Kind.BAND, from, seq, null, code, why, null);
    }

    /** A band the SEN panel agreed by upholding an appeal heard on {@code heardOn}, backdated to {@code from}. */
    public static PlanChange bandOnAppeal(LocalDate from, long seq, String code, LocalDate heardOn, String why) {
        return new PlanChange(Kind.BAND, from, seq, null, code, why, heardOn);
    }

    /** A band the SEN panel agreed (stored in the band log): on appeal when {@code onAppeal}, heard on {@code panelDate}. */
    public static PlanChange agreed(LocalDate from, long seq, String code, boolean onAppeal, LocalDate panelDate, String why) {
        return onAppeal ? bandOnAppeal(from, seq, code, panelDate, why) : band(from, seq, code, why);
    }

    /** Whether this change is overturned by {@code appeal}: a band recorded before it, taking effect in its window. */
    boolean overturnedBy(PlanChange appeal) {
        return appeal.overridesThrough != null && kind == Kind.BAND && appeal.sequence > sequence
                && !effective.isBefore(appeal.effective) && !effective.isAfter(appeal.overridesThrough);
    }
}
