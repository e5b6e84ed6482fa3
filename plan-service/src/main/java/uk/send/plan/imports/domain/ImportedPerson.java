package uk.send.plan.imports.domain;

/**
 * A lead officer from the plan's key: initials as used in the "Lead officer" column, with look-alike
 * Cyrillic or Greek letters already turned into Latin ones so that they match the leads.
 */
public record ImportedPerson(String initials, String name, String title, int line) {
}
