package uk.send.plan.imports.domain;

import java.util.List;

/**
 * A plan read from a file or text: the plan itself, the kind of source, and where each of its lines came
 * from, so that the import report can point at the paragraph, table row, sheet row or PDF page of every item
 * and problem.
 *
 * @param sources one description per line number, line 1 first ("table 2, row 5", "sheet 'Plan', row 14",
 *                "page 3, line 12", "line 7")
 * @param sha256  hash of the bytes imported, hex
 */
public record ReadDocument(ImportedPlan plan, FileKind kind, List<String> sources, String sha256) {

    public ReadDocument {
        sources = List.copyOf(sources);
    }

    /** Where line {@code line} came from; "line N" when not recorded, "whole document" for 0. */
    public String source(int line) {
        if (line <= 0) {
            return "whole document";
        }
        return line <= sources.size() ? sources.get(line - 1) : "line " + line;
    }
}
