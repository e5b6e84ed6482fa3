package uk.send.funding.forum.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A transfer from the schools block to the high needs block for one financial year, with the forum's vote
 * ({@code forumSupported}, the tally) and, where needed, the request to the Secretary of State and its outcome.
 */
public record BlockTransfer(UUID id, FinancialYear financialYear, BigDecimal amount, BigDecimal schoolsBlockTotal, String reason,
                            boolean needsDisapplication, BlockTransferStatus status, Boolean forumSupported, LocalDate meetingDate,
                            String minuteRef, Tally tally, LocalDate disapplicationRequestedOn, DisapplicationOutcome disapplicationOutcome,
                            LocalDate disapplicationDecidedOn, String disapplicationRef, LocalDate agreedOn, String createdBy,
                            Instant createdAt, Instant updatedAt, long version) {

    public BigDecimal percent() {
        return BlockTransferLimit.percent(amount, schoolsBlockTotal);
    }

    public BigDecimal limit() {
        return BlockTransferLimit.limit(schoolsBlockTotal);
    }
}
