package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.send.plan.text.Homoglyphs;

/**
 * Reads a workbook's sheets as a plan. The first sheet with a tracker header row (see {@link TrackerColumns})
 * is the tracker; a sheet headed Initials (or Abbreviation) · Name · Title/Role is a key of lead officers, and so
 * are such rows below the tracker on its own sheet.
 * A workbook with no tracker sheet (a plan's Word tables pasted into Excel) is read like pasted text.
 */
final class WorkbookReader {

    private WorkbookReader() {
    }

    static ImportedPlan read(DocumentRows rows, List<XlsxReader.SheetRange> sheets) {
        List<ImportedPerson> people = new ArrayList<>();
        List<SourceTable.Row> tracker = null;
        int trackerHeader = -1;
        for (XlsxReader.SheetRange sheet : sheets) {
            if (sheet.first() > sheet.last()) {
                continue;
            }
            List<SourceTable.Row> sheetRows = rows.rows.subList(sheet.first() - 1, sheet.last());
            Optional<Integer> header = TrackerReader.headerIndex(sheetRows);
            if (header.isPresent() && tracker == null) {
                tracker = sheetRows;
                trackerHeader = header.get();
            } else {
                people.addAll(keySheet(sheetRows));
            }
        }
        if (tracker != null) {
            return tracker(tracker, trackerHeader, people);
        }
        return ActionPlanParser.parse(rows.table()).orElseThrow(() -> new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN,
                "no tracker found in the workbook: expected a header row naming columns such as Task, Deliverable, Action, "
                        + "Success criteria, Deadline and Lead officer"));
    }

    /**
     * A tracker from its rows and header row; a key of abbreviations below it (on the same sheet, or further down the
     * pasted text) ends it, and its people join {@code otherPeople} (those of key sheets).
     */
    static ImportedPlan tracker(List<SourceTable.Row> rows, int header, List<ImportedPerson> otherPeople) {
        int end = keyStart(rows, header + 1);
        List<ImportedPerson> people = new ArrayList<>(otherPeople);
        people.addAll(keySheet(rows.subList(end, rows.size())));
        return TrackerReader.read(rows.subList(0, end), header, people);
    }

    /** The index of the first row from {@code from} that opens a key (a "Key to abbreviations" line or an "Initials | Name" header); the end when none. */
    private static int keyStart(List<SourceTable.Row> rows, int from) {
        for (int i = from; i < rows.size(); i++) {
            SourceTable.Row row = rows.get(i);
            if (RecoveryPlanKey.isHeading(row, row.latin()) || RecoveryPlanKey.isKeyHeaderRow(row)) {
                return i;
            }
        }
        return rows.size();
    }

    /** People from a sheet headed Initials · Name · Title (any order, synonyms allowed); none when it is not one. */
    static List<ImportedPerson> keySheet(List<SourceTable.Row> rows) {
        for (int h = 0; h < Math.min(10, rows.size()); h++) {
            List<String> cells = rows.get(h).cells();
            int initials = -1;
            int name = -1;
            int title = -1;
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i).toLowerCase(Locale.ROOT);
                if (initials < 0 && (c.contains("initial") || c.contains("abbreviation") || c.contains("short"))) {
                    initials = i;
                } else if (name < 0 && c.contains("name")) {
                    name = i;
                } else if (title < 0 && (c.contains("title") || c.contains("role") || c.contains("job") || c.contains("post") || c.contains("position"))) {
                    title = i;
                }
            }
            if (initials >= 0 && name >= 0) {
                List<ImportedPerson> people = new ArrayList<>();
                for (SourceTable.Row row : rows.subList(h + 1, rows.size())) {
                    String i = Homoglyphs.toLatin(row.cell(initials)).replace(".", "").replace(" ", "");
                    if (!i.isEmpty() && !row.cell(name).isEmpty()) {
                        people.add(new ImportedPerson(i, row.cell(name), title < 0 || row.cell(title).isEmpty() ? null : row.cell(title), row.line()));
                    }
                }
                return people;
            }
        }
        return List.of();
    }
}
