package uk.send.plan.imports.domain;

import java.util.List;
import java.util.Optional;
import uk.send.plan.text.Homoglyphs;

/**
 * Imports a local authority's action plan from text pasted out of a Word table or extracted from a PDF,
 * tab- or comma-separated (quoted cells with commas, tabs and line breaks allowed). It recognises the
 * {@link Format} and reads tasks, lead officers and problems; dates and leads are kept as raw text.
 *
 * <h2>Recovery plan tables</h2>
 * <ul>
 * <li>"Task 4: title", "TASK 3 - title", "Task 3. title" opens a task; a single first-column line or lines
 * after it, before the table, complete its title. The same Task line again at the top of a page
 * ("Task 4 (continued)") is skipped.</li>
 * <li>Header rows (General deliverable · Specific actions · Success criteria · Deadline · Lead officer, any
 * case, wrapped or repeated on each page) are skipped, as are page footers ("Page 3 of 12", a lone page
 * number in the first column, "OFFICIAL"), single first-column lines before the first task (the document
 * title) and their repeats, and any single first-column line of three or more words seen twice.</li>
 * <li>A filled first column opens a new deliverable, unless it is the wrapped tail of the title above: it
 * starts lower case or with punctuation, or the row brings nothing of its own (no bullet, deadline or lead,
 * and its other cells start lower case) under a deliverable whose items are bulleted.</li>
 * <li>An empty first column continues the deliverable above. In Specific actions and Success criteria a
 * bullet (•, ▪, §, and -, * at the start of a line) always opens a new item; unbulleted text opens a new item
 * only when the column's last item had no bullet and the text starts with a capital or digit; otherwise it
 * is appended to the last item (wrapped PDF text). This holds line by line inside a quoted cell too.</li>
 * <li>A deliverable's deadline and lead are its whole cells, joined across the lines they wrapped over.
 * When its deadline holds two or more dates and the actions (or the criteria) number the same, the dates
 * are tied to those items in order; when its lead cell has one line per item, likewise. Otherwise items
 * have null deadline and lead: the deliverable's apply.</li>
 * <li>"Key", "Key to lead officers" or "Lead officer key" starts the key: rows of initials · name · title,
 * in cells or split by two or more spaces; a short line under an entry continues its title.</li>
 * <li>Problems: a row before any Task line, a continuation with no deliverable above, a deliverable with no
 * deadline, no lead officer, or no items, a lead's initials missing from the key, extra columns.</li>
 * </ul>
 *
 * <h2>Phased work programmes</h2>
 * Each "(a) …" item (also "(1)", "(iv)") is a task with its phase ("1"), planning timescale as deadline and
 * implementation date. Text before the first marker in a cell continues the item above; date cells of a
 * row without a new item continue the last item's dates. A cell with n items shares its date cells' n dates
 * out in order (or, when the count differs, each keeps the whole text and a problem is recorded). Lines
 * "- 16. The purpose…" are narrative and skipped.
 *
 * <h2>Dated action lists</h2>
 * Lists start at a "Timeframe Action" header or at a bullet that opens with a date, and end at a heading
 * ("Annex 1…", "2. ACTION PLAN"). Each entry is a task: the leading date phrase is its deadline, the rest
 * (wrapped lines joined) its title, and the heading the list sits under is its phase. A table line that is
 * neither an entry nor the continuation of one is a problem; prose outside lists is not read.
 *
 * <h2>Trackers</h2>
 * A tracker copied out of Excel (a header row naming its columns, see {@link TrackerColumns}) is read as a workbook's
 * tracker sheet is, including a key of abbreviations below it.
 *
 * <h2>Keys</h2>
 * Every task, deliverable and item has a {@code key()} that does not change with case, spacing,
 * punctuation, look-alike letters or wrapping, so a re-import can be upserted. Keys are unique within their
 * parent; a duplicate is reported as a problem.
 */
public final class ActionPlanParser {

    private ActionPlanParser() {
    }

    /**
     * Detects the format and parses.
     *
     * @param delimiter '\t' or ','
     * @throws IllegalArgumentException for another delimiter, or text in none of the known formats
     */
    public static ImportedPlan parse(String text, char delimiter) {
        SourceTable table = SourceTable.read(text, delimiter);
        Format format = detect(table).orElseThrow(() -> new IllegalArgumentException(
                "not a recognised action plan: expected \"Task N:\" lines with a General deliverable table, "
                        + "a Phase table of (a), (b) items, or a Timeframe Action list"));
        return read(table, format);
    }

    /** Detects the format of rows read from a document and parses them; empty when in none of the known formats. */
    static Optional<ImportedPlan> parse(SourceTable table) {
        return detect(table).map(format -> read(table, format));
    }

    /** Parses as the given format, for when the person importing has said which it is. */
    public static ImportedPlan parse(String text, char delimiter, Format format) {
        return read(SourceTable.read(text, delimiter), format);
    }

    /** The format the text looks like, if any. */
    public static Optional<Format> detectFormat(String text, char delimiter) {
        return detect(SourceTable.read(text, delimiter));
    }

    private static ImportedPlan read(SourceTable table, Format format) {
        return switch (format) {
            case RECOVERY_PLAN_TABLE -> RecoveryPlanReader.read(table);
            case WORK_PROGRAMME_PHASES -> WorkProgrammeReader.read(table);
            case DATED_ACTION_LIST -> DatedActionListReader.read(table);
            case TRACKER -> TrackerReader.headerIndex(table.rows)
                    .map(i -> WorkbookReader.tracker(table.rows, i, List.of()))
                    .orElseThrow(() -> new IllegalArgumentException("no tracker header row (Task, Deliverable, Action, Deadline, Lead ...)"));
        };
    }

    // Most specific first: a recovery plan may contain dated bullets, and a work programme's items are dated.
    private static Optional<Format> detect(SourceTable table) {
        boolean dated = false;
        boolean programme = false;
        boolean tracker = false;
        int itemRows = 0;
        for (SourceTable.Row row : table.rows) {
            if (row.blank()) {
                continue;
            }
            String latin = row.latin();
            if (RecoveryPlanReader.TASK_LINE.matcher(latin).matches() || RecoveryPlanReader.isTableHeader(row)) {
                return Optional.of(Format.RECOVERY_PLAN_TABLE);
            }
            tracker |= TrackerColumns.of(row.cells()).isPresent();
            programme |= WorkProgrammeReader.isHeader(row);
            itemRows += WorkProgrammeReader.isItemRow(row) ? 1 : 0;
            dated |= DatedActionListReader.isListHeader(row) || DatedActionListReader.isDatedBullet(row);
        }
        if (tracker) {
            // A tracker copied out of Excel: its header row names Task/Workstream, Deliverable, Action, Due date, Owner...
            return Optional.of(Format.TRACKER);
        }
        if (programme || itemRows >= 2) {
            return Optional.of(Format.WORK_PROGRAMME_PHASES);
        }
        return dated ? Optional.of(Format.DATED_ACTION_LIST) : Optional.empty();
    }
}
