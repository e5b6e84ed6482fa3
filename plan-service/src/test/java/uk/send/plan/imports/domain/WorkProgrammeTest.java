package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.send.plan.imports.domain.Fixtures.tsv;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkProgrammeTest {

    private static final String HEADER = "Phase|Draft Work Programme|Planning Timescale|Implementation";

    @Nested
    class Seed000 {

        private final ImportedPlan plan = ActionPlanParser.parse(Fixtures.read("seed-000-work-programme.tsv"), '\t');

        @Test
        void readsFifteenItemsInThreePhases() {
            assertThat(plan.format()).isEqualTo(Format.WORK_PROGRAMME_PHASES);
            assertThat(plan.tasks())
                    .extracting(ImportedTask::ref, ImportedTask::phase, ImportedTask::line,
                            ImportedTask::deadlineText, ImportedTask::implementationText)
                    .containsExactly(
                            tuple("(a)", "1", 2, "June – Nov 2000", "1 April 2001"),
                            tuple("(b)", "1", 3, "June – Dec 2000", "2001 - 2004"),
                            tuple("(c)", "1", 4, "June – Dec 2000", "1 April 2001"),
                            tuple("(d)", "1", 5, "Nov – Feb 2000/1", "1 April 2001"),
                            tuple("(e)", "1", 5, "Oct – Mar 2000/1", "1 April 2001"),
                            tuple("(f)", "1", 6, "Oct – Feb 2000/1", "1 April 2001"),
                            tuple("(g)", "1", 7, "Oct – Feb 2000/1", "1 April 2001"),
                            tuple("(h)", "2", 8, "Jan – June 2001", "1 April 2002"),
                            tuple("(i)", "2", 9, "Jan – June 2001", "1 Sept 2002"),
                            tuple("(j)", "2", 10, "Jan – June 2001", "1 Sept 2001"),
                            tuple("(k)", "2", 11, "Jan - June 2001", "1 Sept 2001"),
                            // The source really says "(1)" where "(l)" was meant; refs are kept as written.
                            tuple("(1)", "2", 12, "June – Nov 2001", "1 April 2002"),
                            tuple("(m)", "3", 13, "Nov – June 2001/2", "1 April 2003"),
                            tuple("(n)", "3", 14, "Jan – Oct 2002", "1 April 2003"),
                            tuple("(o)", "3", 15, "Oct – Mar 2002/3", "Sept 2003"));
        }

        @Test
        void joinsAnItemWrappedIntoTheNextRowAndSplitsTwoItemsInOneCell() {
            assertThat(plan.tasks()).extracting(ImportedTask::title).startsWith(
                    "Full delegation by formula of some SEN provision budgets e.g. Additional Educational "
                            + "Resources, Moderate Learning and Specific Learning Difficulty departments.",
                    "5 year model for Special School provision – complex needs",
                    "Setting up of Special School consortia",
                    "Setting up of School clusters",
                    "Future role and deployment of Learning Support Service.");
            assertThat(plan.tasks().get(8).title()).isEqualTo(
                    "New funding model for support centres (previously departments, excluding MLD and SpLD).");
            assertThat(plan.tasks().get(14).title()).isEqualTo("Review progress of Policy and Strategy");
        }

        @Test
        void hasNoDeliverablesLeadsOrProblemsAndIgnoresTheNumberedParagraphs() {
            assertThat(plan.tasks()).allSatisfy(t -> {
                assertThat(t.deliverables()).isEmpty();
                assertThat(t.leadText()).isNull();
            });
            assertThat(plan.tasks()).noneMatch(t -> t.title().contains("purpose of the new strategy"));
            assertThat(plan.people()).isEmpty();
            assertThat(plan.problems()).isEmpty();
        }
    }

    @Test
    void acceptsPhaseWordsAndRomanMarkersAndIgnoresDashNumberedNarrative() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(HEADER,
                "Phase 1|(i) Review banding|Jan – Mar 2022|1 April 2022",
                "|(ii) Consult schools|Apr – June 2022|Sept 2022",
                "- 16. The purpose of the new strategy is to encourage schools.",
                "17. The work programme needs to be seen in the light of delegation."), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::ref, ImportedTask::phase, ImportedTask::title)
                .containsExactly(tuple("(i)", "1", "Review banding"), tuple("(ii)", "1", "Consult schools"));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void aPhaseNumberOnItsOwnRowAppliesToTheItemsBelow() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(HEADER, "2|||", "|(h) New funding model|Jan 2001|1 April 2002"), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::ref, ImportedTask::phase).containsExactly(tuple("(h)", "2"));
    }

    @Test
    void aBracketedLetterInsideAWordIsNotAnItem() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(HEADER,
                "1|(a) Support for the school(s) in each cluster(s) area|June 2000|1 April 2001"), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::title)
                .containsExactly("Support for the school(s) in each cluster(s) area");
    }

    @Test
    void whenTwoItemsShareCellsWithTheWrongNumberOfDatesEachKeepsTheWholeTextAndItIsReported() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(HEADER,
                "1|(d) Setting up of School clusters(e) Future role of the service|Nov – Mar 2000/1|1 April 2001 1 Sept 2001"),
                '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::ref, ImportedTask::deadlineText, ImportedTask::implementationText)
                .containsExactly(tuple("(d)", "Nov – Mar 2000/1", "1 April 2001"),
                        tuple("(e)", "Nov – Mar 2000/1", "1 Sept 2001"));
        assertThat(plan.problems()).containsExactly(new ImportProblem(2, "Planning Timescale", "Nov – Mar 2000/1",
                "2 items share this cell but it holds 1 date(s): each item keeps the whole text"));
    }

    @Test
    void datesWrappedOntoARowWithoutANewItemContinueTheLastItem() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(HEADER,
                "1|(a) Full delegation by formula|June –|1 April",
                "|of some SEN budgets|Nov 2000|2001"), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::title, ImportedTask::deadlineText, ImportedTask::implementationText)
                .containsExactly(tuple("Full delegation by formula of some SEN budgets", "June – Nov 2000", "1 April 2001"));
    }

    @Test
    void reportsWhatItCannotPlace() {
        ImportedPlan plan = ActionPlanParser.parse(tsv(HEADER,
                "Introduction to the programme",
                "1|Text before any item|June 2000|",
                "A|(a) Delegation|June 2000|",
                "|(a) Delegation again|July 2000|1 April 2001|Extra"), '\t');
        assertThat(plan.tasks()).extracting(ImportedTask::ref, ImportedTask::phase, ImportedTask::title)
                .containsExactly(tuple("(a)", "1", "Delegation"), tuple("(a)", "1", "Delegation again"));
        assertThat(plan.problems()).containsExactly(
                new ImportProblem(2, null, "Introduction to the programme", "not part of the work programme table"),
                new ImportProblem(3, "Draft Work Programme", "Text before any item", "text before the first (a) item"),
                new ImportProblem(3, null, "1 | Text before any item | June 2000", "dates before the first (a) item"),
                new ImportProblem(4, "Phase", "A", "not a phase number"),
                new ImportProblem(4, "Implementation", "Delegation", "no implementation date"),
                new ImportProblem(5, "column 5", "Extra", "unexpected extra column"),
                new ImportProblem(5, "Draft Work Programme", "(a) Delegation again", "item (a) appears twice in phase 1"));
    }
}
