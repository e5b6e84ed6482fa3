package uk.send.funding.ehcp.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.send.funding.ehcp.domain.BatchFormat;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.platform.domain.InvalidInput;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads as case management systems really export them, read line by line into the JSON the parser judges. */
class BatchUploadReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOM = "\uFEFF";

    private record Line(int no, JsonNode json, List<Violation> refused) {
    }

    private static final EhcpIntakeConfig.BatchConfig LIMITS = new EhcpIntakeConfig.BatchConfig() {
        public long maxBytes() {
            return 1_000_000;
        }

        public int maxLines() {
            return 1_000;
        }

        public int maxLineChars() {
            return 2_000;
        }

        public int chunkSize() {
            return 100;
        }

        public boolean workerEnabled() {
            return false;
        }
    };

    private static List<Line> read(BatchFormat format, String body) {
        List<Line> lines = new ArrayList<>();
        new BatchUploadReader(LIMITS, JSON).read(format, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), (no, content, refused) -> {
            try {
                lines.add(new Line(no, content == null ? null : JSON.readTree(content), refused));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return lines;
    }

    @Test
    void shouldReadACsvExportWithAByteOrderMarkAndCrlfLineEnds() {
        List<Line> lines = read(BatchFormat.CSV, BOM + "sourceId,ehcpRef,kind,decisionDate,ncy\r\nS-1,E-1,ASSESSMENT_REQUESTED,2025-03-03,4\r\n\r\n");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).no()).isEqualTo(2);
        assertThat(lines.get(0).json().path("sourceId").asText()).isEqualTo("S-1");
        assertThat(lines.get(0).json().path("ncy").asText()).isEqualTo("4");
    }

    @Test
    void shouldMatchHeaderNamesInAnyCaseOrderAndSpacing() {
        List<Line> lines = read(BatchFormat.CSV, "Decision Date, NCY ,kind,EHCP_REF,source-id,Setting URNs,need types\n"
                + "2025-05-19,4,FINAL_PLAN_ISSUED,E-2,S-2,118234;10012345,ASD|SLCN\n");
        JsonNode d = lines.get(0).json();
        assertThat(d.path("decisionDate").asText()).isEqualTo("2025-05-19");
        assertThat(d.path("ehcpRef").asText()).isEqualTo("E-2");
        assertThat(d.path("sourceId").asText()).isEqualTo("S-2");
        assertThat(d.path("settingUrns")).hasSize(2);
        assertThat(d.path("settingUrns").get(1).asText()).isEqualTo("10012345");
        assertThat(d.path("needTypes").get(1).asText()).isEqualTo("SLCN");
    }

    @Test
    void shouldReadQuotedFieldsWithCommasAndDoubledQuotesAndLeaveEmptyOptionalsOut() {
        List<Line> lines = read(BatchFormat.CSV, "sourceId,ehcpRef,kind,decisionDate,ncy,settingUrns,bandCode,caseOfficerId\n"
                + "\"S-\"\"3\"\"\",E-3,FINAL_PLAN_ISSUED,2025-05-19,4,\"118234, 10012345\",,\n");
        JsonNode d = lines.get(0).json();
        assertThat(d.path("sourceId").asText()).isEqualTo("S-\"3\"");
        assertThat(d.path("settingUrns").get(0).asText()).isEqualTo("118234");
        assertThat(d.path("settingUrns").get(1).asText()).isEqualTo("10012345");
        assertThat(d.has("bandCode")).isFalse();
        assertThat(d.has("caseOfficerId")).isFalse();
    }

    @Test
    void shouldRefuseAHeaderNamingAPropertyTwiceOrAnUnknownOneListingTheColumns() {
        assertThatThrownBy(() -> read(BatchFormat.CSV, "sourceId,source_id,ehcpRef,kind,decisionDate,ncy,childName\nS,S,E,ASSESSMENT_REQUESTED,2025-01-01,4,Jane\n"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.issues()).extracting(i -> i.field() + ": " + i.message())
                        .containsExactly("header.source_id: names sourceId a second time",
                                "header.childName: is not a property of an EHCP decision (columns are named as the JSON properties, in any letter case: "
                                        + String.join(", ", DecisionParser.FIELDS) + ")"));
    }

    @Test
    void shouldReadNdjsonWithABomCrlfBlankLinesAndNoFinalNewline() {
        List<Line> lines = read(BatchFormat.NDJSON, BOM + "{\"sourceId\":\"N-1\"}\r\n\r\n   \r\n{\"sourceId\":\"N-2\"}");
        assertThat(lines).extracting(Line::no).containsExactly(1, 4);
        assertThat(lines).extracting(l -> l.json().path("sourceId").asText()).containsExactly("N-1", "N-2");
    }

    @Test
    void shouldNumberCsvLinesAsAnEditorShowsThemBlankLinesIncluded() {
        List<Line> lines = read(BatchFormat.CSV, "sourceId,ehcpRef,kind,decisionDate,ncy\n\nS-2,E,K,2025-01-01,4\n\n\nS-5,E,K,2025-01-01,4\n"
                + "S-6,E,K,2025-01-01\nS-7,E,K,2025-01-01,4");
        assertThat(lines).extracting(Line::no).containsExactly(3, 6, 7, 8);
        assertThat(lines.get(2).refused()).extracting(Violation::field).containsExactly("line");
    }

    @Test
    void shouldIgnoreAnUnnamedColumnLeftEmptyAndRefuseOnlyTheLineThatFillsIt() {
        // Many exporters end every line with a separator: the header then ends in a column with no name.
        List<Line> lines = read(BatchFormat.CSV, "sourceId,ehcpRef,kind,decisionDate,ncy,\nS-1,E-1,ASSESSMENT_REQUESTED,2025-03-03,4,\n"
                + "S-2,E-2,ASSESSMENT_REQUESTED,2025-03-03,4,oops\nS-3,E-3,ASSESSMENT_REQUESTED,2025-03-03,4,\n");
        assertThat(lines).extracting(Line::no).containsExactly(2, 3, 4);
        assertThat(lines.get(0).json().path("sourceId").asText()).isEqualTo("S-1");
        assertThat(lines.get(0).json().size()).isEqualTo(5);
        assertThat(lines.get(1).refused()).extracting(v -> v.field() + ": " + v.message())
                .containsExactly("line: has a value in column 6, which the header does not name");
        assertThat(lines.get(2).json().path("sourceId").asText()).isEqualTo("S-3");
    }
}
