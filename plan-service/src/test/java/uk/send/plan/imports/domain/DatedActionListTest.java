package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.send.plan.imports.domain.Fixtures.tsv;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatedActionListTest {

    @Nested
    class Seed001 {

        private final ImportedPlan plan = ActionPlanParser.parse(Fixtures.read("seed-001-strategy-plan.txt"), '\t');

        @Test
        void readsTheTenDatedBulletsOfSection2() {
            assertThat(plan.format()).isEqualTo(Format.DATED_ACTION_LIST);
            assertThat(plan.tasks()).filteredOn(t -> "2. ACTION PLAN".equals(t.phase()))
                    .extracting(ImportedTask::line, ImportedTask::deadlineText, ImportedTask::title)
                    .containsExactly(
                            tuple(141, "By end July 2010", "constitute the various groups"),
                            tuple(142, "By early September 2010", "hold an initial meeting of the Steering Group "
                                    + "and confirm overarching timeframe for work and implementation"),
                            tuple(145, "By end September 2010", "hold initial meeting of each Dimension Working Group"),
                            tuple(147, "September 2010", "present lead school evaluation to SMT, CMT and Cabinet and "
                                    + "use to inform recommendations for the way forward on the Strategy"),
                            tuple(150, "September 2010", "put proposals to Schools Funding Forum (SFF) on possible "
                                    + "funding options being considered"),
                            tuple(153, "October 2010", "prepare detailed Action Plan with timelines as soon as the way "
                                    + "forward is clear following SMT and elected members’ decision on the lead "
                                    + "school evaluation recommendations"),
                            tuple(157, "November 2010 – March 2011", "prepare proposals, including detailed funding "
                                    + "proposals, informed by the Parent/Carer Reference Group, and undertake "
                                    + "consultation (including consultation of funding proposals) with all partners "
                                    + "and stakeholders"),
                            tuple(161, "December 2010", "take funding proposals, including transitional arrangements "
                                    + "from 2011, to SFF"),
                            tuple(164, "By July 2011", "Finalise proposals for consideration and decisions by SMT and "
                                    + "elected Members"),
                            tuple(167, "September 2011", "commence implementation"));
        }

        @Test
        void readsTheTwelveEntriesOfTheAnnex2TimeframeTable() {
            assertThat(plan.tasks()).filteredOn(t -> "Annex 2".equals(t.phase()))
                    .extracting(ImportedTask::line, ImportedTask::deadlineText, ImportedTask::title)
                    .containsExactly(
                            tuple(312, "End July 2010", "Constitute Strategy Group and sub-groups"),
                            tuple(315, "Early Sept 2010", "Hold an initial meeting of the SEN strategy steering "
                                    + "group and confirm overarching timeframe for the work and implementation"),
                            tuple(318, "End September 2010", "Hold meetings of each dimension of need working group"),
                            tuple(320, "September 2010", "Present lead school best practice evaluation report to SMT, "
                                    + "CMT and Cabinet to inform decision-making on way forward on the strategy"),
                            tuple(324, "September 2010", "Update and Options proposals for SEN Strategy Policy and "
                                    + "Provision to SMT, Members and POC."),
                            tuple(327, "September 2010", "Put proposals to Schools Funding Forum (SFF) on possible "
                                    + "funding options to be considered"),
                            tuple(330, "October/November 2010", "Consultation with schools on identified funding SEN "
                                    + "options and proposals as part of Autumn consultation on all schools formula "
                                    + "funding considerations"),
                            tuple(337, "October 2010", "Prepare detailed action plan with timelines as soon as the "
                                    + "way forward is clear following SMT and Members’ policy decisions in September"),
                            tuple(341, "November 2010 – March 2011", "Prepare proposals, including detailed funding "
                                    + "proposals, informed by the parent/carer reference group, and undertake "
                                    + "consultation with all partners and stakeholders"),
                            tuple(348, "December 2010", "Take funding proposals , including transitional arrangements "
                                    + "from April 2011, to Schools Funding Forum following consultation feedback and "
                                    + "outcome"),
                            tuple(352, "July 2011", "Finalise proposals for consideration and decision by SMT and Cabinet"),
                            tuple(356, "September 2011", "Commence implementation"));
        }

        @Test
        void readsNothingElseAndReportsTheFootnoteUnderTheTable() {
            assertThat(plan.tasks()).hasSize(22);
            assertThat(plan.tasks()).allSatisfy(t -> {
                assertThat(t.ref()).isNull();
                assertThat(t.deliverables()).isEmpty();
                assertThat(t.leadText()).isNull();
                assertThat(t.implementationText()).isNull();
            });
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(366, null, "A more detailed action plan will be prepared SMT and elected "
                            + "Members have considered the best practice from the lead",
                            "not part of a dated entry: no timeframe found"),
                    new ImportProblem(368, null, "school pilot findings", "not part of a dated entry: no timeframe found"));
        }

        @Test
        void readsTheSameWithACommaDelimiterBecauseListsAreReadFromWholeLines() {
            ImportedPlan commas = ActionPlanParser.parse(Fixtures.read("seed-001-strategy-plan.txt"), ',');
            assertThat(commas).isEqualTo(plan);
        }
    }

    @Test
    void readsATwoColumnTimeframeTableWithWrappedCells() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(
                "Timeframe|Action",
                "End July 2010|Constitute Strategy Group and sub-groups",
                "October/November|Consultation with schools on identified funding",
                "2010|options",
                "|and proposals",
                "November 2010 –|Prepare proposals",
                "March 2011|"), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::line, ImportedTask::deadlineText, ImportedTask::title)
                .containsExactly(
                        tuple(2, "End July 2010", "Constitute Strategy Group and sub-groups"),
                        tuple(3, "October/November 2010", "Consultation with schools on identified funding options and proposals"),
                        tuple(6, "November 2010 – March 2011", "Prepare proposals"));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void aDateFollowedByACapitalStartsAnEntryButOneFollowedByACommaContinuesTheAction() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(
                "Timeframe Action",
                "December 2010 Take funding proposals, including arrangements from",
                "April 2011, to Schools Funding Forum",
                "May 2011 Review the outcome"), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::deadlineText, ImportedTask::title).containsExactly(
                tuple("December 2010", "Take funding proposals, including arrangements from April 2011, to Schools Funding Forum"),
                tuple("May 2011", "Review the outcome"));
    }

    @Test
    void reportsAnUndatedBulletInsideADatedListAndATimeframeWithoutAnAction() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(
                "2. ACTION PLAN",
                "• By end July 2010 constitute the various groups",
                "• Keep parents informed throughout",
                "• September 2011: commence implementation",
                "Annex 2",
                "Timeframe Action",
                "Early Sept 2010 Hold an initial meeting",
                "",
                "October 2010",
                "",
                "Annex 3"), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::phase, ImportedTask::deadlineText, ImportedTask::title)
                .containsExactly(
                        tuple("2. ACTION PLAN", "By end July 2010", "constitute the various groups"),
                        tuple("2. ACTION PLAN", "September 2011", "commence implementation"),
                        tuple("Annex 2", "Early Sept 2010", "Hold an initial meeting"));
        assertThat(plan.problems()).containsExactly(
                new ImportProblem(3, null, "• Keep parents informed throughout", "bullet in a dated list without a timeframe"),
                new ImportProblem(9, "Action", "October 2010", "timeframe without an action"));
    }

    @Test
    void proseAfterABlankLineEndsABulletedList() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(
                "• September 2010 put proposals to the Schools Funding Forum",
                "on possible funding options",
                "",
                "The Forum meets again in November 2010 to decide."), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::deadlineText, ImportedTask::title, ImportedTask::phase)
                .containsExactly(tuple("September 2010", "put proposals to the Schools Funding Forum on possible funding options", null));
        assertThat(plan.problems()).isEmpty();
    }
}
