package uk.send.funding.ehcp.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import uk.send.funding.ehcp.domain.DecisionDraft;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;
import uk.send.platform.events.EhcpDecisionRecorded.TribunalOrder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one decision from JSON, the same way for a POSTed decision and for a line of a batch (a CSV record is
 * turned into the same JSON when it is received), collecting every problem as a field error instead of stopping
 * at the first. Strict: a property the intake does not know is refused (naming the property meant when only its
 * letter case or separators differ), and one that looks like personal data (a name, a birth date, an address) is
 * refused saying so; the intake is pseudonymous.
 * <p>
 * Lenient where case management systems differ harmlessly: {@code null}, an empty or blank string is an absent
 * field; a list as an array or as one string separated by {@code ;}, {@code |} or {@code ,}; codes in any letter case with surrounding spaces; numbers and booleans sent as strings ({@code "7"},
 * {@code "true"}); {@code ncy} also as the school census's {@code R} (reception, 0), {@code N2} (-1) and {@code N1}
 * (-2). Dates are ISO calendar dates only ({@code 2025-03-01}): a timestamp is refused, because a CMS that turns
 * local midnight into UTC sends the day before in British Summer Time, and {@code 01/03/2025} is refused because
 * it reads as 1 March in the UK and 3 January in the US.
 */
public final class DecisionParser {

    /** The properties of a decision, exactly as the JSON (and the CSV header) names them. */
    public static final List<String> FIELDS = List.of("sourceId", "ehcpRef", "kind", "decisionDate", "ncy", "caseOfficerId",
            "reassessment", "settingUrns", "needTypes", "bandCode", "effectiveDate", "reviewOutcome", "ceaseReason",
            "exceptionReason", "refusalAppealable", "tribunalOrder", "fromLa", "supersedesSourceId", "correctedKind");
    static final Set<String> LIST_FIELDS = Set.of("settingUrns", "needTypes");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i).*(name|birth|dob|address|postcode|post_code|zip|upn|nhs|gender|sex|ethnic|phone|email|e-mail|parent|carer).*");
    /** Each property by its name without letter case or separators: how a mis-cased property or a CSV header is matched. */
    private static final Map<String, String> BY_KEY = FIELDS.stream().collect(Collectors.toUnmodifiableMap(DecisionParser::key, f -> f));
    /** The school census's codes for the years before year 1 (DfE census guide, NCYearActual). */
    private static final Map<String, Integer> EARLY_YEARS = Map.of("R", 0, "N2", -1, "N1", -2);
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|,]");
    private static final int MAX_TEXT = 200;
    private static final int MAX_LIST = 20;

    /** The decision read, or the reasons it could not be. */
    public record Parsed(DecisionDraft draft, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    private DecisionParser() {
    }

    private static String key(String name) {
        return name.replaceAll("[\\s_.\\-]+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The property a loosely written name means, ignoring letter case and spaces, underscores, hyphens or dots between
     * words ({@code Source ID}, {@code source_id} and {@code SOURCEID} all mean {@code sourceId}); null when it means none.
     */
    static String propertyMeant(String name) {
        return BY_KEY.get(key(name));
    }

    public static Parsed parse(JsonNode node) {
        List<Violation> v = new ArrayList<>();
        if (node == null || !node.isObject()) {
            v.add(new Violation("body", "must be a JSON object"));
            return new Parsed(null, v);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN.contains(name)) {
                String meant = propertyMeant(name);
                v.add(new Violation(name, PERSONAL.matcher(name).matches()
                        ? "is not accepted: the intake never takes personal data; identify the child by ehcpRef and give ncy instead of a birth date"
                        : meant != null ? "is not a property of an EHCP decision: the property is " + meant + " (names are case-sensitive)"
                        : "is not a property of an EHCP decision"));
            }
        }
        Reader r = new Reader(node, v);
        DecisionDraft draft = new DecisionDraft(r.text("sourceId"), r.text("ehcpRef"), r.enumOf("kind", EhcpDecisionKind.class),
                r.date("decisionDate"), r.integer("ncy"), r.text("caseOfficerId"), r.bool("reassessment"), r.list("settingUrns"),
                r.list("needTypes"), r.text("bandCode"), r.date("effectiveDate"), r.enumOf("reviewOutcome", ReviewOutcome.class),
                r.text("ceaseReason"), r.enumOf("exceptionReason", ExceptionReason.class), r.bool("refusalAppealable"),
                r.enumOf("tribunalOrder", TribunalOrder.class), r.text("fromLa"), r.text("supersedesSourceId"),
                r.enumOf("correctedKind", EhcpDecisionKind.class));
        return new Parsed(v.isEmpty() ? draft.normalised() : null, v);
    }

    /** A list sent as one string, as a CSV cell holds it: entries separated by {@code ;}, {@code |} or {@code ,} (none occurs in a URN or a code). */
    static ArrayNode splitList(String value) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String part : LIST_SEPARATOR.split(value)) {
            if (!part.isBlank()) {
                list.add(part.trim());
            }
        }
        return list;
    }

    private record Reader(JsonNode node, List<Violation> v) {

        /** The field's value; null when it is missing, null, or an empty or blank string (an absent optional field). */
        private JsonNode get(String field) {
            JsonNode n = node.get(field);
            return n == null || n.isNull() || n.isTextual() && n.asText().isBlank() ? null : n;
        }

        String text(String field) {
            JsonNode n = get(field);
            if (n == null) {
                return null;
            }
            if (!n.isTextual() && !n.isNumber()) {
                v.add(new Violation(field, "must be text"));
                return null;
            }
            String s = n.asText();
            if (s.indexOf('\u0000') >= 0) {
                v.add(new Violation(field, "must not contain a NUL character"));
                return null;
            }
            if (s.length() > MAX_TEXT) {
                v.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
                return null;
            }
            return s;
        }

        Integer integer(String field) {
            JsonNode n = get(field);
            if (n == null) {
                return null;
            }
            if (n.isIntegralNumber() && n.canConvertToInt()) {
                return n.intValue();
            }
            if (n.isTextual() && n.asText().trim().matches("[+-]?\\d{1,3}")) {
                return Integer.valueOf(n.asText().trim());
            }
            if (n.isTextual() && EARLY_YEARS.containsKey(n.asText().trim().toUpperCase(Locale.ROOT))) {
                return EARLY_YEARS.get(n.asText().trim().toUpperCase(Locale.ROOT));
            }
            v.add(new Violation(field, "must be a whole number" + (field.equals("ncy") ? " (the national curriculum year; R, N1 or N2 also read)" : "")));
            return null;
        }

        Boolean bool(String field) {
            JsonNode n = get(field);
            if (n == null) {
                return null;
            }
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            if (n.isTextual() && (n.asText().trim().equalsIgnoreCase("true") || n.asText().trim().equalsIgnoreCase("false"))) {
                return Boolean.valueOf(n.asText().trim());
            }
            v.add(new Violation(field, "must be true or false"));
            return null;
        }

        LocalDate date(String field) {
            String s = text(field);
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                String t = s.trim();
                v.add(new Violation(field, "must be a date as YYYY-MM-DD" + (TIMESTAMP.matcher(t).matches()
                        ? ", without a time: send the day in the UK (a time converted to UTC can fall on the day before)"
                        : DAY_MONTH_YEAR.matcher(t).matches() ? ", year first (01/03/2025 is ambiguous: send 2025-03-01)" : "")));
                return null;
            }
        }

        <E extends Enum<E>> E enumOf(String field, Class<E> type) {
            String s = text(field);
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add(new Violation(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", "))));
                return null;
            }
        }

        List<String> list(String field) {
            JsonNode n = get(field);
            if (n == null) {
                return null;
            }
            if (n.isTextual()) {
                n = splitList(n.asText());
            }
            if (!n.isArray()) {
                v.add(new Violation(field, "must be a list"));
                return null;
            }
            if (n.size() > MAX_LIST) {
                v.add(new Violation(field, "must have at most " + MAX_LIST + " entries"));
                return null;
            }
            List<String> out = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                JsonNode e = n.get(i);
                if (e == null || !(e.isTextual() || e.isNumber()) || e.asText().indexOf('\u0000') >= 0 || e.asText().length() > MAX_TEXT) {
                    v.add(new Violation(field + "[" + i + "]", "must be text of at most " + MAX_TEXT + " characters, without NUL"));
                } else {
                    out.add(e.asText());
                }
            }
            return out;
        }
    }
}
