package uk.send.plan.governance.service;

import uk.send.plan.governance.domain.GroupFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.governance.domain.Group;
import uk.send.plan.governance.domain.GroupDraft;
import uk.send.plan.governance.domain.GroupHeader;
import uk.send.plan.governance.domain.Meeting;
import uk.send.plan.governance.domain.MeetingDraft;
import uk.send.plan.governance.domain.Seat;
import uk.send.plan.governance.entity.GovernanceGroup;
import uk.send.plan.governance.entity.GroupMeeting;
import uk.send.plan.governance.entity.GroupMember;
import uk.send.plan.governance.repository.GovernanceGroupRepository;
import uk.send.plan.governance.repository.GroupMeetingRepository;
import uk.send.plan.programme.repository.ProgrammeRepository;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Governance groups (steering, working, reference), their remit and members, and the meetings they hold. */
@ApplicationScoped
public class GovernanceService {

    /** The remit's bullets are stored one a line. */
    private static final String REMIT_SEPARATOR = "\n";

    private final GovernanceGroupRepository groups;
    private final GroupMeetingRepository meetings;
    private final ProgrammeRepository programmes;
    private final Clock clock;

    public GovernanceService(GovernanceGroupRepository groups, GroupMeetingRepository meetings, ProgrammeRepository programmes, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Transactional
    public Group create(String tenant, GroupDraft request, PageRequest meetingsPage) {
        requireProgramme(tenant, request.programmeId());
        Instant now = clock.instant();
        GovernanceGroup g = new GovernanceGroup();
        g.id = UUID.randomUUID();
        g.tenant = tenant;
        g.createdAt = now;
        apply(g, request, now);
        groups.persist(g);
        groups.flush();
        return view(g, meetingsPage);
    }

    public Slice<GroupHeader> list(String tenant, GroupFilter filter, PageRequest page) {
        return Slices.of(groups.query(tenant, filter), page, GovernanceService::summary);
    }

    public Optional<Group> find(String tenant, UUID id, PageRequest meetingsPage) {
        return groups.findInTenant(tenant, id).map(g -> view(g, meetingsPage));
    }

    @Transactional
    public Optional<Group> update(String tenant, UUID id, VersionCheck version, GroupDraft request, PageRequest meetingsPage) {
        return groups.findInTenant(tenant, id).map(g -> {
            version.require(g.version);
            requireProgramme(tenant, request.programmeId());
            apply(g, request, clock.instant());
            groups.flush();
            return view(g, meetingsPage);
        });
    }

    /** Empty if the group is not this LA's. */
    @Transactional
    public Optional<Meeting> addMeeting(String tenant, UUID groupId, MeetingDraft request) {
        return groups.findInTenant(tenant, groupId).map(g -> {
            GroupMeeting m = new GroupMeeting();
            m.id = UUID.randomUUID();
            m.groupId = g.id;
            m.heldOn = request.heldOn();
            m.title = request.title().trim();
            m.notes = request.notes();
            m.createdAt = clock.instant();
            meetings.persist(m);
            return view(m);
        });
    }

    /** Empty if the group is not this LA's. */
    public Optional<Slice<Meeting>> meetings(String tenant, UUID groupId, PageRequest page) {
        return groups.findInTenant(tenant, groupId).map(g -> meetingsOf(g, page));
    }

    public Optional<Meeting> findMeeting(String tenant, UUID groupId, UUID meetingId) {
        return groups.findInTenant(tenant, groupId).flatMap(g -> meetings.findOf(g.id, meetingId)).map(GovernanceService::view);
    }

    /** A group may name a programme of its own LA only (another LA's is as unknown as a made-up id). */
    private void requireProgramme(String tenant, UUID programmeId) {
        if (programmeId != null && programmes.findInTenant(tenant, programmeId).isEmpty()) {
            throw new BusinessRuleBroken("unknown-programme", "Unknown programme", "Programme " + programmeId + " does not exist");
        }
    }

    /** Sets the group's state; members are updated in place by position, extra ones added, missing ones removed. */
    private static void apply(GovernanceGroup g, GroupDraft request, Instant now) {
        g.programmeId = request.programmeId();
        g.kind = request.kind();
        g.name = request.name().trim();
        g.dimensionOfNeed = blankToNull(request.dimensionOfNeed());
        g.remit = request.remit() == null || request.remit().isEmpty() ? null
                : String.join(REMIT_SEPARATOR, request.remit().stream().map(String::trim).toList());
        g.chair = blankToNull(request.chair());
        List<Seat> wanted = request.members() == null ? List.of() : request.members();
        for (int i = 0; i < wanted.size(); i++) {
            GroupMember m;
            if (i < g.members.size()) {
                m = g.members.get(i);
            } else {
                m = new GroupMember();
                m.id = UUID.randomUUID();
                m.group = g;
                g.members.add(m);
            }
            Seat w = wanted.get(i);
            m.name = blankToNull(w.name());
            m.role = w.role().trim();
            m.organisation = blankToNull(w.organisation());
            m.position = i;
        }
        while (g.members.size() > wanted.size()) {
            g.members.remove(g.members.size() - 1);
        }
        g.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Slice<Meeting> meetingsOf(GovernanceGroup g, PageRequest page) {
        return Slices.of(meetings.newestFirst(g.id), page, GovernanceService::view);
    }

    private Group view(GovernanceGroup g, PageRequest meetingsPage) {
        List<String> remit = g.remit == null ? List.of() : Arrays.asList(g.remit.split(REMIT_SEPARATOR));
        List<Seat> members = g.members.stream().map(m -> new Seat(m.name, m.role, m.organisation)).toList();
        return new Group(g.id, g.programmeId, g.kind, g.name, g.dimensionOfNeed, remit, g.chair, members,
                meetingsOf(g, meetingsPage), g.createdAt, g.updatedAt, g.version);
    }

    private static GroupHeader summary(GovernanceGroup g) {
        return new GroupHeader(g.id, g.programmeId, g.kind, g.name, g.dimensionOfNeed, g.chair, g.members.size(), g.updatedAt, g.version);
    }

    private static Meeting view(GroupMeeting m) {
        return new Meeting(m.id, m.groupId, m.heldOn, m.title, m.notes, m.createdAt);
    }
}
