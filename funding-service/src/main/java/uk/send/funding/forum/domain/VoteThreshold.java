package uk.send.funding.forum.domain;

/** When a proposal carries under a {@link VotingRule}, counting eligible members' votes only. */
public enum VoteThreshold {
    /** More votes for than against; abstentions do not count either way. */
    SIMPLE_MAJORITY,
    /** More than half of the eligible members whose votes are recorded, abstentions included, voted for. */
    MAJORITY_OF_MEMBERS_VOTING,
    /** At least two thirds of the votes for or against were for. */
    TWO_THIRDS
}
