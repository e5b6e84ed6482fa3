package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads dated action lists out of a narrative document: a "Timeframe Action" table (one text column, or
 * two cells) and bulleted lists whose bullets open with a date ("• By end July 2010 constitute…"). Prose
 * outside such lists is not read. Rules are described on {@link ActionPlanParser}.
 */
final class DatedActionListReader {

    private static final Pattern LIST_HEADER = Pattern.compile(
            "^(?:timeframe|timescale|date|when|deadline)s?\\s*\\|?\\s*actions?$", Pattern.CASE_INSENSITIVE);
    // "Annex 2 to the…", "Appendix 2"; not prose that wraps at "Annex 2):".
    private static final Pattern ANNEX = Pattern.compile(
            "^(?:annex|appendix|schedule)\\s+(?:\\d+|[a-z])(?:\\s*[:.–-]?|\\s+\\S.*)$", Pattern.CASE_INSENSITIVE);
    // "2. ACTION PLAN", "1.4 The Plan": a number with a dot, a short line, no full stop at its end.
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.(?:\\d+\\.?)*\\s+\\S.{0,78}$");
    private static final Pattern FOOTER = Pattern.compile(
            "^(?:\\d{1,3}|page\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?|official)$", Pattern.CASE_INSENSITIVE);

    private enum Region { NONE, TABLE, BULLETS }

    private static final class Entry {
        String timeframe;
        String action = "";
        final int line;
        final String section;

        Entry(String timeframe, int line, String section) {
            this.timeframe = timeframe;
            this.line = line;
            this.section = section;
        }

        boolean hasAction() {
            return !action.isEmpty();
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private Region region = Region.NONE;
    private boolean columns;
    private String section;
    private Entry current;
    private boolean gap;

    private DatedActionListReader() {
    }

    static ImportedPlan read(SourceTable table) {
        DatedActionListReader reader = new DatedActionListReader();
        reader.problems.addAll(table.problems);
        for (SourceTable.Row row : table.rows) {
            reader.accept(row);
        }
        reader.finishEntry();
        return reader.finish();
    }

    static boolean isListHeader(SourceTable.Row row) {
        return LIST_HEADER.matcher(row.display()).matches() || LIST_HEADER.matcher(row.joined()).matches();
    }

    /** A bullet that opens with a date, for format detection. */
    static boolean isDatedBullet(SourceTable.Row row) {
        String text = Cells.withoutBullet(row.raw());
        return text != null && DatePhrases.leading(text) != null;
    }

    private void accept(SourceTable.Row row) {
        if (row.blank()) {
            gap = true;
            return;
        }
        // The raw line, not the cells: with a comma delimiter, prose would otherwise be cut at every comma.
        String text = Cells.clean(row.raw());
        if (FOOTER.matcher(text).matches()) {
            gap = true;
            return;
        }
        if (isListHeader(row)) {
            finishEntry();
            region = Region.TABLE;
            columns = row.filled() >= 2;
            gap = false;
            return;
        }
        if (isHeading(text)) {
            finishEntry();
            region = Region.NONE;
            section = label(text);
            gap = false;
            return;
        }
        switch (region) {
            case NONE -> outside(row, text);
            case BULLETS -> inBullets(row, text);
            case TABLE -> {
                if (columns) {
                    inColumns(row);
                } else {
                    inTable(row, text);
                }
            }
        }
        gap = false;
    }

    private void outside(SourceTable.Row row, String text) {
        String bulleted = Cells.withoutBullet(text);
        if (bulleted != null && DatePhrases.leading(bulleted) != null) {
            region = Region.BULLETS;
            startEntry(row, bulleted);
        }
    }

    /**
     * In a bulleted list every bullet must open with a date; an unbulleted line directly under an entry is
     * its wrapped text, and one after a blank line is prose again, which ends the list.
     */
    private void inBullets(SourceTable.Row row, String text) {
        String bulleted = Cells.withoutBullet(text);
        if (bulleted != null) {
            finishEntry();
            if (DatePhrases.leading(bulleted) != null) {
                startEntry(row, bulleted);
            } else {
                problems.add(new ImportProblem(row.line(), null, text, "bullet in a dated list without a timeframe"));
            }
        } else if (current != null && !gap) {
            current.action = Cells.join(current.action, text);
        } else {
            finishEntry();
            region = Region.NONE;
        }
    }

    /**
     * A one-column "Timeframe Action" table. A line opening with a date starts an entry when the date is
     * followed by a colon, a capital, or nothing (a timeframe wrapped onto lines of its own, completed by
     * the next date-only lines and followed, maybe after a blank line, by its action). A date-only line right
     * under an entry's action ("…decisions in" / "September") belongs to that action, and a date followed by
     * lower-case or punctuation ("April 2011, to Schools…") continues it too.
     */
    private void inTable(SourceTable.Row row, String line) {
        String bulleted = Cells.withoutBullet(line);
        String text = bulleted != null ? bulleted : line;
        DatePhrases.Leading date = DatePhrases.leading(text);
        if (date != null && date.rest().isEmpty()) {
            if (current != null && current.hasAction() && !gap) {
                current.action = Cells.join(current.action, text);
            } else if (current != null && !current.hasAction()) {
                current.timeframe = Cells.join(current.timeframe, date.phrase());
            } else {
                finishEntry();
                current = new Entry(date.phrase(), row.line(), section);
            }
            return;
        }
        if (date != null && (date.rest().startsWith(":") || Cells.startsNewText(date.rest()))) {
            String action = stripColon(date.rest());
            if (current != null && !current.hasAction()) {
                current.timeframe = Cells.join(current.timeframe, date.phrase());
                current.action = action;
            } else {
                finishEntry();
                startEntry(row, text);
            }
            return;
        }
        if (current != null && !current.hasAction()) {
            current.action = text;
        } else if (current != null && !gap) {
            current.action = Cells.join(current.action, text);
        } else {
            problems.add(new ImportProblem(row.line(), null, line, "not part of a dated entry: no timeframe found"));
        }
    }

    /**
     * A two-cell Timeframe | Action table. A filled timeframe cell opens an entry, unless it sits directly
     * under the entry above with an action cell that is empty or a wrapped tail: then both continue it.
     */
    private void inColumns(SourceTable.Row row) {
        String timeframe = row.cell(0);
        String action = row.cell(1);
        for (int i = 2; i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                problems.add(new ImportProblem(row.line(), "column " + (i + 1), row.cell(i), "unexpected extra column"));
            }
        }
        if (!timeframe.isEmpty()) {
            if (current != null && !gap && (action.isEmpty() || !Cells.startsNewText(action))) {
                current.timeframe = Cells.join(current.timeframe, timeframe);
                current.action = Cells.join(current.action, action);
            } else {
                finishEntry();
                current = new Entry(timeframe, row.line(), section);
                current.action = action;
            }
        } else if (current != null) {
            current.action = Cells.join(current.action, action);
        } else {
            problems.add(new ImportProblem(row.line(), "Action", action, "action without a timeframe"));
        }
    }

    private void startEntry(SourceTable.Row row, String text) {
        DatePhrases.Leading date = DatePhrases.leading(text);
        current = new Entry(date.phrase(), row.line(), section);
        current.action = stripColon(date.rest());
    }

    private void finishEntry() {
        if (current == null) {
            return;
        }
        if (current.hasAction()) {
            entries.add(current);
        } else {
            problems.add(new ImportProblem(current.line, "Action", current.timeframe, "timeframe without an action"));
        }
        current = null;
    }

    private ImportedPlan finish() {
        List<ImportedTask> tasks = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Entry e : entries) {
            ImportedTask task = new ImportedTask(null, e.action, e.line, List.of(), e.section, e.timeframe, null, null);
            if (!keys.add(task.key())) {
                problems.add(new ImportProblem(e.line, "Action", e.action, "same action twice in one list"));
            }
            tasks.add(task);
        }
        return new ImportedPlan(tasks, List.of(), RecoveryPlanReader.byLine(problems), Format.DATED_ACTION_LIST);
    }

    private static boolean isHeading(String text) {
        if (ANNEX.matcher(text).matches()) {
            return true;
        }
        return NUMBERED.matcher(text).matches() && !text.endsWith(".") && DatePhrases.leading(text) == null;
    }

    /** "Annex 2 to the SEN Strategy Project Plan" is labelled "Annex 2"; a numbered heading keeps its text. */
    private static String label(String heading) {
        if (ANNEX.matcher(heading).matches()) {
            String[] words = heading.split(" ");
            return words[0] + " " + words[1];
        }
        return heading;
    }

    private static String stripColon(String rest) {
        String text = rest.startsWith(":") ? rest.substring(1) : rest;
        return text.strip();
    }
}
