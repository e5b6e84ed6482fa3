package uk.send.funding.benchmarks.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.benchmarks.domain.BenchmarkMeasure;
import uk.send.funding.benchmarks.domain.NewPublishedFigure;
import uk.send.funding.money.rest.FundingParams;

import java.math.BigDecimal;

/** What the neighbour benchmark endpoints accept. */
public final class BenchmarkRequests {

    static final String YEAR_PATTERN = "\\d{4}-\\d{2}";
    static final String YEAR_MESSAGE = "a financial year looks like 2025-26";

    private BenchmarkRequests() {
    }

    /** Opt in (sharing one year's figures) or out (withdrawing every shared figure). */
    public record SharingRequest(
            @NotNull @Schema(description = "true to share this LA's aggregates with the other LAs on this deployment; false withdraws them", example = "true")
            Boolean optedIn,
            @Size(min = 2, max = 200) @Schema(description = "The LA's name as its neighbours see it (required the first time)", example = "Exampleshire")
            String laName,
            @Pattern(regexp = YEAR_PATTERN, message = YEAR_MESSAGE) @Schema(description = "The year whose figures to share (required to opt in)", example = "2025-26")
            String financialYear) {
    }

    /** A neighbour's figure from a published table. */
    public record PublishedFigureRequest(
            @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits or -") @Schema(example = "E10000014") String laCode,
            @NotBlank @Size(max = 200) @Schema(example = "Neighbourshire") String laName,
            @NotBlank @Pattern(regexp = YEAR_PATTERN, message = YEAR_MESSAGE) @Schema(example = "2025-26") String financialYear,
            @NotNull @Schema(example = "MAINSTREAM") FundingCategory category,
            @NotNull @Schema(example = "AVERAGE_TOP_UP_PER_EHCP") BenchmarkMeasure measure,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Schema(example = "7450.00") BigDecimal value,
            @NotBlank @Size(max = 500) @Schema(example = "DfE high needs benchmarking tool 2025, table 3") String source) {

        NewPublishedFigure toDomain() {
            return new NewPublishedFigure(laCode, laName, FundingParams.financialYear("financialYear", financialYear), category, measure, value,
                    source);
        }
    }
}
