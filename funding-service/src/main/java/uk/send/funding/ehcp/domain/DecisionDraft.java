package uk.send.funding.ehcp.domain;

import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;
import uk.send.platform.events.EhcpDecisionRecorded.TribunalOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * One EHCP decision as the CMS sent it, before the intake gave it an id: the fields of
 * {@link EhcpDecisionRecorded} without {@code decisionId} and {@code recordedAt}. {@link #normalised()} is
 * the form that is stored and compared, so that a retry differing only in spacing, letter case of codes or an
 * explicit default is recognised as the same decision.
 */
public record DecisionDraft(
        String sourceId,
        String ehcpRef,
        EhcpDecisionKind kind,
        LocalDate decisionDate,
        Integer ncy,
        String caseOfficerId,
        Boolean reassessment,
        List<String> settingUrns,
        List<String> needTypes,
        String bandCode,
        LocalDate effectiveDate,
        ReviewOutcome reviewOutcome,
        String ceaseReason,
        ExceptionReason exceptionReason,
        Boolean refusalAppealable,
        TribunalOrder tribunalOrder,
        String fromLa,
        String supersedesSourceId,
        EhcpDecisionKind correctedKind) {

    /** The kind whose rules apply: the corrected kind for a correction. */
    public EhcpDecisionKind effectiveKind() {
        return kind == EhcpDecisionKind.CORRECTION ? correctedKind : kind;
    }

    /**
     * Trimmed text, upper-case codes (need types, band, LA code), empty lists and blank text as absent, and
     * the defaults made explicit: a request is not a re-assessment unless it says so; a refusal is appealable.
     */
    public DecisionDraft normalised() {
        EhcpDecisionKind k = effectiveKind();
        Boolean reassess = k == EhcpDecisionKind.ASSESSMENT_REQUESTED && reassessment == null ? Boolean.FALSE : reassessment;
        Boolean appealable = (k == EhcpDecisionKind.REFUSED_TO_ASSESS || k == EhcpDecisionKind.DECIDED_NOT_TO_ISSUE)
                && refusalAppealable == null ? Boolean.TRUE : refusalAppealable;
        return new DecisionDraft(trim(sourceId), trim(ehcpRef), kind, decisionDate, ncy, trim(caseOfficerId), reassess,
                list(settingUrns, s -> s), list(needTypes, s -> s.toUpperCase(Locale.ROOT)), upper(bandCode), effectiveDate,
                reviewOutcome, trim(ceaseReason), exceptionReason, appealable, tribunalOrder, upper(fromLa),
                trim(supersedesSourceId), correctedKind);
    }

    /** The payload published and logged for this decision. */
    public EhcpDecisionRecorded toRecorded(UUID decisionId, Instant recordedAt) {
        return new EhcpDecisionRecorded(decisionId, sourceId, ehcpRef, kind, decisionDate, recordedAt, ncy, caseOfficerId,
                reassessment, settingUrns, needTypes, bandCode, effectiveDate, reviewOutcome, ceaseReason, exceptionReason,
                refusalAppealable, tribunalOrder, fromLa, supersedesSourceId, correctedKind);
    }

    public static DecisionDraft of(EhcpDecisionRecorded r) {
        return new DecisionDraft(r.sourceId(), r.ehcpRef(), r.kind(), r.decisionDate(), r.ncy(), r.caseOfficerId(), r.reassessment(),
                r.settingUrns(), r.needTypes(), r.bandCode(), r.effectiveDate(), r.reviewOutcome(), r.ceaseReason(), r.exceptionReason(),
                r.refusalAppealable(), r.tribunalOrder(), r.fromLa(), r.supersedesSourceId(), r.correctedKind());
    }

    /**
     * What differs between this (normalised) decision and one already recorded under the same sourceId:
     * one entry per field, naming the value on record, so that the CMS can tell a resend from a changed decision.
     */
    public List<Violation> differencesFrom(DecisionDraft recorded) {
        List<Violation> out = new ArrayList<>();
        diff(out, "ehcpRef", ehcpRef, recorded.ehcpRef);
        diff(out, "kind", kind, recorded.kind);
        diff(out, "decisionDate", decisionDate, recorded.decisionDate);
        diff(out, "ncy", ncy, recorded.ncy);
        diff(out, "caseOfficerId", caseOfficerId, recorded.caseOfficerId);
        diff(out, "reassessment", reassessment, recorded.reassessment);
        diff(out, "settingUrns", settingUrns, recorded.settingUrns);
        diff(out, "needTypes", needTypes, recorded.needTypes);
        diff(out, "bandCode", bandCode, recorded.bandCode);
        diff(out, "effectiveDate", effectiveDate, recorded.effectiveDate);
        diff(out, "reviewOutcome", reviewOutcome, recorded.reviewOutcome);
        diff(out, "ceaseReason", ceaseReason, recorded.ceaseReason);
        diff(out, "exceptionReason", exceptionReason, recorded.exceptionReason);
        diff(out, "refusalAppealable", refusalAppealable, recorded.refusalAppealable);
        diff(out, "tribunalOrder", tribunalOrder, recorded.tribunalOrder);
        diff(out, "fromLa", fromLa, recorded.fromLa);
        diff(out, "supersedesSourceId", supersedesSourceId, recorded.supersedesSourceId);
        diff(out, "correctedKind", correctedKind, recorded.correctedKind);
        return out;
    }

    private static void diff(List<Violation> out, String field, Object mine, Object recorded) {
        if (!Objects.equals(mine, recorded)) {
            out.add(new Violation(field, "differs from the decision already recorded under this sourceId, which has "
                    + (recorded == null ? "no value" : recorded)));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    private static List<String> list(List<String> values, Function<String, String> f) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(v -> v == null ? null : f.apply(v.trim())).toList();
    }
}
