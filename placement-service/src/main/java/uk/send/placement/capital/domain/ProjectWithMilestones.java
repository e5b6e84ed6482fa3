package uk.send.placement.capital.domain;

import java.util.List;

/** A capital project with its milestones, by due date. */
public record ProjectWithMilestones(CapitalProject project, List<Milestone> milestones) {
}
