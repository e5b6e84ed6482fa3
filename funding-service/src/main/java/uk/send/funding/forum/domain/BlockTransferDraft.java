package uk.send.funding.forum.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;

/** A proposed transfer from the schools block to the high needs block: one financial year, the amount, the schools block total, why. */
public record BlockTransferDraft(FinancialYear financialYear, BigDecimal amount, BigDecimal schoolsBlockTotal, String reason) {
}
