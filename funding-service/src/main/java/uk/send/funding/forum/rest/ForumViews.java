package uk.send.funding.forum.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.forum.domain.BlockTransfer;
import uk.send.funding.forum.domain.BlockTransferLimit;
import uk.send.funding.forum.domain.Deduction;
import uk.send.funding.forum.domain.ForumVote;
import uk.send.funding.forum.domain.SettingBudget;
import uk.send.funding.forum.domain.Tally;
import uk.send.funding.forum.domain.TopSlice;
import uk.send.funding.forum.domain.VotingRule;
import uk.send.platform.openapi.PageSchema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the top-slice, forum and block transfer endpoints answer. */
public final class ForumViews {

    private ForumViews() {
    }

    public record SettingBudgetView(@Schema(example = "118234") String urn, @Schema(example = "Oak Acre Primary School") String name,
                                    @Schema(example = "MAINSTREAM_PRIMARY") String settingType, @Schema(example = "true") boolean active,
                                    @Schema(example = "1250000.00") BigDecimal budgetShare, @Schema(example = "420") Integer pupils,
                                    @Schema(example = "finance@demo.gov.uk") String updatedBy, @Schema(example = "2026-01-12T09:30:00Z") Instant updatedAt) {
        static SettingBudgetView of(SettingBudget b) {
            return new SettingBudgetView(b.urn(), b.name(), b.type().name(), b.active(), b.budgetShare(), b.pupils(), b.updatedBy(), b.updatedAt());
        }
    }

    public record BudgetUploadView(@Schema(example = "2026-27") String financialYear, @Schema(example = "412") int settingsWritten) {
    }

    /** The forum's count, once it has voted. */
    public record TallyView(@Schema(example = "9") int votesFor, @Schema(example = "4") int votesAgainst, @Schema(example = "1") int abstentions,
                            @Schema(description = "Votes recorded from members the LA's rule does not let vote on this question", example = "3") int notEligible,
                            @Schema(example = "true") boolean quorate) {
        static TallyView of(Tally t) {
            return t == null ? null : new TallyView(t.votesFor(), t.votesAgainst(), t.abstentions(), t.notEligible(), t.quorate());
        }
    }

    public record TopSliceView(@Schema(example = "7b0e4b1c-3f0a-4d6e-9d2a-5c1f0e9b8a77") UUID id, @Schema(example = "Two outreach services 2026-27") String name,
                               @Schema(example = "Autism and SEMH outreach teams for mainstream schools") String purpose,
                               @Schema(example = "2026-27") String financialYear, @Schema(example = "450000.00") BigDecimal sumNeeded,
                               @Schema(example = "BUDGET_SHARE") String base, List<String> settingTypes,
                               @Schema(description = "Schools it deducts from", example = "412") int settings,
                               @Schema(description = "Schools in scope with no base recorded for the year (left out)", example = "0") int settingsWithoutBase,
                               @Schema(example = "PROPOSED") String status, @Schema(example = "2026-01-15") LocalDate meetingDate,
                               @Schema(example = "SF/2026/01 item 5") String minuteRef, TallyView tally,
                               @Schema(example = "SIMPLE_MAJORITY") String threshold, @Schema(example = "TRADED") String tradedModel,
                               @Schema(example = "1092.24") BigDecimal pricePerSchool, @Schema(example = "finance@demo.gov.uk") String createdBy,
                               @Schema(example = "2026-01-05T09:00:00Z") Instant createdAt, @Schema(example = "2026-01-05T09:00:00Z") Instant updatedAt,
                               @Schema(example = "0") long version) {
        static TopSliceView of(TopSlice s) {
            return new TopSliceView(s.id(), s.name(), s.purpose(), s.financialYear().label(), s.sumNeeded(), s.base().name(),
                    s.settingTypes().stream().map(Enum::name).toList(), s.settings(), s.settingsWithoutBase(), s.status().name(), s.meetingDate(),
                    s.minuteRef(), TallyView.of(s.tally()), s.threshold() == null ? null : s.threshold().name(),
                    s.tradedModel() == null ? null : s.tradedModel().name(), s.pricePerSchool(), s.createdBy(), s.createdAt(), s.updatedAt(), s.version());
        }
    }

    public record DeductionView(@Schema(example = "118234") String urn, @Schema(example = "MAINSTREAM_PRIMARY") String settingType,
                                @Schema(description = "The school's base: budget share (£) or pupils", example = "1250000.00") BigDecimal baseValue,
                                @Schema(example = "1250000.00") BigDecimal budgetShare, @Schema(description = "£, to the penny", example = "4017.86") BigDecimal deduction,
                                @Schema(description = "Deduction as % of the budget share, 3 places", example = "0.321") BigDecimal percentOfBudget) {
        static DeductionView of(Deduction d) {
            return new DeductionView(d.urn(), d.type().name(), d.baseValue(), d.budgetShare(), d.deduction(), d.percentOfBudget());
        }

        static final List<String> HEADER = List.of("urn", "setting_type", "base_value", "budget_share", "deduction", "percent_of_budget");

        List<Object> cells() {
            return Arrays.asList(urn, settingType, baseValue, budgetShare, deduction, percentOfBudget);
        }
    }

    public record VoteView(@Schema(example = "PH-03") String member, @Schema(example = "MAINTAINED_PRIMARY") String category,
                           @Schema(example = "FOR") String vote, @Schema(description = "Whether the LA's rule counted it", example = "true") boolean counted) {
        static VoteView of(ForumVote v) {
            return new VoteView(v.member(), v.category().name(), v.choice().name(), v.counted());
        }
    }

    public record TopSliceVotedView(TopSliceView topSlice, List<VoteView> votes) {
    }

    public record VotingRuleView(@Schema(example = "TOP_SLICE") String decision, @Schema(example = "SIMPLE_MAJORITY") String threshold,
                                 Set<String> voters, @Schema(example = "true") boolean samePhaseOnly,
                                 @Schema(example = "20") Integer totalMembership, @Schema(description = "0 while the LA uses the default", example = "0") long version) {
        static VotingRuleView of(VotingRule r) {
            return new VotingRuleView(r.decision().name(), r.threshold().name(), r.voters().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), r.samePhaseOnly(), r.totalMembership(), r.version());
        }
    }

    public record DisapplicationView(@Schema(example = "2026-11-20") LocalDate requestedOn, @Schema(example = "APPROVED") String outcome,
                                     @Schema(example = "2027-01-10") LocalDate decidedOn, @Schema(example = "DfE-DIS-2027-0042") String reference) {
    }

    public record BlockTransferView(@Schema(example = "2c7d4f10-8e5b-4a3c-9f61-7d2e1b0a9c55") UUID id, @Schema(example = "2026-27") String financialYear,
                                    @Schema(example = "654000.00") BigDecimal amount, @Schema(example = "109000000.00") BigDecimal schoolsBlockTotal,
                                    @Schema(description = "Amount as % of the schools block, 4 places", example = "0.6000") BigDecimal percent,
                                    @Schema(description = "0.5% of the schools block, £: the most the forum alone can agree", example = "545000.00") BigDecimal limit,
                                    @Schema(example = "0.50") BigDecimal limitPercent,
                                    @Schema(description = "Over 0.5%: needs the Secretary of State's disapplication", example = "true") boolean needsDisapplication,
                                    @Schema(example = "AWAITING_DISAPPLICATION") String status, @Schema(example = "High needs deficit recovery plan, year 2") String reason,
                                    @Schema(example = "true") Boolean forumSupported, @Schema(example = "2026-11-12") LocalDate meetingDate,
                                    @Schema(example = "SF/2026/11 item 3") String minuteRef, TallyView tally, DisapplicationView disapplication,
                                    @Schema(example = "2027-01-10") LocalDate agreedOn, @Schema(example = "finance@demo.gov.uk") String createdBy,
                                    @Schema(example = "2026-11-01T09:00:00Z") Instant createdAt, @Schema(example = "2026-11-01T09:00:00Z") Instant updatedAt,
                                    @Schema(example = "0") long version) {
        static BlockTransferView of(BlockTransfer t) {
            DisapplicationView d = t.disapplicationRequestedOn() == null ? null : new DisapplicationView(t.disapplicationRequestedOn(),
                    t.disapplicationOutcome().name(), t.disapplicationDecidedOn(), t.disapplicationRef());
            return new BlockTransferView(t.id(), t.financialYear().label(), t.amount(), t.schoolsBlockTotal(), t.percent(), t.limit(),
                    BlockTransferLimit.PERCENT, t.needsDisapplication(), t.status().name(), t.reason(), t.forumSupported(), t.meetingDate(),
                    t.minuteRef(), TallyView.of(t.tally()), d, t.agreedOn(), t.createdBy(), t.createdAt(), t.updatedAt(), t.version());
        }
    }

    public record BlockTransferVotedView(BlockTransferView transfer, List<VoteView> votes) {
    }

    @Schema(name = "SettingBudgetPage", description = "One page of settings' budgets for a financial year")
    static final class SettingBudgetPage extends PageSchema<SettingBudgetView> {
    }

    @Schema(name = "TopSlicePage", description = "One page of top-slice proposals")
    static final class TopSlicePage extends PageSchema<TopSliceView> {
    }

    @Schema(name = "DeductionPage", description = "One page of a top-slice's deductions, largest first")
    static final class DeductionPage extends PageSchema<DeductionView> {
    }

    @Schema(name = "ForumVotePage", description = "One page of the votes recorded on a proposal")
    static final class VotePage extends PageSchema<VoteView> {
    }

    @Schema(name = "BlockTransferPage", description = "One page of block transfers")
    static final class BlockTransferPage extends PageSchema<BlockTransferView> {
    }
}
