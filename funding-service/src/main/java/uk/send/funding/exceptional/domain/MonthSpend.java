package uk.send.funding.exceptional.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Exceptional top-ups approved in a calendar month (by the day the panel decided, Europe/London): the total and how many. */
public record MonthSpend(YearMonth month, BigDecimal total, int approvals) {
}
