package uk.send.funding.topup.domain;

import java.time.LocalDate;

/**
 * One change to what an EHCP is funded for, from the decision log or the SEN panel: the child is placed at a
 * setting, ceases to be funded, or has a band agreed, from a date.
 *
 * @param effective the first day it applies
 * @param sequence  orders changes of the same day: later recorded wins
 * @param why       a short account for explaining lines (e.g. "FINAL_PLAN_ISSUED 2025-03-14"); never personal data
 */
public record PlanChange(Kind kind, LocalDate effective, long sequence, String settingUrn, String bandCode, String why) {

    public enum Kind { PLACED, CEASED, BAND }

    public static PlanChange placed(LocalDate from, long seq, String urn, String why) {
        return new PlanChange(Kind.PLACED, from, seq, urn, null, why);
    }

    public static PlanChange ceased(LocalDate from, long seq, String why) {
        return new PlanChange(Kind.CEASED, from, seq, null, null, why);
    }

    public static PlanChange band(LocalDate from, long seq, String code, String why) {
        return new PlanChange(Kind.BAND, from, seq, null, code, why);
    }
}
