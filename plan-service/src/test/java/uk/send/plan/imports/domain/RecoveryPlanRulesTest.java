package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.send.plan.imports.domain.Fixtures.tsv;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryPlanRulesTest {

    private static final String QUOTE_PROBLEM = "a double quote that does not open or close a cell: "
            + "the text was read without treating quotes as cell boundaries";
    private static final String HEADER = "General deliverable|Specific actions|Success criteria|Deadline|Lead officer";

    private static ImportedPlan parse(String... lines) {
        return ActionPlanParser.parse(tsv(lines), '\t');
    }

    private static ImportedDeliverable onlyDeliverable(ImportedPlan plan) {
        assertThat(plan.tasks()).hasSize(1);
        assertThat(plan.tasks().get(0).deliverables()).hasSize(1);
        return plan.tasks().get(0).deliverables().get(0);
    }

    @Nested
    class TaskLines {

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
            "Task 1: Define the graduated approach;Task 1;Define the graduated approach",
            "TASK 3 - Capital programme for special school places;Task 3;Capital programme for special school places",
            "Task 3. Capital programme;Task 3;Capital programme",
            "task 7 – Stop non-EHCP top-up;Task 7;Stop non-EHCP top-up",
            "Task 08:Visit independent providers;Task 8;Visit independent providers",
            "\u0422ask 5: Fund outreach by a top-slice;Task 5;Fund outreach by a top-slice",
        })
        void openATaskWithItsRefAndTitle(String line, String ref, String title) {
            ImportedPlan plan = parse(line, HEADER, "Do it|• act|• done|Mar 2022|BB");
            assertThat(plan.tasks()).extracting(ImportedTask::ref, ImportedTask::title, ImportedTask::line)
                    .containsExactly(tuple(ref, title, 1));
            assertThat(plan.problems()).isEmpty();
        }

        @Test
        void takesTheTitleFromTheNextLineWhenTheTaskLineHasNone() {
            ImportedPlan plan = parse("Task 2", "Decommission and commission resourced provision", HEADER,
                    "Places by demand|• Model demand|• No waste|Sept 2022|BB");
            assertThat(plan.tasks().get(0).title()).isEqualTo("Decommission and commission resourced provision");
        }

        @Test
        void startsAFreshDeliverableListForEachTask() {
            ImportedPlan plan = parse(
                    "Task 1: Graduated approach", HEADER,
                    "Ordinarily available document|• Draft it|• Used in EHCP decisions|Mar 2022|BB",
                    "Task 2: Resourced provision", HEADER,
                    "Places by demand|• Model demand|• No waste|Sept 2022|CD");
            assertThat(plan.tasks()).extracting(ImportedTask::ref).containsExactly("Task 1", "Task 2");
            assertThat(plan.tasks()).extracting(t -> t.deliverables().size()).containsExactly(1, 1);
            assertThat(plan.tasks().get(1).deliverables().get(0).title()).isEqualTo("Places by demand");
        }

        @Test
        void reportsADuplicatedTaskNumberThatIsNotARunningHeader() {
            ImportedPlan plan = parse(
                    "Task 1: Graduated approach", HEADER, "A|• a|• b|Mar 2022|BB",
                    "Task 2: Resourced provision", HEADER, "B|• a|• b|Mar 2022|BB",
                    "Task 1: Graduated approach again", HEADER, "C|• a|• b|Mar 2022|BB");
            assertThat(plan.tasks()).extracting(ImportedTask::ref).containsExactly("Task 1", "Task 2", "Task 1");
            assertThat(plan.problems()).containsExactly(new ImportProblem(7, null,
                    "Task 1: Graduated approach again",
                    "Task 1 appears twice; the rows below it are imported under the second one"));
        }

        @Test
        void reportsATaskWithoutDeliverables() {
            ImportedPlan plan = parse("Task 5: Top-slice for outreach", HEADER);
            assertThat(plan.tasks()).singleElement().satisfies(t -> assertThat(t.deliverables()).isEmpty());
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(1, null, "Task 5 Top-slice for outreach", "no deliverables under this task"));
        }
    }

    @Nested
    class SkippedLines {

        @Test
        void skipsHeadersWrappedOverTwoLinesAndInCapitals() {
            ImportedPlan plan = parse("Task 1: Graduated approach",
                    "General|Specific|Success|Deadline|Lead",
                    "deliverable|actions|criteria||officer",
                    "Publish the document|• Draft|• Used|Mar 2022|BB",
                    "DELIVERABLE|ACTIONS|CRITERIA|DEADLINE|LEAD OFFICER");
            assertThat(onlyDeliverable(plan).title()).isEqualTo("Publish the document");
            assertThat(plan.problems()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Page 3 of 12", "PAGE 3", "page 3/12", "3", "OFFICIAL", "OFFICIAL - SENSITIVE",
            "Official: Sensitive"})
        void skipsPageFooters(String footer) {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER,
                    "Publish the document|• Draft it|• Used|Mar 2022|BB",
                    footer,
                    "|• Train SENCOs|||");
            assertThat(onlyDeliverable(plan).actions()).extracting(ImportedRow::text)
                    .containsExactly("Draft it", "Train SENCOs");
            assertThat(plan.problems()).isEmpty();
        }

        @Test
        void skipsARunningTitleRepeatedOnEveryPageEvenWithoutAPreamble() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER,
                    "Publish the document|• Draft it|• Used|Mar 2022|BB",
                    "SEND Recovery Plan 2021",
                    "Consult on it|• Consult|• Agreed|Apr 2022|BB",
                    "SEND Recovery Plan 2021");
            assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title)
                    .containsExactly("Publish the document", "Consult on it");
            assertThat(plan.problems()).isEmpty();
        }

        @Test
        void aLonePageNumberOutsideTheFirstColumnIsAWrappedCellNotAFooter() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER,
                    "Publish the document|• Draft it|• Used|Mar|BB",
                    "|||22|");
            assertThat(onlyDeliverable(plan).deadlineText()).isEqualTo("Mar 22");
        }
    }

    @Nested
    class WrappedText {

        @Test
        void appendsUnbulletedTextToTheLastBulletEvenWhenItStartsWithACapital() {
            ImportedPlan plan = parse("Task 6: Alternative provision", HEADER,
                    "Model AP places|• Model places from the|• Agreed with|Jan 2022|EF",
                    "|Exclusions profile of past years|Providers||");
            ImportedDeliverable d = onlyDeliverable(plan);
            assertThat(d.actions()).extracting(ImportedRow::text)
                    .containsExactly("Model places from the Exclusions profile of past years");
            assertThat(d.criteria()).extracting(ImportedRow::text).containsExactly("Agreed with Providers");
        }

        @Test
        void inAnUnbulletedColumnACapitalStartsANewItemAndLowerCaseContinues() {
            ImportedPlan plan = parse("Task 7: Stop non-EHCP top-up", HEADER,
                    "Exceptional cases only|Write criteria for|Criteria published|Feb 2022|BB",
                    "|exceptional cases such as trauma|||",
                    "|Review every application|||");
            assertThat(onlyDeliverable(plan).actions()).extracting(ImportedRow::text, ImportedRow::line)
                    .containsExactly(tuple("Write criteria for exceptional cases such as trauma", 3),
                            tuple("Review every application", 5));
        }

        @Test
        void dashAndStarBulletsCountOnlyAtTheStartOfACell() {
            ImportedPlan plan = parse("Task 8: Independent providers", HEADER,
                    "Desk review|- Cost by need type – SEMH and ASD|* Outliers flagged|Nov 2022|GH",
                    "|- Check inspection data|§ Placements remedied||");
            ImportedDeliverable d = onlyDeliverable(plan);
            assertThat(d.actions()).extracting(ImportedRow::text)
                    .containsExactly("Cost by need type – SEMH and ASD", "Check inspection data");
            assertThat(d.criteria()).extracting(ImportedRow::text)
                    .containsExactly("Outliers flagged", "Placements remedied");
        }

        @Test
        void aCapitalisedFirstColumnWithABulletBesideItIsANewDeliverable() {
            ImportedPlan plan = parse("Task 3: Capital programme", HEADER,
                    "Add special school places|• Bid for capital|• 164 places|Sept 2023|GH",
                    "SEMH and ASD places first|• Feasibility study|• Sites agreed|Mar 2023|GH");
            assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title)
                    .containsExactly("Add special school places", "SEMH and ASD places first");
        }

        @Test
        void aCapitalisedFirstColumnWithADeadlineIsANewDeliverableEvenWithoutBullets() {
            ImportedPlan plan = parse("Task 3: Capital programme", HEADER,
                    "Add special school places|• Bid for capital|• 164 places|Sept 2023|GH",
                    "SEMH places||||", // nothing of its own: the title's wrapped tail
                    "PMLD places|||Mar 2024|GH");
            assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title)
                    .containsExactly("Add special school places SEMH places", "PMLD places");
            assertThat(plan.problems()).containsExactly(new ImportProblem(5, "General deliverable", "PMLD places",
                    "no specific actions or success criteria"));
        }

        @Test
        void rejoinsAWordHyphenatedAcrossLines() {
            ImportedPlan plan = parse("Task 8: Independent providers", HEADER,
                    "Visit Independent and Non-|• Visit each|• Visited|Dec 2022|GH",
                    "maintained providers||||");
            assertThat(onlyDeliverable(plan).title()).isEqualTo("Visit Independent and Non-maintained providers");
        }

        @Test
        void joinsADeadlineAndALeadWrappedOverTwoLines() {
            ImportedPlan plan = parse("Task 4: Banding", HEADER,
                    "Annual review of band values|• Uplift|• Published|EVERY|CD /",
                    "|||JANUARY|EF");
            ImportedDeliverable d = onlyDeliverable(plan);
            assertThat(d.deadlineText()).isEqualTo("EVERY JANUARY");
            assertThat(d.leadText()).isEqualTo("CD / EF");
        }
    }

    @Nested
    class TyingDeadlinesAndLeadsToItems {

        @Test
        void tiesOneDateToEachActionWhenTheCountsMatchAcrossLines() {
            ImportedPlan plan = parse("Task 5: Top-slice", HEADER,
                    "Fund outreach by a top-slice|• Cost in £ per school|• Forum votes|Mar 2022|CD",
                    "|• Cost as % of each budget||Nov2022|");
            ImportedDeliverable d = onlyDeliverable(plan);
            assertThat(d.deadlineText()).isEqualTo("Mar 2022 Nov2022");
            assertThat(d.actions()).extracting(ImportedRow::deadlineText).containsExactly("Mar 2022", "Nov2022");
            assertThat(d.criteria()).extracting(ImportedRow::deadlineText).containsExactly((String) null);
        }

        @Test
        void tiesNothingWhenTheCountsDiffer() {
            ImportedPlan plan = parse("Task 5: Top-slice", HEADER,
                    "Fund outreach|• Cost it|• Forum votes|Mar 2022 Nov 2022 Jan 2023|CD",
                    "|• Publish it|• Schools told||");
            ImportedDeliverable d = onlyDeliverable(plan);
            assertThat(d.actions()).extracting(ImportedRow::deadlineText).containsOnlyNulls();
            assertThat(d.criteria()).extracting(ImportedRow::deadlineText).containsOnlyNulls();
            assertThat(d.deadlineText()).isEqualTo("Mar 2022 Nov 2022 Jan 2023");
        }

        @Test
        void aRangeIsOneDate() {
            ImportedPlan plan = parse("Task 5: Top-slice", HEADER,
                    "Fund outreach|• Cost it|• Forum votes|Nov – Feb 2022/3|CD",
                    "|• Publish it|||");
            assertThat(onlyDeliverable(plan).actions()).extracting(ImportedRow::deadlineText).containsOnlyNulls();
        }

        @Test
        void tiesOneLeadLineToEachItemAndNormalisesLookalikes() {
            ImportedPlan plan = parse("Task 6: Alternative provision", HEADER,
                    "Model AP places|• Primary places|• Agreed|Jan 2022|\u0412\u0412",
                    "|• Secondary places||Mar 2022|\u0421D");
            ImportedDeliverable d = onlyDeliverable(plan);
            assertThat(d.leadText()).isEqualTo("BB CD");
            assertThat(d.actions()).extracting(ImportedRow::text, ImportedRow::deadlineText, ImportedRow::leadText)
                    .containsExactly(tuple("Primary places", "Jan 2022", "BB"),
                            tuple("Secondary places", "Mar 2022", "CD"));
            assertThat(d.criteria()).extracting(ImportedRow::leadText).containsOnlyNulls();
        }
    }

    @Nested
    class LeadOfficerKey {

        @ParameterizedTest
        @CsvSource({
            "\u0412\u0412, BB",                 // Cyrillic capitals
            "\u041e\u0421/\u0415\u0420, OC/EP",
            "\u0422\u041d \u041a\u041c, TH KM",
            "\u0410\u0425 & \u0423, AX & Y",
            "\u0432\u043e\u0441\u0435\u0440\u0442\u043d\u043a\u043c\u0430\u0445\u0443, bocepthkmaxy",
            "\u0392\u0392, BB",                 // Greek capital betas
            "Bob Brown, Bob Brown",
        })
        void leadCellsHaveLookalikeLettersMadeLatin(String lead, String expected) {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER, "Document|• Draft|• Used|Mar 2022|" + lead);
            assertThat(onlyDeliverable(plan).leadText()).isEqualTo(expected);
        }

        @Test
        void acceptsALeadOfficerKeyHeadingAColumnHeaderAndTwoSpaceSeparatedRows() {
            ImportedPlan plan = parse("Lead officer key", "Initials|Name|Job title",
                    "\u0412\u0412   Bob Brown   Head of SEN",
                    "K.M.|Kate Moss|SEN Commissioning Manager",
                    "Task 1: Graduated approach", HEADER, "Document|• Draft|• Used|Mar 2022|BB/KM");
            assertThat(plan.people()).extracting(ImportedPerson::initials, ImportedPerson::name,
                            ImportedPerson::title, ImportedPerson::line)
                    .containsExactly(tuple("BB", "Bob Brown", "Head of SEN", 3),
                            tuple("KM", "Kate Moss", "SEN Commissioning Manager", 4));
            assertThat(plan.problems()).isEmpty();
        }

        @Test
        void reportsLeadsWhoseInitialsAreNotInTheKey() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER,
                    "Document|• Draft|• Used|Mar 2022|BB & XY", "Key", "BB|Bob Brown|Head of SEN");
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(3, "Lead officer", "BB & XY", "lead officer XY is not in the key"));
        }

        @Test
        void doesNotCheckLeadsThatAreNamesRatherThanInitials() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER,
                    "Document|• Draft|• Used|Mar 2022|Head of SEN", "Key", "BB|Bob Brown|Head of SEN");
            assertThat(plan.problems()).isEmpty();
        }

        @Test
        void reportsAKeyRowWithoutAJobTitleOrWithOnlySingleSpaces() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER, "Document|• Draft|• Used|Mar 2022|BB",
                    "Key:", "BB|Bob Brown", "CD Carol Davies Finance Business Partner");
            assertThat(plan.people()).extracting(ImportedPerson::initials, ImportedPerson::name,
                            ImportedPerson::title)
                    .containsExactly(tuple("BB", "Bob Brown", null),
                            tuple("CD", "Carol Davies Finance Business Partner", null));
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(5, "Key", "BB | Bob Brown", "no job title for lead officer"),
                    new ImportProblem(6, "Key", "CD Carol Davies Finance Business Partner",
                            "cannot tell the name from the job title: separate them with a tab or two spaces"));
        }

        @Test
        void reportsInitialsUsedTwice() {
            ImportedPlan plan = parse("Key", "BB|Bob Brown|Head of SEN", "\u0412B|Beth Bell|SEN Officer",
                    "Task 1: Graduated approach", HEADER, "Document|• Draft|• Used|Mar 2022|BB");
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(3, "Key", "BB", "initials appear twice in the key"));
        }

        @Test
        void aLongLineAfterTheKeyEndsItInsteadOfJoiningAJobTitle() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER, "Document|• Draft|• Used|Mar 2022|BB",
                    "Key", "BB|Bob Brown|Head of SEN",
                    "Progress against this plan is reported to the SEND board monthly");
            assertThat(plan.people()).extracting(ImportedPerson::title).containsExactly("Head of SEN");
            assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title).containsExactly(
                    "Document", "Progress against this plan is reported to the SEND board monthly");
            assertThat(plan.problems()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
                    tuple(6, "no deadline"), tuple(6, "no lead officer"),
                    tuple(6, "no specific actions or success criteria"));
        }
    }

    @Nested
    class NothingIsDroppedSilently {

        @Test
        void aDataRowBeforeAnyTaskLineIsAProblemWithItsLineAndText() {
            ImportedPlan plan = parse("SEND Recovery Plan", HEADER,
                    "Orphan deliverable|• An action|• A criterion|Mar 2022|BB",
                    "Task 1: Graduated approach", HEADER, "Document|• Draft|• Used|Mar 2022|BB");
            assertThat(plan.problems()).containsExactly(new ImportProblem(3, null,
                    "Orphan deliverable | • An action | • A criterion | Mar 2022 | BB", "row before any Task line"));
            assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title)
                    .containsExactly("Document");
        }

        @Test
        void aContinuationWithNoDeliverableAboveIsAProblem() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER, "|• Stray action||Mar 2022|BB",
                    "Document|• Draft|• Used|Mar 2022|BB");
            assertThat(plan.problems()).containsExactly(new ImportProblem(3, null, "• Stray action | Mar 2022 | BB",
                    "no General deliverable above to continue"));
        }

        @Test
        void anExtraColumnIsImportedAroundAndReported() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER, "Document|• Draft|• Used|Mar 2022|BB|Green");
            assertThat(onlyDeliverable(plan).leadText()).isEqualTo("BB");
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(3, "column 6", "Green", "unexpected extra column"));
        }

        @Test
        void aDeliverableMissingBothDeadlineAndLeadGetsTwoProblems() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER, "Document|• Draft|• Used");
            assertThat(onlyDeliverable(plan).actions()).extracting(ImportedRow::text).containsExactly("Draft");
            assertThat(plan.problems()).containsExactly(
                    new ImportProblem(3, "Deadline", "Document", "no deadline"),
                    new ImportProblem(3, "Lead officer", "Document", "no lead officer"));
        }

        @Test
        void theSameDeliverableTwiceInATaskIsReported() {
            ImportedPlan plan = parse("Task 1: Graduated approach", HEADER,
                    "Publish the document|• Draft|• Used|Mar 2022|BB",
                    "Publish the Document.|• Draft|• Used|Mar 2022|BB");
            assertThat(plan.tasks().get(0).deliverables()).hasSize(2);
            assertThat(plan.problems()).containsExactly(new ImportProblem(4, "General deliverable",
                    "Publish the Document.", "same deliverable twice in Task 1"));
        }

        @Test
        void aQuoteThatIsNotCsvQuotingIsReportedAndTheTextKeptAsWritten() {
            String text = tsv("Task 1: Graduated approach", HEADER,
                    "\"Ordinarily available\" document|• Draft the guide|• Used|Mar 2022|BB",
                    "Consult|• Consult schools|• Agreed|Apr 2022|CD");
            ImportedPlan plan = ActionPlanParser.parse(text, '\t');
            assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title)
                    .containsExactly("\"Ordinarily available\" document", "Consult");
            assertThat(plan.problems()).containsExactly(new ImportProblem(3, null, null, QUOTE_PROBLEM));
        }

        @Test
        void anUnterminatedQuoteDoesNotSwallowTheRestOfTheDocument() {
            String text = tsv("Task 1: Graduated approach", HEADER,
                    "Document|\"• Draft the guide|• Used|Mar 2022|BB",
                    "Consult|• Consult schools|• Agreed|Apr 2022|CD");
            ImportedPlan plan = ActionPlanParser.parse(text, '\t');
            assertThat(plan.tasks().get(0).deliverables()).extracting(ImportedDeliverable::title, ImportedDeliverable::line)
                    .containsExactly(tuple("Document", 3), tuple("Consult", 4));
            assertThat(plan.tasks().get(0).deliverables().get(0).actions()).extracting(ImportedRow::text)
                    .containsExactly("\"• Draft the guide");
            assertThat(plan.problems()).containsExactly(new ImportProblem(3, null, null, QUOTE_PROBLEM));
        }

        @Test
        void aQuotedCellThatStartsWithAnEscapedQuoteIsFine() {
            String text = tsv("Task 1: Graduated approach", HEADER,
                    "\"\"\"Ordinarily available\"\" document\"|• Draft the guide|• Used|Mar 2022|BB");
            ImportedPlan plan = ActionPlanParser.parse(text, '\t');
            assertThat(onlyDeliverable(plan).title()).isEqualTo("\"Ordinarily available\" document");
            assertThat(plan.problems()).isEmpty();
        }
    }
}
