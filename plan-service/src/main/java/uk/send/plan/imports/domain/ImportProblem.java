package uk.send.plan.imports.domain;

/**
 * Something in the source text that the parser could not place, or placed with a gap, so that the person
 * importing can check it against the document. Nothing is dropped without one of these.
 *
 * @param line   1-based line of the source text (the first line of a quoted multi-line record); 0 for the whole text
 * @param column the column concerned (e.g. "Lead officer"), or null for the whole row
 * @param text   the text concerned, as found
 * @param reason why it is reported, in plain words
 */
public record ImportProblem(int line, String column, String text, String reason) {
}
