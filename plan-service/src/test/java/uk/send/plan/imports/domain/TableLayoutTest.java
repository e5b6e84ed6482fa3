package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A recovery table's columns found by their names in the council's own order, whatever they are called. */
class TableLayoutTest {

    @Test
    void shouldReadColumnsNamedBySynonymsInAnyOrder() {
        ImportedPlan plan = PlanDocuments.text(Fixtures.tsv(
                "Task 1: Sufficiency",
                "Responsible officer|Target date|Measures of success|Key actions|Deliverable",
                "JO|Sept 2024|Fewer out-county placements|• Open a satellite school|Special school places"), '\t').plan();
        ImportedDeliverable d = plan.tasks().get(0).deliverables().get(0);
        assertThat(d.title()).isEqualTo("Special school places");
        assertThat(d.actions()).extracting(ImportedRow::text).containsExactly("Open a satellite school");
        assertThat(d.criteria()).extracting(ImportedRow::text).containsExactly("Fewer out-county placements");
        assertThat(d.deadlineText()).isEqualTo("Sept 2024");
        assertThat(d.leadText()).isEqualTo("JO");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void shouldTakeTheActionsAsDeliverablesWhenATableHasNoDeliverableColumn() {
        ImportedPlan plan = PlanDocuments.text(Fixtures.tsv(
                "Task 2: Banding",
                "Action|Lead|By when|Success measure",
                "Cost 200 sample EHCPs|RP|Jan 2024|Every band priced",
                "Consult the Schools Forum|RP|Mar 2024|Bands approved"), '\t').plan();
        assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title)
                .containsExactly("Cost 200 sample EHCPs", "Consult the Schools Forum");
        assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::deadlineText).containsExactly("Jan 2024", "Mar 2024");
        assertThat(plan.tasks().get(0).deliverables().get(1).criteria()).extracting(ImportedRow::text).containsExactly("Bands approved");
    }

    @Test
    void shouldNotTakeADataRowForAHeader() {
        SourceTable.Row row = new SourceTable.Row(1, java.util.List.of("Action plan agreed", "Lead officers briefed", "Measure impact",
                "By March 2023", "Lead"), "");
        assertThat(TableLayout.of(row)).isEmpty();
    }
}
