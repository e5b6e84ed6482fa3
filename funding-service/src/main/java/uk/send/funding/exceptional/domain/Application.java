package uk.send.funding.exceptional.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A school's application for an exceptional high-needs top-up for a pupil without an EHCP, and the panel's decision.
 * The pupil is known only by the school's pseudonymous reference, never by name.
 *
 * @param financialYear the year of {@code periodFrom}, whose budget the spend counts against
 */
public record Application(UUID id, String settingUrn, String pupilRef, String criterionCode, String evidence, String evidenceFile,
                          BigDecimal amountRequested, LocalDate periodFrom, LocalDate periodTo, FinancialYear financialYear, Status status,
                          BigDecimal amountApproved, String decisionReasons, String decidedBy, Instant decidedAt, String appliedBy,
                          Instant appliedAt, long version) {

    public enum Status { APPLIED, APPROVED, REFUSED }
}
