package uk.send.funding.ehcp.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;
import uk.send.platform.events.EhcpDecisionRecorded.TribunalOrder;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/ehcp-decisions} and one line of a batch, as documented in the OpenAPI document.
 * The intake reads it strictly with {@code DecisionParser} (every problem reported, unknown properties refused);
 * this record is its schema. Pseudonymous: no name, birth date or address is ever accepted.
 */
@Schema(name = "EhcpDecisionRequest", description = "One decision about one EHC plan, as the LA's case management system recorded it. "
        + "Fields that do not apply to the kind must be left out. Unknown properties are refused.")
public record EhcpDecisionRequest(
        @Schema(required = true, maxLength = 100, example = "CAP1-DEC-000123", description = "The CMS's own decision id, unique in the LA: a resend with the same id is answered with the original")
        String sourceId,
        @Schema(required = true, maxLength = 64, example = "EHCP-2025-00042", description = "The LA's pseudonymous EHCP reference (never a name)")
        String ehcpRef,
        @Schema(required = true) EhcpDecisionKind kind,
        @Schema(required = true, example = "2025-03-03", description = "The day the decision was made or the step happened; not before 2014-09-01, not after tomorrow")
        LocalDate decisionDate,
        @Schema(required = true, minimum = "-4", maximum = "21", example = "4", description = "National curriculum year at the decision, standing in for age")
        Integer ncy,
        @Schema(maxLength = 64, example = "jsmith", description = "The case officer's login id; never a name or e-mail address") String caseOfficerId,
        @Schema(description = "ASSESSMENT_REQUESTED only: a re-assessment of an existing plan (14 weeks); default false") Boolean reassessment,
        @Schema(description = "FINAL_PLAN_ISSUED (required), AMENDED_PLAN_ISSUED, TRANSFER_IN: the named settings, 6-digit URN or 8-digit UKPRN, main setting first", example = "[\"118234\"]")
        List<String> settingUrns,
        @Schema(description = "FINAL_PLAN_ISSUED (required), AMENDED_PLAN_ISSUED, TRANSFER_IN: SEN2 need type codes ranked, primary first: SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, DS, OTH, NSA", example = "[\"ASD\", \"SLCN\"]")
        List<String> needTypes,
        @Schema(maxLength = 20, example = "B3", description = "FINAL_PLAN_ISSUED, AMENDED_PLAN_ISSUED, TRANSFER_IN: the band requested or agreed") String bandCode,
        @Schema(example = "2025-04-22", description = "FINAL_PLAN_ISSUED: placement start; AMENDED_PLAN_ISSUED: the change takes effect; TRANSFER_IN: the plan transferred (all required); REVIEW_DECISION with CEASE (optional): the first day the plan is no longer maintained, not before decisionDate (default decisionDate): top-up stops and the placement ends the day before")
        LocalDate effectiveDate,
        @Schema(description = "REVIEW_DECISION (required)") ReviewOutcome reviewOutcome,
        @Schema(example = "3", description = "REVIEW_DECISION with CEASE (required): the SEN2 cease reason code, 1 to 9") String ceaseReason,
        @Schema(description = "EXCEPTION_APPLIED / EXCEPTION_ENDED (required): the Reg 10(4) exception") ExceptionReason exceptionReason,
        @Schema(description = "REFUSED_TO_ASSESS / DECIDED_NOT_TO_ISSUE: always true today; default true") Boolean refusalAppealable,
        @Schema(description = "TRIBUNAL_ORDER (required): what the LA must do") TribunalOrder tribunalOrder,
        @Schema(example = "E10000016", description = "TRANSFER_IN (required): the LA the plan came from") String fromLa,
        @Schema(example = "CAP1-DEC-000120", description = "CORRECTION (required): the sourceId of the decision of the same EHCP it replaces") String supersedesSourceId,
        @Schema(description = "CORRECTION (required): the kind of the corrected decision; its fields follow that kind's rules") EhcpDecisionKind correctedKind) {
}
