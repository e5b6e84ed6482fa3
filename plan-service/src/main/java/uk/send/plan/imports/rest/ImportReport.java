package uk.send.plan.imports.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.item.domain.ItemKind;

import java.util.List;
import java.util.UUID;

/**
 * What an import created, updated or left as it was, every item it created or updated with the line or cell it
 * came from, and every row or cell it could not read. A dry run's report is exactly the import's, with no id.
 */
public record ImportReport(
        @Schema(description = "Absent for a dry run, which records nothing") UUID importId,
        @Schema(example = "RECOVERY_PLAN_TABLE", description = "The plan's layout: RECOVERY_PLAN_TABLE, WORK_PROGRAMME_PHASES, DATED_ACTION_LIST or TRACKER") String format,
        @Schema(example = "DOCX", description = "What was read: TSV, CSV, DOCX, XLSX or PDF") String source,
        @Schema(description = "True when nothing was written: the report says what an import would do") boolean dryRun,
        Counts created,
        Counts updated,
        int unchanged,
        List<Problem> problems,
        @Schema(description = "Every item created or updated (unchanged items are only counted), in document order") List<Item> items) {

    /** Items by kind, deadlines and people. */
    public record Counts(int phases, int tasks, int deliverables, int actions, int criteria, int deadlines, int people) {
    }

    /** One line or cell the importer could not interpret, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(@Schema(example = "14") int line, @Schema(example = "deadline") String column,
                          @Schema(example = "TBC") String text, @Schema(example = "could not read 'TBC' as a date") String reason,
                          @Schema(example = "table 2, row 5", description = "Where in the file: a line of text, a Word paragraph or table row, "
                                  + "a sheet row, or a PDF page and line") String source) {
    }

    /** Whether an item is new or changed. */
    public enum Change { CREATE, UPDATE }

    /** An item the import creates or updates, as it will stand, and where it came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(Change change, ItemKind kind, @Schema(example = "Task 4") String ref,
                       @Schema(example = "Sample EHCPs in each setting to price each band") String title,
                       @Schema(example = "BB") String leadOfficer, List<String> deadlines,
                       @Schema(example = "7") int line, @Schema(example = "table 1, row 2") String source) {
    }
}
