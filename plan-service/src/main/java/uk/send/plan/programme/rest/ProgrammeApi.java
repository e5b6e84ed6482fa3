package uk.send.plan.programme.rest;

import uk.send.plan.item.rest.ItemApi;
import uk.send.plan.programme.domain.ProgrammeDraft;
import uk.send.plan.programme.domain.ProgrammeSummary;
import uk.send.plan.programme.domain.Task;
import uk.send.plan.programme.domain.TaskDraft;

/** The programme API's records to and from the domain, at the edge. */
public final class ProgrammeApi {

    private ProgrammeApi() {
    }

    public static ProgrammeDraft draft(ProgrammeRequest r) {
        return new ProgrammeDraft(r.title(), r.kind(), r.description(),
                r.tasks() == null ? null : r.tasks().stream().map(ProgrammeApi::draft).toList());
    }

    public static TaskDraft draft(TaskRequest r) {
        return new TaskDraft(r.title(), ItemApi.lead(r.leadOfficer()), r.dueDate(), r.status());
    }

    public static ProgrammeView view(ProgrammeSummary p) {
        return new ProgrammeView(p.id(), p.title(), p.kind(), p.description(), p.taskCount(), p.createdAt(), p.updatedAt(), p.version());
    }

    public static TaskView view(Task t) {
        return new TaskView(t.id(), t.programmeId(), t.title(), ItemApi.leadOfficer(t.lead()), t.dueDate(), t.status(), t.updatedAt(), t.version());
    }
}
