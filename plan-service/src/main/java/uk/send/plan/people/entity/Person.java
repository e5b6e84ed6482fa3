package uk.send.plan.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A lead officer of the LA, known in plans by initials. */
@Entity
public class Person {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @Column(nullable = false)
    public String initials;
    @Column(nullable = false)
    public String name;
    public String title;
    public String email;
    /** Their login name, where reminders go; until it is known, their email address. */
    public String login;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** The id items carry as lead officer: the login, else the email, else the initials. */
    public String leadId() {
        return login != null ? login : email != null ? email : initials;
    }
}
