package uk.send.funding.forum.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.send.funding.forum.domain.BudgetLine;
import uk.send.funding.forum.domain.BudgetLines;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a finance officer's budget upload as CSV (Commons CSV, RFC 4180) with a header row naming the columns
 * {@code urn}, {@code budget_share} and {@code pupils} (any case, any order; an empty cell is "not given"). Line
 * {@code lines[i]} in a problem is the i-th data row, counting from 0, as in the JSON upload.
 */
final class BudgetCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
            .setTrim(true).setIgnoreEmptyLines(true).get();

    private BudgetCsv() {
    }

    static List<BudgetLine> parse(String text) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.badRequest("body", "must be CSV with a header row urn,budget_share,pupils");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        List<BudgetLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            if (!parser.getHeaderMap().containsKey("urn") || (!parser.getHeaderMap().containsKey("budget_share") && !parser.getHeaderMap().containsKey("pupils"))) {
                throw ApiProblem.badRequest("body", "the header row must name urn and budget_share, pupils or both");
            }
            for (CSVRecord r : parser) {
                if (lines.size() == BudgetLines.MAX_LINES) {
                    throw ApiProblem.badRequest("body", "must have at most " + BudgetLines.MAX_LINES + " lines");
                }
                String at = "lines[" + lines.size() + "].";
                BigDecimal share = null;
                Integer pupils = null;
                String shareText = cell(r, "budget_share");
                String pupilsText = cell(r, "pupils");
                try {
                    share = shareText == null ? null : new BigDecimal(shareText);
                } catch (NumberFormatException e) {
                    problems.add(new Problem.FieldError(at + "budgetShare", "must be a number of pounds, e.g. 1250000.00"));
                }
                try {
                    pupils = pupilsText == null ? null : Integer.valueOf(pupilsText);
                } catch (NumberFormatException e) {
                    problems.add(new Problem.FieldError(at + "pupils", "must be a whole number"));
                }
                lines.add(new BudgetLine(cell(r, "urn"), share, pupils));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw ApiProblem.badRequest("body", "is not readable as CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(problems.size() + " problem(s) in the CSV; nothing was written", problems);
        }
        return lines;
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
