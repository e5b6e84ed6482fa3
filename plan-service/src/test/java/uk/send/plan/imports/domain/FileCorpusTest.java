package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.send.plan.imports.domain.PlanCorpus.Deliverable;
import uk.send.plan.imports.domain.PlanCorpus.Task;

/**
 * The recovery plan of DOMAIN.md as LAs keep it (Word, an Excel tracker, a PDF of the council papers): each
 * file must give exactly the model's tree, with leads resolved through the key.
 */
class FileCorpusTest {

    private static final PlanDocuments.Limits LIMITS = new PlanDocuments.Limits(10 << 20, 20_000, 500, 128 << 20);

    @TempDir
    Path dir;

    @Test
    void shouldReadTheWordDocumentExactly() {
        ReadDocument read = PlanDocuments.file(PlanCorpus.docx(dir, "plan.docx", RecoveryPlanCorpus.TITLE, RecoveryPlanCorpus.TASKS,
                RecoveryPlanCorpus.KEY), LIMITS);
        assertThat(read.kind()).isEqualTo(FileKind.DOCX);
        assertExactTree(read.plan(), RecoveryPlanCorpus.TASKS);
        assertThat(read.source(read.plan().tasks().get(0).deliverables().get(0).line())).isEqualTo("table 1, row 2");
    }

    @Test
    void shouldReadTheExcelTrackerExactly() {
        ReadDocument read = PlanDocuments.file(PlanCorpus.xlsxTracker(dir, "tracker.xlsx", RecoveryPlanCorpus.TASKS, RecoveryPlanCorpus.KEY), LIMITS);
        assertThat(read.kind()).isEqualTo(FileKind.XLSX);
        assertThat(read.plan().format()).isEqualTo(Format.TRACKER);
        assertExactTree(read.plan(), RecoveryPlanCorpus.TASKS);
        assertThat(read.source(read.plan().tasks().get(0).line())).isEqualTo("sheet 'Tracker', row 3");
    }

    @Test
    void shouldReadThePdfExactlyAcrossPagesFootersAndRepeatedHeaders() {
        ReadDocument read = PlanDocuments.file(PlanCorpus.pdf(dir, "plan.pdf", RecoveryPlanCorpus.TITLE, RecoveryPlanCorpus.TASKS,
                RecoveryPlanCorpus.KEY, 17), LIMITS);
        assertThat(read.kind()).isEqualTo(FileKind.PDF);
        assertExactTree(read.plan(), RecoveryPlanCorpus.TASKS);
        assertThat(read.source(read.plan().tasks().get(1).line())).startsWith("page ");
    }

    @Test
    void shouldRefuseDamagedProtectedForeignAndOversizedFiles() throws Exception {
        Path docx = PlanCorpus.docx(dir, "plan.docx", RecoveryPlanCorpus.TITLE, RecoveryPlanCorpus.TASKS, RecoveryPlanCorpus.KEY);
        byte[] bytes = Files.readAllBytes(docx);
        Path truncated = Files.write(dir.resolve("truncated.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> PlanDocuments.file(truncated, LIMITS)).isInstanceOfSatisfying(UnreadableDocument.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocument.Reason.CORRUPT));
        Path png = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertThatThrownBy(() -> PlanDocuments.file(png, LIMITS)).isInstanceOfSatisfying(UnreadableDocument.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocument.Reason.UNSUPPORTED_TYPE));
        Path encrypted = Corpus.encrypted(docx, dir.resolve("protected.docx"));
        assertThatThrownBy(() -> PlanDocuments.file(encrypted, LIMITS)).isInstanceOfSatisfying(UnreadableDocument.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocument.Reason.ENCRYPTED));
        assertThatThrownBy(() -> PlanDocuments.file(docx, new PlanDocuments.Limits(1000, 20_000, 500, 128 << 20)))
                .isInstanceOfSatisfying(UnreadableDocument.class, e -> assertThat(e.reason()).isEqualTo(UnreadableDocument.Reason.TOO_LARGE));
        assertThatThrownBy(() -> PlanDocuments.file(docx, new PlanDocuments.Limits(10 << 20, 10, 500, 128 << 20)))
                .isInstanceOfSatisfying(UnreadableDocument.class, e -> assertThat(e.reason()).isEqualTo(UnreadableDocument.Reason.TOO_LARGE));
    }

    @Test
    void shouldReadPdfExtractedTextWithEveryFailureClass() {
        // Unnumbered task heading (wrapped), footers with page numbers standing alone and glued onto a cell, a running
        // title, a deliverable title wrapped across rows with a capital, a row split by a page break, a dropped empty
        // cell shifting the deadline and lead left, and a key of abbreviations with its own header and Cyrillic initials.
        ReadDocument read = PlanDocuments.text(Fixtures.read("recovery-plan-pdf-extract.tsv"), '\t');
        List<Task> expected = List.of(
                new Task("Task 5: Fund outreach services by a top-slice of mainstream schools' budgets", List.of(
                        new Deliverable("Cost of outreach in pounds and as a share of each school budget",
                                List.of("Calculate the top-slice for every mainstream school"), List.of("Schools forum votes on the top-slice"),
                                "Nov2022", "EF"),
                        new Deliverable("Outreach service specification agreed with Schools Forum members",
                                List.of("Draft the specification with special schools"), List.of("Specification signed off by the Schools Forum"),
                                "29 Oct 21", "BB"))),
                new Task("Reduce places commissioned in alternative provision", List.of(
                        new Deliverable("Model required primary and secondary places from the Exclusions profile of past years",
                                List.of("Use the year with the highest exclusions", "Estimate reintegration and year 11 leavers"),
                                List.of("Places match the modelled need", "Modelling shared with headteachers"), "Mar 2022", "GH"),
                        new Deliverable("Agree numbers with providers", List.of("Meet every AP provider"), List.of(), "Apr 2023", "GH"),
                        new Deliverable("Annual review of commissioned places", List.of("Review places each spring"),
                                List.of("Places reviewed every year"), "EVERY JANUARY", "CD"))));
        assertExactTree(read.plan(), expected);
    }

    /** Tasks, refs, titles, deliverables, items, deadlines and leads exactly as the model; every lead in the key. */
    static void assertExactTree(ImportedPlan plan, List<Task> expected) {
        CorpusAssertions.assertExactTree(plan, expected, RecoveryPlanCorpus.KEY);
        assertThat(plan.people()).extracting(ImportedPerson::initials).containsExactly("BB", "CD", "EF", "GH");
        assertThat(plan.people()).extracting(ImportedPerson::title)
                .containsExactly("Head of SEN", "Finance Business Partner", "Commissioning Manager", "Head of School Organisation and Capital");
        assertThat(plan.problems()).extracting(ImportProblem::reason).allMatch(r -> r.startsWith("above the tracker's header row"));
    }
}
