package uk.send.placement.alternativeprovision.domain;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the exclusions table (Commons CSV): columns {@code academic_year} ("2023/24" or 2023),
 * {@code ncy} (or "R" for reception), {@code permanent_exclusions}, {@code suspensions}. Header names
 * are matched without case or punctuation, so the DfE's "Permanent exclusions" column works too.
 */
public final class ExclusionsCsv {

    public static final int MAX_ROWS = 5000;
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:\\s*/\\s*\\d{2,4})?$");

    private ExclusionsCsv() {
    }

    public record Problem(String field, String message) {
    }

    public record Parsed(List<ExclusionRow> rows, List<Problem> problems) {
    }

    public static Parsed parse(String text) {
        List<ExclusionRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            Map<String, Integer> header = parser.getHeaderMap();
            String year = column(header, "academicyear", "year", "timeperiod");
            String ncy = column(header, "ncy", "nationalcurriculumyear", "yeargroup");
            String pex = column(header, "permanentexclusions", "permexcl", "pex");
            String sus = column(header, "suspensions", "fixedtermexclusions", "susp");
            for (String[] required : new String[][]{{"academic_year", year}, {"ncy", ncy}, {"permanent_exclusions", pex}, {"suspensions", sus}}) {
                if (required[1] == null) {
                    problems.add(new Problem(required[0], "column is missing"));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(rows, problems);
            }
            for (CSVRecord r : parser) {
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new Problem("body", "has more than " + MAX_ROWS + " rows"));
                    break;
                }
                String line = "line " + (r.getRecordNumber() + 1);
                Matcher m = YEAR.matcher(r.get(year));
                Integer n = ncy(r.get(ncy));
                Integer p = count(r.get(pex));
                Integer s = count(r.get(sus));
                if (!m.matches()) {
                    problems.add(new Problem(line + ".academic_year", "must be like 2023/24 or 2023"));
                } else if (n == null) {
                    problems.add(new Problem(line + ".ncy", "must be R or a whole number from -4 to 14"));
                } else if (p == null) {
                    problems.add(new Problem(line + ".permanent_exclusions", "must be a whole number 0 or more"));
                } else if (s == null) {
                    problems.add(new Problem(line + ".suspensions", "must be a whole number 0 or more"));
                } else {
                    rows.add(new ExclusionRow(Integer.parseInt(m.group(1)), n, p, s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(new Problem("body", "is not readable CSV: " + e.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    private static String column(Map<String, Integer> header, String... names) {
        for (String h : header.keySet()) {
            String key = h.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (String n : names) {
                if (key.equals(n)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static Integer ncy(String v) {
        if (v.equalsIgnoreCase("R")) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v);
            return n >= -4 && n <= 14 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer count(String v) {
        try {
            int n = Integer.parseInt(v.replace(",", ""));
            return n >= 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
