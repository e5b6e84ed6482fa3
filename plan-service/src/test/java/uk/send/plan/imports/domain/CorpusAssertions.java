package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import uk.send.plan.imports.domain.PlanCorpus.Deliverable;
import uk.send.plan.imports.domain.PlanCorpus.Person;
import uk.send.plan.imports.domain.PlanCorpus.Task;
import uk.send.plan.text.Homoglyphs;

/** Nothing lost and nothing invented: a read plan compared line by line with its corpus model. */
final class CorpusAssertions {

    private CorpusAssertions() {
    }

    /** Tasks, refs, titles, deliverables, items, deadlines and leads exactly as the model; the key's people exactly, initials made Latin. */
    static void assertExactTree(ImportedPlan plan, List<Task> expected, List<Person> key) {
        List<String> actual = new ArrayList<>();
        for (ImportedTask t : plan.tasks()) {
            actual.add("task " + t.ref() + " | " + t.title());
            for (ImportedDeliverable d : t.deliverables()) {
                actual.add("  deliverable " + d.title() + " | " + d.deadlineText() + " | " + d.leadText());
                d.actions().forEach(a -> actual.add("    action " + a.text() + " | " + a.deadlineText() + " | " + a.leadText()));
                d.criteria().forEach(c -> actual.add("    criterion " + c.text() + " | " + c.deadlineText() + " | " + c.leadText()));
            }
        }
        assertThat(actual).containsExactlyElementsOf(expectedLines(expected));
        assertThat(plan.people()).extracting(p -> p.initials() + " | " + p.name() + " | " + p.title())
                .containsExactlyElementsOf(key.stream().map(p -> Homoglyphs.toLatin(p.initials()) + " | " + p.name() + " | " + p.title()).toList());
    }

    /**
     * The model's lines: each deliverable's deadline and lead, with its items' own null. Where a deliverable's
     * deadline holds one date per action (two or more), each action carries its date, as the readers tie them.
     */
    private static List<String> expectedLines(List<Task> expected) {
        List<String> wanted = new ArrayList<>();
        for (Task t : expected) {
            PlanCorpus.Matchers m = PlanCorpus.Matchers.of(t.heading());
            wanted.add("task " + m.ref() + " | " + m.title());
            for (Deliverable d : t.deliverables()) {
                wanted.add("  deliverable " + d.title() + " | " + d.deadline() + " | " + Homoglyphs.toLatin(d.lead()));
                List<String> dates = DatePhrases.split(d.deadline());
                boolean tied = dates.size() > 1 && dates.size() == d.actions().size();
                for (int i = 0; i < d.actions().size(); i++) {
                    wanted.add("    action " + d.actions().get(i) + " | " + (tied ? dates.get(i) : null) + " | null");
                }
                d.criteria().forEach(c -> wanted.add("    criterion " + c + " | null | null"));
            }
        }
        return wanted;
    }
}
