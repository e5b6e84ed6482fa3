package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.send.plan.text.Homoglyphs;

/**
 * The key of lead officers in a recovery plan, read wherever it stands (at the start, between tasks, at the
 * end): rows of initials · name · title, in cells or split by two or more spaces, under a heading such as
 * "Key to abbreviations" or a header row such as "Initials | Name | Job title". A short line under an entry
 * continues its title; initials with Cyrillic look-alike letters are made Latin.
 */
final class RecoveryPlanKey {

    // "Key", "Key to lead officers", "Key to abbreviations", "Abbreviations used", "Glossary", "Lead officer key"...
    static final Pattern KEY_HEADING = Pattern.compile(
            "^(?:key|glossary|key to [\\p{L} ]{1,40}|[\\p{L} ]{0,30}\\b(?:key|abbreviations|acronyms|glossary)(?: used)?)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INITIALS = Pattern.compile("^[A-Z]{1,5}$");
    private static final Pattern KEY_SPLIT = Pattern.compile("\\t|[ \\u00A0]{2,}");
    private static final Set<String> KEY_HEADER_WORDS = Set.of(
            "initials", "initial", "name", "names", "full", "title", "job", "role", "post", "position", "designation", "lead",
            "officer", "officers", "abbreviation", "abbreviations", "acronym", "meaning", "stands", "for", "person", "responsible");

    /** One entry of the key; its title may grow as wrapped lines are read. */
    static final class PersonDraft {
        final String initials;
        final String name;
        String title;
        final int line;

        PersonDraft(String initials, String name, String title, int line) {
            this.initials = initials;
            this.name = name;
            this.title = title;
            this.line = line;
        }
    }

    private final List<PersonDraft> people = new ArrayList<>();
    private final List<ImportProblem> problems;

    RecoveryPlanKey(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** A line that opens the key: one cell, "Key", "Key to abbreviations", "Glossary" and the like. */
    static boolean isHeading(SourceTable.Row row, String latin) {
        return row.filled() == 1 && KEY_HEADING.matcher(latin).matches();
    }

    /** A key's own header row: "Initials | Name | Title", "Abbreviation | Full name | Job title" (two cells or more, key words only). */
    static boolean isKeyHeaderRow(SourceTable.Row row) {
        if (row.filled() < 2) {
            return false;
        }
        List<String> words = row.words();
        return KEY_HEADER_WORDS.containsAll(words)
                && (words.contains("initials") || words.contains("initial") || words.contains("abbreviation")
                || words.contains("abbreviations") || words.contains("acronym") || words.contains("name") || words.contains("names"));
    }

    /** Reads {@code row} as a key entry (or the wrapped tail of one); false when it is not one, which ends the key. */
    boolean accept(SourceTable.Row row) {
        List<String> parts = new ArrayList<>();
        if (row.filled() >= 2) {
            for (int i = 0; i < row.cells().size(); i++) {
                if (!row.cell(i).isEmpty()) {
                    parts.add(row.cell(i));
                }
            }
        } else {
            for (String part : KEY_SPLIT.split(row.rawCell(row.firstFilled()).strip())) {
                if (!Cells.clean(part).isEmpty()) {
                    parts.add(Cells.clean(part));
                }
            }
        }
        List<String> words = Cells.words(String.join(" ", parts));
        if (!words.isEmpty() && KEY_HEADER_WORDS.containsAll(words)) {
            return true;
        }
        String initials = Homoglyphs.toLatin(parts.get(0)).replace(".", "").replace(" ", "");
        PersonDraft last = people.isEmpty() ? null : people.get(people.size() - 1);
        if (parts.size() == 1) {
            String text = parts.get(0);
            String[] split = text.split(" ", 2);
            if (last != null && Cells.wordCount(text) <= 4) {
                // A job title wrapped onto the next line ("Head of School Organisation and" / "Capital").
                last.title = last.title == null ? text : Cells.join(last.title, text);
                return true;
            }
            String firstWord = Homoglyphs.toLatin(split[0]).replace(".", "");
            if (split.length == 2 && INITIALS.matcher(firstWord).matches()) {
                people.add(new PersonDraft(firstWord, split[1], null, row.line()));
                problems.add(new ImportProblem(row.line(), "Key", text,
                        "cannot tell the name from the job title: separate them with a tab or two spaces"));
                return true;
            }
            return false;
        }
        if (!INITIALS.matcher(initials).matches()) {
            return false;
        }
        String title = parts.size() > 2 ? String.join(" ", parts.subList(2, parts.size())) : null;
        if (title == null) {
            problems.add(new ImportProblem(row.line(), "Key", row.display(), "no job title for lead officer"));
        }
        people.add(new PersonDraft(initials, parts.get(1), title, row.line()));
        return true;
    }

    /** The initials in the key; initials given twice are reported. */
    Set<String> initials() {
        Set<String> known = new HashSet<>();
        for (PersonDraft p : people) {
            if (!known.add(p.initials)) {
                problems.add(new ImportProblem(p.line, "Key", p.initials, "initials appear twice in the key"));
            }
        }
        return known;
    }

    List<ImportedPerson> people() {
        return people.stream().map(p -> new ImportedPerson(p.initials, p.name, p.title, p.line)).toList();
    }
}
