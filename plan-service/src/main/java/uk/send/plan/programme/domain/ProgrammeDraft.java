package uk.send.plan.programme.domain;

import java.util.List;

/** A programme to create (with the tasks it starts with), or the new state of its header (tasks ignored). */
public record ProgrammeDraft(String title, ProgrammeKind kind, String description, List<TaskDraft> tasks) {
}
