package uk.send.funding.ehcp.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.send.funding.ehcp.domain.LoggedDecision;
import uk.send.funding.ehcp.repository.EhcpDecisionRepository;
import uk.send.funding.ehcp.service.DecisionParser;
import uk.send.funding.ehcp.service.EhcpIntakeService;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.export.SpreadsheetText;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an LA's decision log as CSV while reading it, {@value #CHUNK} decisions per query (keyset), so an export
 * of hundreds of thousands of decisions holds one chunk in memory. The columns after the first three are those
 * of a batch upload, so an export can be read back by the intake's batch endpoint. Text a spreadsheet would run as a
 * formula gets a {@code '} in front ({@link SpreadsheetText}); the batch reader takes it off again.
 */
@ApplicationScoped
public class DecisionCsvExport {

    static final int CHUNK = 1000;

    private final EhcpIntakeService intake;

    public DecisionCsvExport(EhcpIntakeService intake) {
        this.intake = intake;
    }

    void write(String tenant, EhcpDecisionRepository.Filter filter, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("decisionId", "recordedAt", "supersededBy"));
        header.addAll(DecisionParser.FIELDS);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
        EhcpDecisionRepository.Cursor after = null;
        while (true) {
            List<LoggedDecision> chunk = intake.exportChunk(tenant, filter, after, CHUNK);
            for (LoggedDecision d : chunk) {
                csv.printRecord(row(d).stream().map(SpreadsheetText::cell).toList());
            }
            if (chunk.size() < CHUNK) {
                break;
            }
            after = EhcpDecisionRepository.Cursor.after(chunk.get(chunk.size() - 1).decision());
        }
        csv.flush();
    }

    private static List<Object> row(LoggedDecision logged) {
        EhcpDecisionRecorded r = logged.decision();
        return java.util.Arrays.asList(r.decisionId(), r.recordedAt(), logged.supersededBy(), r.sourceId(), r.ehcpRef(), r.kind(),
                r.decisionDate(), r.ncy(), r.caseOfficerId(), r.reassessment(), join(r.settingUrns()), join(r.needTypes()), r.bandCode(),
                r.effectiveDate(), r.reviewOutcome(), r.ceaseReason(), r.exceptionReason(), r.refusalAppealable(), r.tribunalOrder(),
                r.fromLa(), r.supersedesSourceId(), r.correctedKind());
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(";", values);
    }
}
