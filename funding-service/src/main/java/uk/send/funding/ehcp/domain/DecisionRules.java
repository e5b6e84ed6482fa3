package uk.send.funding.ehcp.domain;

import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static uk.send.platform.events.EhcpDecisionKind.*;

/**
 * Which fields each kind of EHCP decision needs and which values are sane. Pure: the intake runs it on a
 * {@link DecisionDraft#normalised() normalised} decision and refuses the decision when it returns anything.
 *
 * <p>A field that does not belong to the kind is refused rather than ignored, so that a CMS sending the wrong
 * kind (a band on a draft plan, a cease reason on a "maintain") finds out at once instead of feeding the
 * timeline and the funding model a decision nobody made.
 */
public final class DecisionRules {

    /** Part 3 of the Children and Families Act 2014 (EHC plans) came into force on 1 September 2014. */
    public static final LocalDate FIRST_DECISION_DATE = LocalDate.of(2014, 9, 1);
    /**
     * A decision may be dated at most one day after the service's (UTC) date: the CMS dates decisions in UK
     * local time, and from 23:00 to midnight UTC in British Summer Time the LA's day is already tomorrow. Any
     * later date is a decision that has not been made yet.
     */
    public static final int FUTURE_TOLERANCE_DAYS = 1;
    /** National curriculum years: -4 (from birth, early years) to 21 (age 25, the oldest an EHC plan covers). */
    public static final int MIN_NCY = -4;
    public static final int MAX_NCY = 21;
    public static final int MAX_SETTINGS = 5;

    static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");
    static final Pattern EHCP_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    /** A login name: never an e-mail address (no @), never a name with spaces. */
    static final Pattern OFFICER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** A 6-digit URN, or an 8-digit UKPRN (colleges and other post-16 providers). */
    static final Pattern SETTING = Pattern.compile("\\d{6}|1\\d{7}");
    static final Pattern BAND = Pattern.compile("[A-Z0-9][A-Z0-9 ._+-]{0,19}");
    /** An LA code: the 3-digit DfE number, the 9-character ONS/GSS code, or the platform's short code. */
    static final Pattern LA_CODE = Pattern.compile("[A-Z0-9]{2,32}");

    /** The kind-specific fields. */
    enum Field { reassessment, settingUrns, needTypes, bandCode, effectiveDate, reviewOutcome, ceaseReason, exceptionReason,
        refusalAppealable, tribunalOrder, fromLa }

    private record Shape(Set<Field> required, Set<Field> allowed) {
    }

    private static final Map<EhcpDecisionKind, Shape> SHAPES = new EnumMap<>(EhcpDecisionKind.class);

    static {
        shape(ASSESSMENT_REQUESTED, none(), EnumSet.of(Field.reassessment));
        for (EhcpDecisionKind k : List.of(DECIDED_TO_ASSESS, DRAFT_PLAN_ISSUED, ANNUAL_REVIEW_HELD, AMENDMENT_NOTICE_ISSUED,
                MEDIATION_CERTIFICATE_ISSUED, APPEAL_REGISTERED)) {
            shape(k, none(), none());
        }
        shape(REFUSED_TO_ASSESS, none(), EnumSet.of(Field.refusalAppealable));
        shape(DECIDED_NOT_TO_ISSUE, none(), EnumSet.of(Field.refusalAppealable));
        shape(FINAL_PLAN_ISSUED, EnumSet.of(Field.settingUrns, Field.needTypes, Field.effectiveDate), EnumSet.of(Field.bandCode));
        shape(REVIEW_DECISION, EnumSet.of(Field.reviewOutcome), EnumSet.of(Field.ceaseReason, Field.effectiveDate));
        shape(AMENDED_PLAN_ISSUED, EnumSet.of(Field.effectiveDate), EnumSet.of(Field.settingUrns, Field.needTypes, Field.bandCode));
        shape(EXCEPTION_APPLIED, EnumSet.of(Field.exceptionReason), none());
        shape(EXCEPTION_ENDED, EnumSet.of(Field.exceptionReason), none());
        shape(TRIBUNAL_ORDER, EnumSet.of(Field.tribunalOrder), none());
        shape(TRANSFER_IN, EnumSet.of(Field.fromLa, Field.effectiveDate), EnumSet.of(Field.settingUrns, Field.needTypes, Field.bandCode));
    }

    /** The kind-specific fields a decision of this kind must carry (documentation and its test read this). */
    public static List<String> requiredFields(EhcpDecisionKind kind) {
        return SHAPES.get(kind).required().stream().map(Enum::name).toList();
    }

    /** The kind-specific fields a decision of this kind may carry but need not. */
    public static List<String> optionalFields(EhcpDecisionKind kind) {
        Shape s = SHAPES.get(kind);
        return s.allowed().stream().filter(f -> !s.required().contains(f)).map(Enum::name).toList();
    }

    private static Set<Field> none() {
        return EnumSet.noneOf(Field.class);
    }

    private static void shape(EhcpDecisionKind kind, Set<Field> required, Set<Field> optional) {
        Set<Field> allowed = EnumSet.noneOf(Field.class);
        allowed.addAll(required);
        allowed.addAll(optional);
        SHAPES.put(kind, new Shape(required, allowed));
    }

    private DecisionRules() {
    }

    /**
     * Everything wrong with a normalised decision; empty when it may be recorded. Whether a correction's
     * target exists is the intake's to check against the log.
     *
     * @param tenant the LA posting it (a plan cannot transfer in from the LA itself)
     * @param today  the service's date
     */
    public static List<Violation> check(DecisionDraft d, String tenant, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        text(v, "sourceId", d.sourceId(), SOURCE_ID, "must be 1 to 100 letters, digits or . _ : / - (the CMS's own decision id)");
        text(v, "ehcpRef", d.ehcpRef(), EHCP_REF, "must be the LA's pseudonymous EHCP reference: 1 to 64 letters, digits or . _ / - (never a name)");
        if (d.kind() == null) {
            v.add(new Violation("kind", "must not be null"));
        }
        date(v, "decisionDate", d.decisionDate(), today);
        if (d.ncy() == null) {
            v.add(new Violation("ncy", "must not be null: the national curriculum year stands in for age"));
        } else if (d.ncy() < MIN_NCY || d.ncy() > MAX_NCY) {
            v.add(new Violation("ncy", "must be a national curriculum year from " + MIN_NCY + " to " + MAX_NCY));
        }
        if (d.caseOfficerId() != null && !OFFICER_ID.matcher(d.caseOfficerId()).matches()) {
            v.add(new Violation("caseOfficerId", "must be the officer's login id (letters, digits, . _ -), never a name or e-mail address"));
        }
        if (d.kind() == null) {
            return v;
        }
        if (d.kind() == CORRECTION) {
            text(v, "supersedesSourceId", d.supersedesSourceId(), SOURCE_ID, "must name the sourceId of the decision this corrects");
            if (d.correctedKind() == null) {
                v.add(new Violation("correctedKind", "must not be null: the kind of the corrected decision"));
                return v;
            }
            if (d.correctedKind() == CORRECTION) {
                v.add(new Violation("correctedKind", "must be the kind of decision being corrected, not CORRECTION"));
                return v;
            }
            if (d.supersedesSourceId() != null && d.supersedesSourceId().equals(d.sourceId())) {
                v.add(new Violation("supersedesSourceId", "must name another decision, not this one"));
            }
        } else {
            absent(v, "supersedesSourceId", d.supersedesSourceId(), d.kind());
            absent(v, "correctedKind", d.correctedKind(), d.kind());
        }
        EhcpDecisionKind kind = d.effectiveKind();
        Shape shape = SHAPES.get(kind);
        for (Field f : Field.values()) {
            boolean present = value(d, f) != null;
            if (shape.required().contains(f) && !present) {
                v.add(new Violation(f.name(), "must not be null for " + kind));
            } else if (!shape.allowed().contains(f) && present) {
                v.add(new Violation(f.name(), "does not apply to " + kind));
            }
        }
        settings(v, d.settingUrns());
        needTypes(v, d.needTypes());
        if (d.bandCode() != null && !BAND.matcher(d.bandCode()).matches()) {
            v.add(new Violation("bandCode", "must be a band code of 1 to 20 letters, digits, spaces or . _ + -"));
        }
        effectiveDate(v, d);
        if (kind == REVIEW_DECISION && d.reviewOutcome() != null) {
            if (d.reviewOutcome() == ReviewOutcome.CEASE && d.ceaseReason() == null) {
                v.add(new Violation("ceaseReason", "must not be null when the plan ceases: the SEN2 cease reason code"));
            } else if (d.reviewOutcome() != ReviewOutcome.CEASE && d.ceaseReason() != null) {
                v.add(new Violation("ceaseReason", "applies only when the review outcome is CEASE"));
            }
            if (d.reviewOutcome() != ReviewOutcome.CEASE && d.effectiveDate() != null) {
                v.add(new Violation("effectiveDate", "applies to a review decision only when the plan ceases: the first day it is no longer maintained"));
            } else if (d.effectiveDate() != null && d.decisionDate() != null && d.effectiveDate().isBefore(d.decisionDate())) {
                v.add(new Violation("effectiveDate", "must not be before decisionDate: a plan ceases once the decision to cease it is made"));
            }
        }
        if (d.ceaseReason() != null && !Sen2.CEASE_REASONS.containsKey(d.ceaseReason())) {
            v.add(new Violation("ceaseReason", "must be a SEN2 cease reason code, 1 to 9"));
        }
        if (kind == AMENDED_PLAN_ISSUED && d.settingUrns() == null && d.bandCode() == null && d.needTypes() == null) {
            v.add(new Violation("settingUrns", "an amended plan must name what changed: settingUrns, needTypes or bandCode"));
        }
        if (d.fromLa() != null) {
            if (!LA_CODE.matcher(d.fromLa()).matches()) {
                v.add(new Violation("fromLa", "must be an LA code (the DfE number, the ONS code or the platform's LA code)"));
            } else if (d.fromLa().equalsIgnoreCase(tenant)) {
                v.add(new Violation("fromLa", "must be another LA: a plan cannot transfer in from this LA"));
            }
        }
        return v;
    }

    private static Object value(DecisionDraft d, Field f) {
        return switch (f) {
            case reassessment -> d.reassessment();
            case settingUrns -> d.settingUrns();
            case needTypes -> d.needTypes();
            case bandCode -> d.bandCode();
            case effectiveDate -> d.effectiveDate();
            case reviewOutcome -> d.reviewOutcome();
            case ceaseReason -> d.ceaseReason();
            case exceptionReason -> d.exceptionReason();
            case refusalAppealable -> d.refusalAppealable();
            case tribunalOrder -> d.tribunalOrder();
            case fromLa -> d.fromLa();
        };
    }

    private static void text(List<Violation> v, String field, String value, Pattern pattern, String message) {
        if (value == null) {
            v.add(new Violation(field, "must not be null"));
        } else if (!pattern.matcher(value).matches()) {
            v.add(new Violation(field, message));
        }
    }

    private static void absent(List<Violation> v, String field, Object value, EhcpDecisionKind kind) {
        if (value != null) {
            v.add(new Violation(field, "applies only to a CORRECTION, not to " + kind));
        }
    }

    private static void date(List<Violation> v, String field, LocalDate date, LocalDate today) {
        if (date == null) {
            v.add(new Violation(field, "must not be null"));
        } else if (date.isBefore(FIRST_DECISION_DATE)) {
            v.add(new Violation(field, "must be on or after " + FIRST_DECISION_DATE + ", when EHC plans began"));
        } else if (date.isAfter(today.plusDays(FUTURE_TOLERANCE_DAYS))) {
            v.add(new Violation(field, "must not be in the future (today is " + today + ")"));
        }
    }

    private static void effectiveDate(List<Violation> v, DecisionDraft d) {
        if (d.effectiveDate() == null || d.decisionDate() == null) {
            return;
        }
        if (d.effectiveDate().isBefore(d.decisionDate().minusYears(1)) || d.effectiveDate().isAfter(d.decisionDate().plusYears(2))) {
            v.add(new Violation("effectiveDate", "must be within a year before and two years after decisionDate"));
        }
    }

    private static void settings(List<Violation> v, List<String> urns) {
        if (urns == null) {
            return;
        }
        if (urns.size() > MAX_SETTINGS) {
            v.add(new Violation("settingUrns", "must name at most " + MAX_SETTINGS + " settings"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < urns.size(); i++) {
            String urn = urns.get(i);
            if (urn == null || !SETTING.matcher(urn).matches()) {
                v.add(new Violation("settingUrns[" + i + "]", "must be a 6-digit URN or an 8-digit UKPRN"));
            } else if (!seen.add(urn)) {
                v.add(new Violation("settingUrns[" + i + "]", "names the same setting twice"));
            }
        }
    }

    private static void needTypes(List<Violation> v, List<String> needs) {
        if (needs == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < needs.size(); i++) {
            String need = needs.get(i);
            if (need == null || !Sen2.NEED_TYPES.contains(need)) {
                v.add(new Violation("needTypes[" + i + "]", "must be a SEN2 need type code: " + String.join(", ", Sen2.NEED_TYPES.stream().sorted().toList())));
            } else if (!seen.add(need)) {
                v.add(new Violation("needTypes[" + i + "]", "ranks the same need type twice"));
            }
        }
    }
}
