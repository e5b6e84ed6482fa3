package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecoveryPlanFixtureTest {

    private static final String[] DELIVERABLES = {
        "Sample EHCPs in each setting to price each band",
        "Model every school's budget under the new bands",
        "Minimum income guarantee for 2 years",
        "Benchmark bands against neighbouring LAs",
        "Consult schools, parents and the Schools Forum on the proposed bands",
        "SEN panel agrees a band for every new EHCP and at every annual review",
        "Appeal process via the SEN panel",
        "Annual review of band values",
    };

    @Nested
    class TabSeparated {

        private final ImportedPlan plan =
                ActionPlanParser.parse(Fixtures.read("recovery-plan-task4-banding.tsv"), '\t');

        @Test
        void isOneTaskWithItsWrappedTitle() {
            assertThat(plan.format()).isEqualTo(Format.RECOVERY_PLAN_TABLE);
            assertThat(plan.tasks()).singleElement().satisfies(task -> {
                assertThat(task.ref()).isEqualTo("Task 4");
                assertThat(task.title()).isEqualTo("Introduce an EHCP banding system so that top-up funding "
                        + "follows assessed need and is consistent across settings");
                assertThat(task.line()).isEqualTo(4);
                assertThat(task.phase()).isNull();
                assertThat(task.deadlineText()).isNull();
                assertThat(task.leadText()).isNull();
                assertThat(task.implementationText()).isNull();
            });
        }

        @Test
        void readsEightDeliverablesAcrossThePageBreak() {
            assertThat(plan.tasks().get(0).deliverables())
                    .extracting(ImportedDeliverable::title, ImportedDeliverable::line,
                            ImportedDeliverable::deadlineText, ImportedDeliverable::leadText)
                    .containsExactly(
                            tuple(DELIVERABLES[0], 7, "Mar 2022", "BB"),
                            tuple(DELIVERABLES[1], 10, "JULY 2022 SEPT 2022", "CD"),
                            tuple(DELIVERABLES[2], 12, "Ост 2020", "CD/EF"),
                            tuple(DELIVERABLES[3], 14, "Nov2022", "EF"),
                            tuple(DELIVERABLES[4], 16, "29 Oct 21", "BB"),
                            tuple(DELIVERABLES[5], 23, "Apr 2022", null),
                            tuple(DELIVERABLES[6], 25, null, "GH"),
                            tuple(DELIVERABLES[7], 26, "EVERY JANUARY", "CD"));
        }

        @Test
        void keepsCyrillicInTheDeadlineButNotInTheLead() {
            ImportedDeliverable mig = deliverable(2);
            assertThat(mig.deadlineText()).isEqualTo("\u041e\u0441\u0442 2020").isNotEqualTo("Oct 2020");
            assertThat(deliverable(0).leadText()).isEqualTo("BB");
            assertThat(deliverable(4).leadText()).isEqualTo("BB");
        }

        @Test
        void joinsWrappedActionsAndCriteriaAndSplitsOnBullets() {
            assertThat(deliverable(0).actions())
                    .extracting(ImportedRow::text, ImportedRow::line, ImportedRow::deadlineText, ImportedRow::leadText)
                    .containsExactly(
                            tuple("Select 10 EHCPs per setting type across all need types", 7, null, null),
                            tuple("Cost the provision in each sampled plan", 9, null, null));
            assertThat(deliverable(0).criteria()).extracting(ImportedRow::text)
                    .containsExactly("Every band has a price based on real costs");
            assertThat(deliverable(2).actions()).extracting(ImportedRow::text)
                    .containsExactly("Identify schools whose income falls under the new bands");
            assertThat(deliverable(2).criteria()).extracting(ImportedRow::text)
                    .containsExactly("MIG paid for 2 years to every school that loses income");
            assertThat(deliverable(3).actions()).extracting(ImportedRow::text)
                    .containsExactly("Compare band values with 4 neighbouring LAs");
            assertThat(deliverable(3).criteria()).extracting(ImportedRow::text)
                    .containsExactly("Bands within 10% of the regional average");
            assertThat(deliverable(4).actions()).extracting(ImportedRow::text, ImportedRow::line)
                    .containsExactly(tuple("Consultation document to all schools, parents and carers", 16),
                            tuple("Drop-in sessions for SENCOs", 17));
            assertThat(deliverable(5).actions()).extracting(ImportedRow::text, ImportedRow::line)
                    .containsExactly(tuple("Panel terms of reference updated", 23),
                            tuple("Band checked at each annual review", 24));
            assertThat(deliverable(6).actions()).extracting(ImportedRow::text)
                    .containsExactly("Publish the \"how to appeal\" guide");
            assertThat(deliverable(7).actions()).extracting(ImportedRow::text)
                    .containsExactly("Uplift band values for cost inflation");
            assertThat(deliverable(7).criteria()).extracting(ImportedRow::text)
                    .containsExactly("Band values published to schools each year");
        }

        @Test
        void tiesTwoDeadlinesToTwoBulletCriteriaButNotToTheSingleAction() {
            ImportedDeliverable model = deliverable(1);
            assertThat(model.criteria())
                    .extracting(ImportedRow::text, ImportedRow::deadlineText)
                    .containsExactly(tuple("Model shared with every school", "JULY 2022"),
                            tuple("No school adversely affected", "SEPT 2022"));
            assertThat(model.actions())
                    .extracting(ImportedRow::text, ImportedRow::deadlineText)
                    .containsExactly(tuple("Build a budget model for every school in the LA", null));
        }

        @Test
        void readsTheKeyWithNormalisedInitialsAndAWrappedTitle() {
            assertThat(plan.people())
                    .extracting(ImportedPerson::initials, ImportedPerson::name, ImportedPerson::title,
                            ImportedPerson::line)
                    .containsExactly(
                            tuple("BB", "Bob Brown", "Head of SEN", 30),
                            tuple("CD", "Carol Davies", "Finance Business Partner", 31),
                            tuple("EF", "Emma Fisher", "Head of SEN Assessment", 32),
                            tuple("GH", "Gurpreet Hayer", "Head of School Organisation and Capital", 33));
        }

        @Test
        void reportsExactlyTheMissingLeadAndDeadline() {
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(23, "Lead officer", DELIVERABLES[5], "no lead officer"),
                    new ImportProblem(25, "Deadline", DELIVERABLES[6], "no deadline"));
        }

        private ImportedDeliverable deliverable(int index) {
            return plan.tasks().get(0).deliverables().get(index);
        }
    }

    @Nested
    class CommaSeparatedWithQuotedCells {

        private final ImportedPlan csv =
                ActionPlanParser.parse(Fixtures.read("recovery-plan-task4-banding.csv"), ',');
        private final ImportedPlan tsv =
                ActionPlanParser.parse(Fixtures.read("recovery-plan-task4-banding.tsv"), '\t');

        @Test
        void readsTheSameDeliverablesAtTheirRecordLines() {
            assertThat(csv.format()).isEqualTo(Format.RECOVERY_PLAN_TABLE);
            assertThat(csv.tasks()).singleElement()
                    .extracting(ImportedTask::ref, ImportedTask::line)
                    .containsExactly("Task 4", 2);
            assertThat(csv.tasks().get(0).deliverables())
                    .extracting(ImportedDeliverable::title, ImportedDeliverable::line)
                    .containsExactly(
                            tuple(DELIVERABLES[0], 4), tuple(DELIVERABLES[1], 6), tuple(DELIVERABLES[2], 9),
                            tuple(DELIVERABLES[3], 10), tuple(DELIVERABLES[4], 11), tuple(DELIVERABLES[5], 13),
                            tuple(DELIVERABLES[6], 16), tuple(DELIVERABLES[7], 17));
        }

        @Test
        void splitsMultiLineCellsIntoItemsAndKeepsCommasAndQuotes() {
            ImportedDeliverable consult = csv.tasks().get(0).deliverables().get(4);
            assertThat(consult.actions()).extracting(ImportedRow::text, ImportedRow::line)
                    .containsExactly(tuple("Consultation document to all schools, parents and carers", 11),
                            tuple("Drop-in sessions for SENCOs", 11));
            assertThat(csv.tasks().get(0).deliverables().get(6).actions()).extracting(ImportedRow::text)
                    .containsExactly("Publish the \"how to appeal\" guide");
        }

        @Test
        void tiesTheTwoLineDeadlineCellToTheTwoCriteria() {
            ImportedDeliverable model = csv.tasks().get(0).deliverables().get(1);
            assertThat(model.deadlineText()).isEqualTo("JULY 2022 SEPT 2022");
            assertThat(model.criteria()).extracting(ImportedRow::deadlineText)
                    .containsExactly("JULY 2022", "SEPT 2022");
        }

        @Test
        void givesTheSameKeysTextsDeadlinesAndLeadsAsTheWrappedTabSeparatedExtraction() {
            assertThat(csv.tasks()).extracting(ImportedTask::key, ImportedTask::title)
                    .containsExactlyElementsOf(tsv.tasks().stream().map(t -> tuple(t.key(), t.title())).toList());
            var csvDeliverables = csv.tasks().get(0).deliverables();
            var tsvDeliverables = tsv.tasks().get(0).deliverables();
            for (int i = 0; i < tsvDeliverables.size(); i++) {
                ImportedDeliverable c = csvDeliverables.get(i);
                ImportedDeliverable t = tsvDeliverables.get(i);
                assertThat(c.key()).isEqualTo(t.key());
                assertThat(c.deadlineText()).isEqualTo(t.deadlineText());
                assertThat(c.leadText()).isEqualTo(t.leadText());
                assertThat(c.actions()).extracting(ImportedRow::key, ImportedRow::text, ImportedRow::deadlineText)
                        .containsExactlyElementsOf(t.actions().stream()
                                .map(r -> tuple(r.key(), r.text(), r.deadlineText())).toList());
                assertThat(c.criteria()).extracting(ImportedRow::key, ImportedRow::text, ImportedRow::deadlineText)
                        .containsExactlyElementsOf(t.criteria().stream()
                                .map(r -> tuple(r.key(), r.text(), r.deadlineText())).toList());
            }
        }

        @Test
        void readsTheKeyAndTheSameProblemsAtCsvLines() {
            assertThat(csv.people())
                    .extracting(ImportedPerson::initials, ImportedPerson::name, ImportedPerson::title,
                            ImportedPerson::line)
                    .containsExactly(
                            tuple("BB", "Bob Brown", "Head of SEN", 20),
                            tuple("CD", "Carol Davies", "Finance Business Partner", 21),
                            tuple("EF", "Emma Fisher", "Head of SEN Assessment", 22),
                            tuple("GH", "Gurpreet Hayer", "Head of School Organisation and Capital", 23));
            assertThat(csv.problems()).containsExactly(
                    new ImportProblem(13, "Lead officer", DELIVERABLES[5], "no lead officer"),
                    new ImportProblem(16, "Deadline", DELIVERABLES[6], "no deadline"));
        }
    }
}
