package uk.send.funding.ehcp.rest;

/**
 * What a case management system's engineer needs to read in the OpenAPI document: the fields each kind takes and how
 * bodies are read. Compile-time constants for the annotations; {@code IntakeDocsTest} keeps the table equal to
 * {@code DecisionRules}.
 */
final class IntakeDocs {

    /** One line per kind: the fields it requires, then those it may carry. Every decision has sourceId, ehcpRef, kind, decisionDate, ncy. */
    static final String KIND_FIELDS = "Every decision: sourceId, ehcpRef, kind, decisionDate, ncy (caseOfficerId optional). Per kind "
            + "(required; optional), any other kind-specific field refused:\n"
            + "- ASSESSMENT_REQUESTED: -; reassessment\n"
            + "- DECIDED_TO_ASSESS: -; -\n"
            + "- REFUSED_TO_ASSESS: -; refusalAppealable\n"
            + "- DECIDED_NOT_TO_ISSUE: -; refusalAppealable\n"
            + "- DRAFT_PLAN_ISSUED: -; -\n"
            + "- FINAL_PLAN_ISSUED: settingUrns, needTypes, effectiveDate; bandCode\n"
            + "- ANNUAL_REVIEW_HELD: -; -\n"
            + "- REVIEW_DECISION: reviewOutcome; ceaseReason (required when CEASE), effectiveDate (CEASE only: the first day the plan "
            + "is no longer maintained, not before decisionDate, default decisionDate)\n"
            + "- AMENDMENT_NOTICE_ISSUED: -; -\n"
            + "- AMENDED_PLAN_ISSUED: effectiveDate; settingUrns, needTypes, bandCode (at least one)\n"
            + "- EXCEPTION_APPLIED: exceptionReason; -\n"
            + "- EXCEPTION_ENDED: exceptionReason; -\n"
            + "- MEDIATION_CERTIFICATE_ISSUED: -; -\n"
            + "- APPEAL_REGISTERED: -; -\n"
            + "- TRIBUNAL_ORDER: tribunalOrder; -\n"
            + "- TRANSFER_IN: fromLa, effectiveDate; settingUrns, needTypes, bandCode\n"
            + "- CORRECTION: supersedesSourceId, correctedKind, then the fields of correctedKind\n";

    /** How values are read, for the POST and every line of a batch. */
    static final String READING = "Values: null, \"\" or blank = absent; codes (kind, needTypes, outcomes, ...) in any letter case, "
            + "surrounding spaces ignored; ncy and booleans may be strings (\"7\", \"true\"), ncy also R (0), N2 (-1), N1 (-2); a list as an array "
            + "or one string separated by ; | or ,. Dates are YYYY-MM-DD only: a timestamp (2025-03-01T00:00:00Z) or 01/03/2025 is refused "
            + "saying why. Property names are case-sensitive (a mis-cased one is refused naming the right one). Refusals are problem+json "
            + "whose errors[] name the property (a CSV column by the property its header names; a batch line's report adds its line number).";

    /** How a batch body is read. */
    static final String BATCH = "Content-Type application/x-ndjson (also application/jsonl, application/json-lines, application/x-jsonlines) "
            + "or text/csv, read as UTF-8 whatever the charset parameter; none or another is 415 naming these. A UTF-8 byte order mark, CRLF "
            + "line ends, blank lines and a last line without a newline are fine. NDJSON: one decision a line. CSV (RFC 4180 quoting): a "
            + "header naming the JSON properties in any order, letter case and spacing (Source ID, source_id, sourceId), sourceId, ehcpRef, "
            + "kind, decisionDate and ncy required; an empty cell is an absent field; list cells separated by ; | or , . Line numbers in "
            + "the report are the lines an editor shows (header = line 1, blank lines counted; a record whose quoted value spans lines "
            + "takes its last line).";

    private IntakeDocs() {
    }
}
