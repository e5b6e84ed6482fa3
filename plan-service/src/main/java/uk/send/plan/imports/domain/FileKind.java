package uk.send.plan.imports.domain;

/** The kinds of source an action plan is imported from. */
public enum FileKind {
    /** Tab-separated text, as pasted from a Word table or a PDF. */
    TSV,
    /** Comma-separated text. */
    CSV,
    /** A Word document (Office Open XML). */
    DOCX,
    /** An Excel workbook (Office Open XML): a tracker, or the plan's table pasted into a sheet. */
    XLSX,
    /** A PDF with a text layer (not a scan). */
    PDF
}
