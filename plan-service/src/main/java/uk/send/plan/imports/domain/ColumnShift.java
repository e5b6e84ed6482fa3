package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.send.plan.text.Homoglyphs;

/**
 * Puts back a recovery-plan row whose cells a PDF tool shifted. When an empty cell is dropped, the cells
 * after it move left: the lead officer's initials land in the Deadline column, the deadline in Success
 * criteria. When an empty cell is added, they move right past Lead officer. The last two filled cells are
 * recognised by what they hold (initials; a date) and moved back to Deadline and Lead officer; the text cells
 * before them keep their places. Rows where this is not clear are left as they are.
 */
final class ColumnShift {

    private static final int DEADLINE = 3;
    private static final int LEAD = 4;
    private static final Pattern INITIALS_LIST =
            Pattern.compile("^[A-Z]{2,5}(?:\\s*[/,&+]\\s*[A-Z]{2,5}|\\s+(?:and\\s+)?[A-Z]{2,5})*$");
    private static final Pattern DATE_WORD = Pattern.compile(
            "\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|term|ongoing)",
            Pattern.CASE_INSENSITIVE);

    private ColumnShift() {
    }

    static SourceTable.Row realign(SourceTable.Row row) {
        List<String> cells = new ArrayList<>(row.cells());
        if (row.filled() < 2) {
            return row;
        }
        // Shifted right: filled cells past Lead officer while an earlier cell is empty.
        while (cells.size() > LEAD + 1 && !Cells.clean(cells.get(cells.size() - 1)).isEmpty() && removeFirstEmpty(cells)) {
            // one empty cell removed per step
        }
        while (cells.size() > LEAD + 1 && Cells.clean(cells.get(cells.size() - 1)).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        int last = lastFilled(cells);
        if (last >= 2 && last < LEAD && isLead(cells.get(last))
                && (isDate(cells.get(last - 1)) || !Cells.clean(cells.get(0)).isEmpty())) {
            String lead = cells.get(last);
            cells.set(last, "");
            String deadline = "";
            if (last - 1 >= 1 && last - 1 != DEADLINE && isDate(cells.get(last - 1))) {
                deadline = cells.get(last - 1);
                cells.set(last - 1, "");
            }
            while (cells.size() < LEAD + 1) {
                cells.add("");
            }
            cells.set(LEAD, lead);
            if (!deadline.isEmpty()) {
                cells.set(DEADLINE, deadline);
            }
        }
        return cells.equals(row.cells()) ? row : row.withCells(cells);
    }

    private static boolean removeFirstEmpty(List<String> cells) {
        for (int i = 1; i < cells.size() - 1; i++) {
            if (Cells.clean(cells.get(i)).isEmpty()) {
                cells.remove(i);
                return true;
            }
        }
        return false;
    }

    private static int lastFilled(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!Cells.clean(cells.get(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLead(String cell) {
        return INITIALS_LIST.matcher(Homoglyphs.toLatin(Cells.joinLines(cell))).matches();
    }

    /** A cell that is nothing but dates, as the deadline parser's word splitter reads them. */
    private static boolean isDate(String cell) {
        String text = Cells.joinLines(cell);
        List<String> dates = DatePhrases.split(text);
        return !dates.isEmpty() && Keys.text(String.join(" ", dates)).equals(Keys.text(text))
                && DATE_WORD.matcher(Homoglyphs.toLatin(text)).find();
    }
}
