package uk.send.funding.forum.domain;

import java.time.LocalDate;
import java.util.List;

/** A schools forum meeting's vote on one proposal: when, the minute that records it, and every member's vote. */
public record ForumMeeting(LocalDate meetingDate, String minuteRef, List<ForumVote> votes) {
}
