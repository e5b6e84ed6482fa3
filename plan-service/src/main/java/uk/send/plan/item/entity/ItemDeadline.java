package uk.send.plan.item.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.send.plan.deadline.domain.DeadlineKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One deadline of an item, kept as the LA wrote it ({@code text}) and as the date reminders count to ({@code dueDate}). */
@Entity
@Table(name = "item_deadline")
public class ItemDeadline {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    public PlanItem item;
    @Column(nullable = false)
    public int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineKind kind;
    /** The day it is due: the day itself, a month's or window's last day, or a recurring deadline's next occurrence. */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Column(name = "window_start")
    public LocalDate windowStart;
    @Column(name = "recurrence_month")
    public Integer recurrenceMonth;
    @Column(name = "recurrence_day")
    public Integer recurrenceDay;
    /** The deadline as written in the plan, e.g. "SEPT 2022" or "EVERY JANUARY". */
    public String text;
    /** When a one-off deadline was met; recurring ones roll forward instead. */
    @Column(name = "met_on")
    public LocalDate metOn;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
