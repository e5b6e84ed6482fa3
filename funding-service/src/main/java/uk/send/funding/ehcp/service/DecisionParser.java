package uk.send.funding.ehcp.service;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one decision from JSON, the same way for a POSTed decision and for a line of a batch (a CSV record is
 * turned into the same JSON when it is received), collecting every problem as a field error instead of stopping
 * at the first. Strict: a property the intake does not know is refused, and one that looks like personal data
 * (a name, a birth date, an address) is refused saying so; the intake is pseudonymous.
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

    public static Parsed parse(JsonNode node) {
        List<Violation> v = new ArrayList<>();
        if (node == null || !node.isObject()) {
            v.add(new Violation("body", "must be a JSON object"));
            return new Parsed(null, v);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN.contains(name)) {
                v.add(new Violation(name, PERSONAL.matcher(name).matches()
                        ? "is not accepted: the intake never takes personal data; identify the child by ehcpRef and give ncy instead of a birth date"
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

    private record Reader(JsonNode node, List<Violation> v) {

        private JsonNode get(String field) {
            JsonNode n = node.get(field);
            return n == null || n.isNull() ? null : n;
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
            if (n.isTextual() && n.asText().trim().matches("-?\\d{1,3}")) {
                return Integer.valueOf(n.asText().trim());
            }
            v.add(new Violation(field, "must be a whole number"));
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
            if (n.isTextual() && (n.asText().equalsIgnoreCase("true") || n.asText().equalsIgnoreCase("false"))) {
                return Boolean.valueOf(n.asText());
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
                v.add(new Violation(field, "must be a date as YYYY-MM-DD"));
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
