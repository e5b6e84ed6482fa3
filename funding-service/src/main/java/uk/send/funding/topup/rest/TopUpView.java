package uk.send.funding.topup.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One EHCP's top-up for a financial year, line by line: how each month's amount was reached. */
public record TopUpView(String ehcpRef, @Schema(example = "2025-26") String financialYear, String method, List<Line> lines,
                        List<Unpriced> unpriced, BigDecimal total) {

    /** {@code annualValue × units / yearUnits}, rounded cumulatively across the year. */
    public record Line(@Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "2025-09") YearMonth month,
                       String settingUrn, String bandCode, BigDecimal annualValue, long units, long yearUnits, BigDecimal amount) {
    }

    public record Unpriced(String settingUrn, String bandCode, LocalDate from, LocalDate to, String reason) {
    }
}
