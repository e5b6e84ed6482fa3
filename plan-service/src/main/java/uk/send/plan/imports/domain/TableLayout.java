package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.send.plan.imports.domain.TrackerColumns.Role;

/**
 * The column order of a recovery-plan table, read from its header row, so that councils' own layouts need no
 * code: "Deliverable · Key actions · Measures of success · Responsible officer · Timescale" is the same table
 * as "General deliverable · Specific actions · Success criteria · Deadline · Lead officer" with its last two
 * columns swapped, and a table without a success-criteria column simply has none. Each header cell must name
 * one of the five columns (by the names and synonyms of {@link TrackerColumns}), each at most once, with a
 * deliverable, action or success-criteria column among at least three (without a deliverable column the actions
 * are the deliverables); header cells are short and hold no digits,
 * so a data row is never taken for a header. Rows of the table are then put into the standard order.
 */
final class TableLayout {

    private static final Role[] STANDARD_ORDER = {Role.DELIVERABLE, Role.ACTION, Role.CRITERION, Role.DEADLINE, Role.LEAD};
    /** The standard order: rows are read as they stand. */
    static final TableLayout STANDARD = new TableLayout(new int[] {0, 1, 2, 3, 4}, Integer.MAX_VALUE);

    /** For each standard column, the index of the source column holding it, or -1 when the table has none. */
    private final int[] source;
    private final int width;

    private TableLayout(int[] source, int width) {
        this.source = source;
        this.width = width;
    }

    /** The layout a header row names, if it is one. */
    static Optional<TableLayout> of(SourceTable.Row header) {
        return header.layout(() -> named(header));
    }

    private static Optional<TableLayout> named(SourceTable.Row header) {
        if (header.filled() < 3) {
            return Optional.empty();
        }
        int[] source = {-1, -1, -1, -1, -1};
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            String cell = Cells.joinLines(cells.get(i));
            if (cell.isEmpty()) {
                continue;
            }
            if (Cells.wordCount(cell) > 5 || cell.chars().anyMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int standard = indexOf(TrackerColumns.role(cell));
            if (standard < 0 || source[standard] >= 0) {
                return Optional.empty();
            }
            source[standard] = i;
        }
        if (source[0] < 0) {
            // Without a deliverable column the actions are the deliverables, as in a tracker.
            source[0] = source[1];
            source[1] = -1;
        }
        if (source[0] < 0 && source[2] < 0) {
            return Optional.empty();
        }
        return Optional.of(new TableLayout(source, cells.size()));
    }

    /** Whether {@code row} is a header row naming a recovery-plan table's columns. */
    static boolean isHeader(SourceTable.Row row) {
        return of(row).isPresent();
    }

    /** The row with its cells in the standard order; rows of another table (more cells than the header) are left as they are. */
    SourceTable.Row apply(SourceTable.Row row) {
        if (this == STANDARD || row.cells().size() > width || isIdentity()) {
            return row;
        }
        List<String> cells = new ArrayList<>(STANDARD_ORDER.length);
        for (int s : source) {
            cells.add(s >= 0 ? row.rawCell(s) : "");
        }
        return row.withCells(cells);
    }

    private boolean isIdentity() {
        for (int i = 0; i < source.length; i++) {
            if (source[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(Role role) {
        for (int i = 0; i < STANDARD_ORDER.length; i++) {
            if (STANDARD_ORDER[i] == role) {
                return i;
            }
        }
        return -1;
    }
}
