package uk.send.funding.ehcp.domain;

/** One thing wrong with a decision: the JSON field (or column) it concerns and what is wrong, in words a CMS supplier can act on. */
public record Violation(String field, String message) {
}
