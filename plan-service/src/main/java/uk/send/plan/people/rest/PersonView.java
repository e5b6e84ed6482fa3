package uk.send.plan.people.rest;

import java.util.UUID;

/** A lead officer; {@code leadId} is what items carry as their lead officer's id. */
public record PersonView(UUID id, String initials, String name, String title, String email, String login, String leadId, long version) {
}
