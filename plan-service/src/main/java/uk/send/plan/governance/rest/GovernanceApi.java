package uk.send.plan.governance.rest;

import uk.send.plan.governance.domain.Group;
import uk.send.plan.governance.domain.GroupDraft;
import uk.send.plan.governance.domain.GroupHeader;
import uk.send.plan.governance.domain.Meeting;
import uk.send.plan.governance.domain.MeetingDraft;
import uk.send.plan.governance.domain.Seat;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;

/** The governance API's records to and from the domain, at the edge. */
public final class GovernanceApi {

    private GovernanceApi() {
    }

    public static GroupDraft draft(GroupRequest r) {
        return new GroupDraft(r.programmeId(), r.kind(), r.name(), r.dimensionOfNeed(), r.remit(), r.chair(),
                r.members() == null ? null : r.members().stream().map(m -> new Seat(m.name(), m.role(), m.organisation())).toList());
    }

    public static MeetingDraft draft(MeetingRequest r) {
        return new MeetingDraft(r.heldOn(), r.title(), r.notes());
    }

    /** The group with the page of its meetings that {@code meetings} asked for. */
    public static GroupView view(Group g, PageParams meetings) {
        return new GroupView(g.id(), g.programmeId(), g.kind(), g.name(), g.dimensionOfNeed(), g.remit(), g.chair(),
                g.members().stream().map(s -> new Member(s.name(), s.role(), s.organisation())).toList(),
                Paging.page(g.meetings(), meetings, GovernanceApi::view), g.createdAt(), g.updatedAt(), g.version());
    }

    public static GroupSummary summary(GroupHeader g) {
        return new GroupSummary(g.id(), g.programmeId(), g.kind(), g.name(), g.dimensionOfNeed(), g.chair(), g.memberCount(),
                g.updatedAt(), g.version());
    }

    public static MeetingView view(Meeting m) {
        return new MeetingView(m.id(), m.groupId(), m.heldOn(), m.title(), m.notes(), m.createdAt());
    }
}
