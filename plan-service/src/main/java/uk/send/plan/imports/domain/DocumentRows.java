package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells read from a Word, Excel or PDF file, in document order, each with a description of where it
 * stands in the file. Row {@code i} (0-based) is given line {@code i + 1}, so the readers' line numbers
 * point back into {@link #sources}. Adding more rows than the limit refuses the whole document.
 */
final class DocumentRows {

    final List<SourceTable.Row> rows = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    private final int maxRows;

    DocumentRows(int maxRows) {
        this.maxRows = maxRows;
    }

    void add(List<String> cells, String source) {
        add(cells, source, false);
    }

    /** @param spansTable the row is one cell merged across its whole table */
    void add(List<String> cells, String source, boolean spansTable) {
        if (rows.size() >= maxRows) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                    "the document has more than " + maxRows + " rows and paragraphs; split it and import the parts");
        }
        // A NUL (from a damaged PDF font or a strange cell) cannot be stored in PostgreSQL text and means nothing.
        List<String> copy = cells.stream().map(c -> c.indexOf('\u0000') >= 0 ? c.replace("\u0000", "") : c).toList();
        rows.add(new SourceTable.Row(rows.size() + 1, copy, String.join("\t", copy), spansTable));
        sources.add(source);
    }

    SourceTable table() {
        return SourceTable.of(rows);
    }
}
