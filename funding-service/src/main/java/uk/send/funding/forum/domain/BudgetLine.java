package uk.send.funding.forum.domain;

import java.math.BigDecimal;

/** One line of an upload of budget shares and pupil numbers: at least one of the two. */
public record BudgetLine(String urn, BigDecimal budgetShare, Integer pupils) {
}
