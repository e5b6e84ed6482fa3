package uk.send.funding.topup.domain;

import uk.send.funding.money.domain.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where an EHCP is placed and with which band, day by day, rebuilt from its changes in effective-date order
 * (never arrival order: the CMS sends late). Every day belongs to at most one setting, so top-up priced
 * from these segments is never paid twice and, at a move, the day of the move goes to the new setting.
 *
 * <p>A band upheld on appeal replaces the band the school appealed from the backdate the panel set: a band recorded
 * before the appeal and taking effect between that backdate and the hearing is overturned, so a backdate earlier than
 * the appealed band's own start does not let the appealed band take over again from that start. A band taking effect
 * after the hearing (the next review's) still applies from its date.
 */
public final class EhcpTimeline {

    private final List<PlanChange> placements;
    private final List<PlanChange> bands;

    /** Effective date, then the order the decisions were logged in. */
    private static final Comparator<PlanChange> ORDER = (a, b) -> {
        int byDate = a.effective().compareTo(b.effective());
        return byDate != 0 ? byDate : Long.compare(a.sequence(), b.sequence());
    };

    public EhcpTimeline(List<PlanChange> changes) {
        // Plain loops and one sort each: the impact model builds one of these per EHCP of a whole country, and stream
        // pipelines with composed comparators were a fifth of its time without the C2 compiler.
        List<PlanChange> placed = new ArrayList<>(changes.size());
        List<PlanChange> banded = new ArrayList<>(2);
        for (PlanChange c : changes) {
            (c.kind() == PlanChange.Kind.BAND ? banded : placed).add(c);
        }
        placed.sort(ORDER);
        banded.sort(ORDER);
        this.placements = placed;
        this.bands = withoutOverturned(banded);
    }

    private static List<PlanChange> withoutOverturned(List<PlanChange> bands) {
        boolean appealed = false;
        for (PlanChange c : bands) {
            appealed |= c.overridesThrough() != null;
        }
        if (!appealed) {
            return bands;
        }
        List<PlanChange> kept = new ArrayList<>(bands.size());
        for (PlanChange c : bands) {
            boolean overturned = false;
            for (PlanChange appeal : bands) {
                overturned |= c.overturnedBy(appeal);
            }
            if (!overturned) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** The setting on {@code day}, or null if not placed (before the first placement or after a cease). */
    public String settingOn(LocalDate day) {
        String urn = null;
        for (PlanChange c : placements) {
            if (c.effective().isAfter(day)) {
                break;
            }
            urn = c.kind() == PlanChange.Kind.PLACED ? c.settingUrn() : null;
        }
        return urn;
    }

    public String bandOn(LocalDate day) {
        PlanChange c = bandChangeOn(day);
        return c == null ? null : c.bandCode();
    }

    /** The band change in force on {@code day} (the latest that applies), or null if no band applies yet. */
    public PlanChange bandChangeOn(LocalDate day) {
        PlanChange found = null;
        for (PlanChange c : bands) {
            if (c.effective().isAfter(day)) {
                break;
            }
            found = c;
        }
        return found;
    }

    /** The placed days within {@code window}, cut wherever the setting or the band changes. */
    public List<Segment> segments(DateRange window) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(window.from());
        for (PlanChange c : placements) {
            if (window.contains(c.effective())) {
                cuts.add(c.effective());
            }
        }
        for (PlanChange c : bands) {
            if (window.contains(c.effective())) {
                cuts.add(c.effective());
            }
        }
        List<Segment> segments = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>(cuts);
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : window.to();
            String urn = settingOn(from);
            if (urn == null) {
                continue;
            }
            String band = bandOn(from);
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && last.settingUrn().equals(urn) && Objects.equals(last.bandCode(), band)
                    && last.days().to().plusDays(1).equals(from)) {
                segments.set(segments.size() - 1, new Segment(urn, band, new DateRange(last.days().from(), to)));
            } else {
                segments.add(new Segment(urn, band, new DateRange(from, to)));
            }
        }
        return segments;
    }

    /** The latest change that applies within {@code window}, for explaining a recomputation. */
    public List<PlanChange> changes() {
        List<PlanChange> all = new ArrayList<>(placements);
        all.addAll(bands);
        return all;
    }
}
