package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a text-based PDF (Apache PDFBox) as rows of cells, one row per printed line, by the words' positions:
 * words far enough apart on a line are in different cells. Once a table's header row has been seen (a line
 * made only of header words, such as "General deliverable · Specific actions · ... · Lead officer", possibly
 * wrapped over two lines), every word goes to the column whose header starts at or left of it, so an empty
 * cell leaves its column empty instead of shifting the next cells left. Page furniture, wrapped cells and
 * rows split over pages are left to the readers, exactly as for pasted PDF text.
 */
final class PdfReader extends PDFTextStripper {

    private record Word(float x, float end, String text, float space) {
    }

    private record Chunk(float x, String text) {
    }

    private static final float MIN_GAP = 7.5f;
    private static final float COLUMN_SLACK = 4f;

    private final DocumentRows out;
    private final List<Word> line = new ArrayList<>();
    private List<Float> columns;
    private List<Float> headerColumns;
    private int page;
    private int lineOnPage;

    private PdfReader(DocumentRows out) throws IOException {
        this.out = out;
        setSortByPosition(true);
    }

    static DocumentRows read(Path file, int maxRows, int maxPages) {
        DocumentRows out = new DocumentRows(maxRows);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() > maxPages) {
                throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                        "the PDF has " + document.getNumberOfPages() + " pages; one import reads at most " + maxPages);
            }
            PdfReader reader = new PdfReader(out);
            reader.writeText(document, new StringWriter());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.ENCRYPTED,
                    "the PDF is protected by a password: upload a copy without the password", e);
        } catch (IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the PDF is damaged and cannot be read", e);
        }
        if (out.rows.stream().allMatch(SourceTable.Row::blank)) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN,
                    "the PDF has no text to read: it may be a scan; upload the Word document or a PDF saved from it");
        }
        return out;
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        super.startPage(p);
        page++;
        lineOnPage = 0;
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        flushLine();
        super.endPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        line.add(new Word(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), text, Math.max(1f, first.getWidthOfSpace())));
    }

    @Override
    protected void writeWordSeparator() {
        // Words arrive one by one through writeString; the gaps between them are measured there.
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    private void flushLine() {
        if (line.isEmpty()) {
            return;
        }
        List<Chunk> chunks = chunks(line);
        line.clear();
        lineOnPage++;
        List<String> texts = chunks.stream().map(Chunk::text).toList();
        SourceTable.Row probe = new SourceTable.Row(0, texts, String.join("\t", texts));
        if (chunks.size() >= 2 && RecoveryPlanReader.isHeaderRow(probe)) {
            List<Float> starts = chunks.stream().map(Chunk::x).toList();
            // A header wrapped over two lines adds the columns its second line starts.
            headerColumns = headerColumns != null && lineOnPage > 1 && columns != null ? merge(headerColumns, starts) : new ArrayList<>(starts);
            columns = headerColumns;
            out.add(place(chunks), "page " + page + ", line " + lineOnPage);
            return;
        }
        headerColumns = null;
        out.add(columns == null ? texts : place(chunks), "page " + page + ", line " + lineOnPage);
    }

    private List<String> place(List<Chunk> chunks) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(new StringBuilder());
        }
        for (Chunk c : chunks) {
            int col = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) <= c.x() + COLUMN_SLACK) {
                    col = i;
                }
            }
            StringBuilder cell = cells.get(col);
            if (!cell.isEmpty()) {
                cell.append(' ');
            }
            cell.append(c.text());
        }
        return cells.stream().map(StringBuilder::toString).toList();
    }

    private static List<Float> merge(List<Float> columns, List<Float> starts) {
        List<Float> merged = new ArrayList<>(columns);
        for (Float s : starts) {
            if (merged.stream().noneMatch(c -> Math.abs(c - s) < 15f)) {
                merged.add(s);
            }
        }
        merged.sort(Float::compare);
        return merged;
    }

    private static List<Chunk> chunks(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = sorted.get(0).x();
        float end = sorted.get(0).x();
        for (Word w : sorted) {
            float gap = w.x() - end;
            if (!text.isEmpty() && gap > Math.max(MIN_GAP, 2.5f * w.space())) {
                chunks.add(new Chunk(start, text.toString()));
                text.setLength(0);
                start = w.x();
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(w.text());
            end = Math.max(end, w.end());
        }
        chunks.add(new Chunk(start, text.toString()));
        return chunks;
    }
}
