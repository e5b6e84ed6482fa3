package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.send.plan.imports.domain.Fixtures.tsv;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImportKeysTest {

    private static final String HEADER = "General deliverable|Specific actions|Success criteria|Deadline|Lead officer";

    /** Every key in the plan, qualified by its parents, in document order. */
    private static List<String> keys(ImportedPlan plan) {
        List<String> keys = new ArrayList<>();
        for (ImportedTask task : plan.tasks()) {
            keys.add(task.key());
            for (ImportedDeliverable d : task.deliverables()) {
                keys.add(task.key() + "/" + d.key());
                d.actions().forEach(r -> keys.add(task.key() + "/" + d.key() + "/action/" + r.key()));
                d.criteria().forEach(r -> keys.add(task.key() + "/" + d.key() + "/criterion/" + r.key()));
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"recovery-plan-task4-banding.tsv", "seed-000-work-programme.tsv", "seed-001-strategy-plan.txt"})
    void parsingTheSameTextTwiceGivesEqualPlansAndKeys(String fixture) {
        String text = Fixtures.read(fixture);
        ImportedPlan first = ActionPlanParser.parse(text, '\t');
        ImportedPlan second = ActionPlanParser.parse(text, '\t');
        assertThat(second).isEqualTo(first);
        assertThat(keys(second)).containsExactlyElementsOf(keys(first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"recovery-plan-task4-banding.tsv", "recovery-plan-task4-banding.csv",
        "seed-000-work-programme.tsv", "seed-001-strategy-plan.txt"})
    void keysAreUniqueWithinEachFixture(String fixture) {
        char delimiter = fixture.endsWith(".csv") ? ',' : '\t';
        List<String> keys = keys(ActionPlanParser.parse(Fixtures.read(fixture), delimiter));
        assertThat(keys).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void keysIgnoreCaseSpacingPunctuationLookalikesAndWrapping() {
        ImportedPlan original = ActionPlanParser.parse(tsv("Task 4: Banding", HEADER,
                "Minimum income guarantee for 2 years|• Identify schools whose income falls|• MIG paid|Oct 2020|BB",
                "|under the new bands|||"), '\t');
        ImportedPlan reflowed = ActionPlanParser.parse(tsv("TASK 4 -   banding", HEADER,
                "MINIMUM  income guarantee|• Identify schools whose|• MIG  paid.|Ост 2020|ВВ",
                "for 2 years|income falls under the|||",
                "|new bands|||"), '\t');
        assertThat(reflowed.tasks().get(0).deliverables().get(0).title())
                .isEqualTo("MINIMUM income guarantee for 2 years");
        assertThat(keys(reflowed)).containsExactlyElementsOf(keys(original));
    }

    @Test
    void aRewordedTaskTitleKeepsTheTaskKeyButARewordedDeliverableDoesNot() {
        ImportedTask before = ActionPlanParser.parse(tsv("Task 4: Banding system", HEADER,
                "Sample EHCPs|• Sample|• Priced|Mar 2022|BB"), '\t').tasks().get(0);
        ImportedTask after = ActionPlanParser.parse(tsv("Task 4: Introduce an EHCP banding system", HEADER,
                "Sample EHCPs in each setting|• Sample|• Priced|Mar 2022|BB"), '\t').tasks().get(0);
        assertThat(after.key()).isEqualTo(before.key()).isEqualTo("task:task4");
        assertThat(after.deliverables().get(0).key()).isNotEqualTo(before.deliverables().get(0).key());
    }

    @Test
    void aRescheduledDatedEntryKeepsItsKey() {
        ImportedTask before = ActionPlanParser.parse(tsv("Timeframe Action", "September 2010 Put proposals to SFF"), '\t')
                .tasks().get(0);
        ImportedTask after = ActionPlanParser.parse(tsv("Timeframe Action", "October 2010 Put proposals to SFF"), '\t')
                .tasks().get(0);
        assertThat(after.key()).isEqualTo(before.key());
        assertThat(after.deadlineText()).isNotEqualTo(before.deadlineText());
    }

    @Test
    void workProgrammeItemsAreKeyedByPhaseAndRef() {
        List<ImportedTask> tasks = ActionPlanParser.parse(Fixtures.read("seed-000-work-programme.tsv"), '\t').tasks();
        assertThat(tasks.get(0).key()).isEqualTo("task:1/a");
        assertThat(tasks.get(14).key()).isEqualTo("task:3/o");
    }

    @Test
    void theSameActionInTwoListsOfOneDocumentGetsTwoKeys() {
        List<ImportedTask> tasks = ActionPlanParser.parse(Fixtures.read("seed-001-strategy-plan.txt"), '\t').tasks();
        ImportedTask inSection2 = tasks.get(9);
        ImportedTask inAnnex2 = tasks.get(21);
        assertThat(inSection2.title()).isEqualTo("commence implementation");
        assertThat(inAnnex2.title()).isEqualTo("Commence implementation");
        assertThat(inSection2.key()).isNotEqualTo(inAnnex2.key());
        assertThat(inSection2.key()).endsWith(inAnnex2.key().substring(inAnnex2.key().indexOf('/')));
    }

    @Test
    void keysAreStableStringsNotIdentityHashes() {
        assertThat(new ImportedRow("Select 10 EHCPs per setting", 1, null, null).key())
                .isEqualTo(new ImportedRow("select 10 EHCPs  per\nsetting.", 99, "Mar 2022", "BB").key())
                .matches("row:[0-9a-f]{16}");
        assertThat(new ImportedDeliverable("Appeal process", 1, List.of(), List.of(), null, null).key())
                .matches("deliverable:[0-9a-f]{16}");
    }
}
