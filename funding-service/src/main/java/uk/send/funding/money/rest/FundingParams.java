package uk.send.funding.money.rest;

import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reading funding's path and query parameters at the edge, with a 400 naming the parameter when one is malformed. */
public final class FundingParams {

    /** Roles that read every setting's money in their LA; a school user reads only its own setting's. */
    public static final List<String> LA_MONEY_READERS = List.of(Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER);

    private FundingParams() {
    }

    /**
     * A financial year as a finance officer writes it, {@code 2025-26} (1 April 2025 to 31 March 2026). A bare
     * {@code 2025} is refused at the edge (400 naming the field): finance teams read it as 2024-25 as often as 2025-26.
     */
    public static FinancialYear financialYear(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(field, "is required, e.g. 2025-26");
        }
        if (!value.trim().matches("\\d{4}-\\d{2}")) {
            throw ApiProblem.badRequest(field, "a financial year looks like 2025-26 (April 2025 to March 2026)");
        }
        try {
            return FinancialYear.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(field, e.getMessage());
        }
    }

    public static AcademicYear academicYear(String field, String value) {
        if (value == null || !value.matches("\\d{4}(/\\d{2})?")) {
            throw ApiProblem.badRequest(field, "an academic year looks like 2025/26 (or 2025)");
        }
        return new AcademicYear(Integer.parseInt(value.substring(0, 4)));
    }

    public static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(field, "a month looks like 2025-06");
        }
    }

    /** The URN a school user is limited to; empty for LA staff. A school token without a {@code urn} claim sees nothing. */
    public static Optional<String> schoolUrn(CurrentUser user) {
        if (LA_MONEY_READERS.stream().anyMatch(user::hasRole)) {
            return Optional.empty();
        }
        String urn = user.settingUrn().filter(u -> !u.isBlank())
                .orElseThrow(() -> ApiProblem.forbidden("The token names no setting (claim '" + CurrentUser.URN_CLAIM + "')"));
        return Optional.of(urn);
    }
}
