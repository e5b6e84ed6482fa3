package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four councils' plans in four more layouts (see {@link CouncilFiles}), none of which the readers were written
 * against: each must give exactly its model's tree and key, with nothing lost and nothing invented, and no
 * problem but the ones a person would expect to be told about.
 */
class CouncilCorpusTest {

    private static final PlanDocuments.Limits LIMITS = new PlanDocuments.Limits(10 << 20, 20_000, 500, 128 << 20);

    @TempDir
    Path dir;

    @Test
    void shouldReadAWordPlanWithItsOwnColumnNamesAndOrderTaskRowsSpanningTheTableAndTheKeyFirst() {
        ReadDocument read = PlanDocuments.file(CouncilFiles.northshireDocx(dir), LIMITS);
        assertThat(read.kind()).isEqualTo(FileKind.DOCX);
        assertThat(read.plan().format()).isEqualTo(Format.RECOVERY_PLAN_TABLE);
        CorpusAssertions.assertExactTree(read.plan(), CouncilCorpus.NORTHSHIRE, CouncilCorpus.NORTHSHIRE_KEY);
        assertThat(read.plan().problems()).isEmpty();
    }

    @Test
    void shouldReadAnUnnumberedRowSpanningAWordTableAsATaskHeadingNotADeliverable() {
        // The same plan with its headings written without "Task N": each spanning row still heads its rows.
        List<PlanCorpus.Task> unnumbered = CouncilCorpus.NORTHSHIRE.stream()
                .map(t -> new PlanCorpus.Task(PlanCorpus.Matchers.of(t.heading()).title(), t.deliverables())).toList();
        assertThat(unnumbered).extracting(PlanCorpus.Task::heading).noneMatch(h -> h.startsWith("Task"));
        ReadDocument read = PlanDocuments.file(CouncilFiles.northshireDocx(dir, unnumbered, "northshire-unnumbered.docx"), LIMITS);
        CorpusAssertions.assertExactTree(read.plan(), unnumbered, CouncilCorpus.NORTHSHIRE_KEY);
        assertThat(read.plan().problems()).isEmpty();
    }

    @Test
    void shouldReadATrackerWithSynonymHeadersMergedCellsExcelDatesAndTheKeyBelowIt() {
        ReadDocument read = PlanDocuments.file(CouncilFiles.westboroughXlsx(dir), LIMITS);
        assertThat(read.kind()).isEqualTo(FileKind.XLSX);
        assertThat(read.plan().format()).isEqualTo(Format.TRACKER);
        CorpusAssertions.assertExactTree(read.plan(), CouncilCorpus.WESTBOROUGH, CouncilCorpus.WESTBOROUGH_KEY);
        assertThat(read.plan().problems()).extracting(ImportProblem::reason).containsExactly("above the tracker's header row: not read");
    }

    @Test
    void shouldReadTheSameTrackerCopiedOutOfExcelAsText() {
        ReadDocument read = PlanDocuments.text(CouncilFiles.westboroughText(), '\t');
        assertThat(read.plan().format()).isEqualTo(Format.TRACKER);
        CorpusAssertions.assertExactTree(read.plan(), CouncilCorpus.WESTBOROUGH, CouncilCorpus.WESTBOROUGH_KEY);
        assertThat(read.plan().problems()).extracting(ImportProblem::reason).containsExactly("above the tracker's header row: not read");
    }

    @Test
    void shouldReadCouncilPapersWithTheKeyFirstUnnumberedTasksAndFurnitureOnEveryPage() {
        ReadDocument read = PlanDocuments.file(CouncilFiles.eastmerePdf(dir), LIMITS);
        assertThat(read.kind()).isEqualTo(FileKind.PDF);
        CorpusAssertions.assertExactTree(read.plan(), CouncilCorpus.EASTMERE, CouncilCorpus.EASTMERE_KEY);
        assertThat(read.plan().problems()).isEmpty();
    }

    @Test
    void shouldRefuseAPasswordProtectedPdfAndWorkbookAsEncrypted() throws Exception {
        Path pdf = CouncilFiles.eastmerePdf(dir);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            doc.save(dir.resolve("locked.pdf").toFile());
        }
        Path xlsx = Corpus.encrypted(CouncilFiles.westboroughXlsx(dir), dir.resolve("locked.xlsx"));
        for (Path locked : java.util.List.of(dir.resolve("locked.pdf"), xlsx)) {
            assertThatThrownBy(() -> PlanDocuments.file(locked, LIMITS)).as(locked.toString()).isInstanceOfSatisfying(UnreadableDocument.class,
                    e -> assertThat(e.reason()).isEqualTo(UnreadableDocument.Reason.ENCRYPTED));
        }
    }

    @Test
    void shouldReadPastedTextWithCapitalTaskLinesInlineBulletsAndTheKeyBetweenTasks() {
        ReadDocument read = PlanDocuments.text(CouncilFiles.southvaleText(), '\t');
        CorpusAssertions.assertExactTree(read.plan(), CouncilCorpus.SOUTHVALE, CouncilCorpus.SOUTHVALE_KEY);
        assertThat(read.plan().problems()).isEmpty();
    }
}
