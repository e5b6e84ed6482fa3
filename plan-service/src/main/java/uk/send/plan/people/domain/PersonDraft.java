package uk.send.plan.people.domain;

/** A lead officer as a plan's key of initials names them: to create, or the new state of one. */
public record PersonDraft(String initials, String name, String title, String email, String login) {
}
