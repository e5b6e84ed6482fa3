package uk.send.funding.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.forum.domain.VoteThreshold;
import uk.send.funding.forum.domain.BlockTransferDraft;
import uk.send.funding.forum.domain.BudgetLine;
import uk.send.funding.forum.domain.Disapplication;
import uk.send.funding.forum.domain.DisapplicationOutcome;
import uk.send.funding.forum.domain.ForumDecision;
import uk.send.funding.forum.domain.ForumMeeting;
import uk.send.funding.forum.domain.ForumVote;
import uk.send.funding.forum.domain.MemberCategory;
import uk.send.funding.forum.domain.TopSliceBase;
import uk.send.funding.forum.domain.TopSliceDraft;
import uk.send.funding.forum.domain.TradedModel;
import uk.send.funding.forum.domain.VoteChoice;
import uk.send.funding.forum.domain.VotingRule;
import uk.send.funding.money.rest.FundingParams;
import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the top-slice, forum and block transfer endpoints accept; each maps itself to the domain at the edge. */
public final class ForumRequests {

    static final String YEAR = "\\d{4}-\\d{2}";
    static final String YEAR_MESSAGE = "a financial year looks like 2026-27";

    private ForumRequests() {
    }

    /** Budget shares and pupil numbers of settings for one financial year (JSON; the same as CSV columns urn,budget_share,pupils). */
    public record BudgetUpload(
            @NotNull @Size(min = 1, max = 30_000) @Schema(description = "One line per setting; at most 30,000") List<@NotNull @Valid BudgetLineRequest> lines) {

        public record BudgetLineRequest(
                @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") @Schema(example = "118234") String urn,
                @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(description = "The school's budget share for the year, £", example = "1250000.00")
                BigDecimal budgetShare,
                @Min(0) @Max(100_000) @Schema(description = "Pupils on roll counted for the year", example = "420") Integer pupils) {
        }

        List<BudgetLine> toDomain() {
            return lines.stream().map(l -> new BudgetLine(l.urn(), l.budgetShare(), l.pupils())).toList();
        }
    }

    /** A top-slice to propose, or the full new state of a proposal not yet voted on. */
    public record TopSliceRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Two outreach services 2026-27") String name,
            @NotBlank @Size(max = 2000) @Schema(description = "What it funds", example = "Autism and SEMH outreach teams for mainstream schools") String purpose,
            @NotBlank @Pattern(regexp = YEAR, message = YEAR_MESSAGE) @Schema(example = "2026-27") String financialYear,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) @Schema(description = "The sum needed, £", example = "450000.00")
            BigDecimal sumNeeded,
            @NotNull @Schema(example = "BUDGET_SHARE") TopSliceBase base,
            @Size(max = 10) @Schema(description = "Setting types in scope; default the mainstream schools (MAINSTREAM_PRIMARY, MAINSTREAM_SECONDARY, ALL_THROUGH)",
                    example = "[\"MAINSTREAM_PRIMARY\", \"MAINSTREAM_SECONDARY\"]") Set<@NotNull SettingType> settingTypes) {

        TopSliceDraft toDomain() {
            return new TopSliceDraft(name, purpose, FundingParams.financialYear("financialYear", financialYear), sumNeeded, base, settingTypes);
        }
    }

    /** One member's vote. */
    public record VoteRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "must be the LA's reference for the member (letters, digits, . _ / -), never a name or e-mail")
            @Schema(description = "The LA's reference for the member or seat, never a name", example = "PH-03") String member,
            @NotNull @Schema(example = "MAINTAINED_PRIMARY") MemberCategory category,
            @NotNull @Schema(example = "FOR") VoteChoice vote) {
    }

    /** A forum meeting's vote on a proposal: every member's vote, the meeting and its minute. */
    public record ForumVoteRequest(
            @NotNull @Schema(example = "2026-01-15") LocalDate meetingDate,
            @Size(max = 200) @Schema(description = "The minute that records the decision", example = "SF/2026/01 item 5") String minuteRef,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid VoteRequest> votes) {

        ForumMeeting toDomain() {
            return new ForumMeeting(meetingDate, minuteRef, votes.stream().map(v -> new ForumVote(v.member(), v.category(), v.vote(), false)).toList());
        }
    }

    /** Switch a failed top-slice to a traded or insurance model. */
    public record TradedRequest(
            @NotNull @Schema(example = "TRADED") TradedModel model,
            @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2)
            @Schema(description = "Price per school, £; default the sum needed shared equally among the schools in scope, rounded up to the penny",
                    example = "1500.00") BigDecimal pricePerSchool) {
    }

    /** An LA's voting rule for one kind of question. */
    public record VotingRuleRequest(
            @NotNull @Schema(example = "SIMPLE_MAJORITY") VoteThreshold threshold,
            @NotNull @Size(min = 1, max = 20) @Schema(example = "[\"MAINTAINED_PRIMARY\", \"ACADEMY_PRIMARY\"]") Set<@NotNull MemberCategory> voters,
            @Schema(description = "Only members of the phase(s) whose schools are affected vote", example = "true") boolean samePhaseOnly,
            @Min(1) @Max(1000) @Schema(description = "Total membership, for the two-fifths quorum; leave out not to check it", example = "20")
            Integer totalMembership) {

        VotingRule toDomain(ForumDecision decision) {
            return new VotingRule(decision, threshold, voters, samePhaseOnly, totalMembership, 0);
        }
    }

    /** A schools block to high needs block transfer to propose. */
    public record BlockTransferRequest(
            @NotBlank @Pattern(regexp = YEAR, message = YEAR_MESSAGE) @Schema(example = "2026-27") String financialYear,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) @Schema(example = "545000.00") BigDecimal amount,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) @Schema(description = "The schools block of the year's DSG, £",
                    example = "109000000.00") BigDecimal schoolsBlockTotal,
            @NotBlank @Size(max = 2000) @Schema(example = "High needs deficit recovery plan, year 2") String reason) {

        BlockTransferDraft toDomain() {
            return new BlockTransferDraft(FundingParams.financialYear("financialYear", financialYear), amount, schoolsBlockTotal, reason);
        }
    }

    /** The request to the Secretary of State and its outcome. */
    public record DisapplicationRequest(
            @NotNull @Schema(example = "2026-11-20") LocalDate requestedOn,
            @NotNull @Schema(example = "APPROVED") DisapplicationOutcome outcome,
            @Schema(description = "Required once decided", example = "2027-01-10") LocalDate decidedOn,
            @Size(max = 200) @Schema(example = "DfE-DIS-2027-0042") String reference) {

        Disapplication toDomain() {
            return new Disapplication(requestedOn, outcome, decidedOn, reference);
        }
    }
}
