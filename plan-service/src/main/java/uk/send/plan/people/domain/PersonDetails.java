package uk.send.plan.people.domain;

import java.util.UUID;

/** A lead officer; {@code leadId} is what items carry as their lead officer's id, {@code version} the optimistic-lock version. */
public record PersonDetails(UUID id, String initials, String name, String title, String email, String login, String leadId, long version) {
}
