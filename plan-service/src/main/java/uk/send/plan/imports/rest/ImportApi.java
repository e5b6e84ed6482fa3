package uk.send.plan.imports.rest;

import uk.send.plan.imports.domain.ImportOutcome;

/** The import API's report from the domain's outcome, at the edge. */
public final class ImportApi {

    private ImportApi() {
    }

    public static ImportReport report(ImportOutcome o) {
        return new ImportReport(o.importId(), o.format(), o.source(), o.dryRun(), counts(o.created()), counts(o.updated()), o.unchanged(),
                o.problems().stream().map(p -> new ImportReport.Problem(p.line(), p.column(), p.text(), p.reason(), p.source())).toList(),
                o.items().stream().map(i -> new ImportReport.Item(ImportReport.Change.valueOf(i.change().name()), i.kind(), i.ref(), i.title(),
                        i.leadOfficer(), i.deadlines(), i.line(), i.source())).toList());
    }

    private static ImportReport.Counts counts(ImportOutcome.Counts c) {
        return new ImportReport.Counts(c.phases(), c.tasks(), c.deliverables(), c.actions(), c.criteria(), c.deadlines(), c.people());
    }
}
