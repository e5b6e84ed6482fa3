package uk.send.plan.imports.rest;

import uk.send.plan.imports.domain.ImportOutcome;

/** The import API's report from the domain's outcome, at the edge. */
public final class ImportApi {

    private ImportApi() {
    }

    public static ImportReport report(ImportOutcome o) {
        return new ImportReport(o.importId(), o.format(), counts(o.created()), counts(o.updated()), o.unchanged(),
                o.problems().stream().map(p -> new ImportReport.Problem(p.line(), p.column(), p.text(), p.reason())).toList());
    }

    private static ImportReport.Counts counts(ImportOutcome.Counts c) {
        return new ImportReport.Counts(c.phases(), c.tasks(), c.deliverables(), c.actions(), c.criteria(), c.deadlines(), c.people());
    }
}
