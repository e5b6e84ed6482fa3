package uk.send.plan.item.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.deadline.domain.DeadlineKind;
import uk.send.plan.deadline.domain.DeadlineParser;
import uk.send.plan.deadline.domain.DueDate;
import uk.send.plan.item.domain.DeadlineDraft;
import uk.send.plan.item.entity.ItemDeadline;
import uk.send.plan.item.entity.PlanItem;
import uk.send.platform.domain.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Turns deadlines as LAs write them into an item's deadlines, and meets them (recurring ones roll forward). */
@ApplicationScoped
public class DeadlineTexts {

    private final DeadlineParser parser = new DeadlineParser();

    /** Replaces an item's deadlines with the given ones; an unreadable text is a 400 naming the field. */
    public void replace(PlanItem item, List<DeadlineDraft> inputs, LocalDate today, Instant now) {
        List<ItemDeadline> wanted = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            DeadlineDraft in = inputs.get(i);
            String field = "deadlines[" + i + "]";
            if (in.text() != null && !in.text().isBlank()) {
                DeadlineParser.ParseResult result = parser.parse(in.text(), today);
                if (result.hasProblems() || result.dates().isEmpty()) {
                    throw new InvalidInput(field + ".text", result.problems().isEmpty()
                            ? "could not read '" + in.text() + "' as a date" : String.join("; ", result.problems()));
                }
                result.dates().forEach(d -> wanted.add(toDeadline(d, today)));
            } else if (in.date() != null) {
                ItemDeadline d = new ItemDeadline();
                d.kind = DeadlineKind.DAY;
                d.dueDate = in.date();
                wanted.add(d);
            } else {
                throw new InvalidInput(field, "give the deadline as text (e.g. \"SEPT 2022\") or as a date");
            }
        }
        setAll(item, wanted, now);
    }

    /** Reads a deadline cell of an imported plan; problems are collected, not thrown. */
    public List<ItemDeadline> read(String text, LocalDate today, List<String> problems) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        DeadlineParser.ParseResult result = parser.parse(text, today);
        problems.addAll(result.problems());
        return result.dates().stream().map(d -> toDeadline(d, today)).toList();
    }

    /** Whether {@link #setAll} with these deadlines would keep the item's stored ones. */
    public boolean unchanged(PlanItem item, List<ItemDeadline> wanted) {
        return sameAs(item.deadlines, wanted);
    }

    /** Sets an item's deadlines, keeping the stored ones when nothing changed (their met state and ids stay). */
    public void setAll(PlanItem item, List<ItemDeadline> wanted, Instant now) {
        if (sameAs(item.deadlines, wanted)) {
            return;
        }
        item.deadlines.clear();
        for (int i = 0; i < wanted.size(); i++) {
            ItemDeadline d = wanted.get(i);
            d.id = UUID.randomUUID();
            d.tenant = item.tenant;
            d.item = item;
            d.position = i;
            d.createdAt = now;
            d.updatedAt = now;
            item.deadlines.add(d);
        }
    }

    /** A one-off deadline is closed; a recurring one moves to its next occurrence. */
    public void meet(ItemDeadline d, LocalDate today, Instant now) {
        if (d.kind == DeadlineKind.RECURRING) {
            DueDate.Recurring r = new DueDate.Recurring(java.time.Month.of(d.recurrenceMonth), d.recurrenceDay, d.text);
            d.dueDate = r.nextAfterMet(d.dueDate);
        } else {
            d.metOn = today;
        }
        d.updatedAt = now;
    }

    private static ItemDeadline toDeadline(DueDate due, LocalDate today) {
        ItemDeadline d = new ItemDeadline();
        d.text = due.text();
        if (due instanceof DueDate.OnDay day) {
            d.kind = DeadlineKind.DAY;
            d.dueDate = day.date();
        } else if (due instanceof DueDate.InMonth month) {
            d.kind = DeadlineKind.MONTH;
            d.dueDate = month.due();
        } else if (due instanceof DueDate.Window window) {
            d.kind = DeadlineKind.WINDOW;
            d.windowStart = window.start();
            d.dueDate = window.end();
        } else if (due instanceof DueDate.Recurring recurring) {
            d.kind = DeadlineKind.RECURRING;
            d.recurrenceMonth = recurring.month().getValue();
            d.recurrenceDay = recurring.day();
            d.dueDate = recurring.nextOn(today);
        }
        return d;
    }

    private static boolean sameAs(List<ItemDeadline> stored, List<ItemDeadline> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            ItemDeadline a = stored.get(i);
            ItemDeadline b = wanted.get(i);
            boolean same = a.kind == b.kind && Objects.equals(a.windowStart, b.windowStart) && Objects.equals(a.recurrenceMonth, b.recurrenceMonth)
                    && Objects.equals(a.recurrenceDay, b.recurrenceDay) && Objects.equals(a.text, b.text)
                    // a recurring deadline that rolled forward is still the same deadline
                    && (a.kind == DeadlineKind.RECURRING || Objects.equals(a.dueDate, b.dueDate));
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
