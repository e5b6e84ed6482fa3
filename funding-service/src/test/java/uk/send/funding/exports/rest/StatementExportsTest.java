package uk.send.funding.exports.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.repository.PaymentLineRepository;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A school business manager's and an LA finance officer's view of the money exports: a statement with termly pay
 * months, every element and negative adjustments agrees to the penny in the API, the CSV and the XLSX; amounts carry
 * two decimals; reasons with commas, quotes, {@code £} and {@code →} survive; a school sees only its own URN; an empty
 * statement is a 200 of zeros; a malformed financial year is a 400 naming {@code financialYear}.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class StatementExportsTest {

    private static final String FY = "2025-26";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String AWKWARD = "Band appeal dismissed, \"B3\" → B2, £125 back";
    private static final RestAssuredConfig BIG_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private final FundingFixtures la = new FundingFixtures("SX" + UUID.randomUUID().toString().substring(0, 6));
    private final String school = "1" + (int) (10000 + Math.random() * 89999);
    private final String other = "3" + (int) (10000 + Math.random() * 89999);

    @Inject
    PaymentLineRepository lines;

    @Test
    void shouldAgreeToThePennyInTheApiTheCsvAndTheXlsxPerPayMonthAndElement() throws Exception {
        la.setting(school, "MAINSTREAM_PRIMARY");
        writeTermlyYear();

        // Worked by hand: top-up 12 x 1,234.50 = 14,814.00; place funding 12 x 500.00 = 6,000.00; protection 100.05;
        // adjustments -125.00 + 1,250.00 = 1,125.00; total 22,039.05. Paid termly, in April, September and January.
        JsonPath s = given().config(BIG_DECIMALS).auth().oauth2(la.finance).queryParam("financialYear", FY)
                .get("/api/v1/payment-statements/" + school).then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("topUp")).isEqualTo("14814.00");
        assertThat(s.getString("placeFunding")).isEqualTo("6000.00");
        assertThat(s.getString("protection")).isEqualTo("100.05");
        assertThat(s.getString("adjustments")).isEqualTo("1125.00");
        assertThat(s.getString("total")).isEqualTo("22039.05");
        Map<String, String> apiByMonth = new TreeMap<>();
        for (Map<String, Object> p : s.<Map<String, Object>>getList("periods")) {
            apiByMonth.put((String) p.get("payMonth"), ((BigDecimal) p.get("total")).toPlainString());
        }
        assertThat(apiByMonth).containsExactly(Map.entry("2025-04", "8772.55"), Map.entry("2025-09", "6813.00"), Map.entry("2026-01", "6453.50"));
        Map<String, String> apiByElement = Map.of("TOP_UP", "14814.00", "PLACE_FUNDING", "6000.00", "PROTECTION", "100.05", "ADJUSTMENT", "1125.00");

        // CSV: UTF-8 without a BOM, header row, two decimals always, RFC 4180 quoting, a file name naming LA, URN and year.
        Response csvResponse = given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("format", "csv")
                .get("/api/v1/payment-statements/" + school + "/export");
        csvResponse.then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + la.la + "-statement-" + school + "-2025-26.csv\""));
        byte[] bytes = csvResponse.asByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("financial_year,setting_urn,ehcp_ref,element,for_month,pay_month,adjustment,amount,reason\r\n");
        assertThat(csv).contains(",1234.50,", ",-125.00,\"Band appeal dismissed, \"\"B3\"\" → B2, £125 back\"\r\n", ",TOTAL,,,,22039.05,\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(28);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("amount")).matches("-?\\d+\\.\\d{2}"));
        List<String[]> csvLines = new ArrayList<>();
        for (CSVRecord r : rows.subList(0, 27)) {
            assertThat(r.get("for_month")).matches("\\d{4}-\\d{2}");
            csvLines.add(new String[] {r.get("pay_month"), r.get("element"), r.get("adjustment"), r.get("amount")});
        }
        assertThat(rows).filteredOn(r -> r.get("adjustment").equals("Y")).extracting(r -> r.get("reason")).containsExactly(AWKWARD, "Places, late");
        assertThat(byPayMonth(csvLines)).isEqualTo(apiByMonth);
        assertThat(byElement(csvLines)).isEqualTo(apiByElement);
        assertThat(rows.get(27).get("element")).isEqualTo("TOTAL");
        assertThat(rows.get(27).get("setting_urn")).isEqualTo(school);
        assertThat(rows.get(27).get("amount")).isEqualTo(s.getString("total"));

        // XLSX: amounts numeric in a two-decimal money format, months as ISO text, header row, a TOTAL equal to the API's.
        Response xlsxResponse = given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("format", "xlsx")
                .get("/api/v1/payment-statements/" + school + "/export");
        xlsxResponse.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + la.la + "-statement-" + school + "-2025-26.xlsx\""));
        List<String[]> xlsxLines = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsxResponse.asByteArray()), new ReadingOptions(true, false))) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Statement " + school);
            List<Row> xrows = sheet.read();
            assertThat(xrows).hasSize(29);
            assertThat(xrows.get(0).getCell(7).getText()).isEqualTo("amount");
            for (Row r : xrows.subList(1, 29)) {
                Cell amount = r.getCell(7);
                assertThat(amount.getType()).isEqualTo(CellType.NUMBER);
                assertThat(amount.getDataFormatString()).isEqualTo("#,##0.00");
            }
            for (Row r : xrows.subList(1, 28)) {
                assertThat(r.getCell(4).getType()).isEqualTo(CellType.STRING);
                assertThat(r.getCell(4).getText()).matches("\\d{4}-\\d{2}");
                xlsxLines.add(new String[] {r.getCell(5).getText(), r.getCell(3).getText(), r.getCell(6).getText(),
                        r.getCell(7).asNumber().setScale(2).toPlainString()});
                if (r.getCell(6).getText().equals("Y") && r.getCell(7).asNumber().signum() < 0) {
                    assertThat(r.getCell(8).getText()).isEqualTo(AWKWARD);
                }
            }
            Row total = xrows.get(28);
            assertThat(total.getCell(3).getText()).isEqualTo("TOTAL");
            assertThat(total.getCell(7).asNumber().setScale(2).toPlainString()).isEqualTo(s.getString("total"));
        }
        assertThat(byPayMonth(xlsxLines)).isEqualTo(apiByMonth);
        assertThat(byElement(xlsxLines)).isEqualTo(apiByElement);

        // The LA's schedule: its export's TOTAL equals the schedule's total; named by LA and year.
        JsonPath schedule = given().config(BIG_DECIMALS).auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + FY)
                .then().statusCode(200).extract().jsonPath();
        assertThat(schedule.getString("total")).isEqualTo("22039.05");
        Response scheduleCsv = given().auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + FY + "/export");
        scheduleCsv.then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + la.la + "-schedule-2025-26.csv\""));
        assertThat(scheduleCsv.asString()).endsWith(",TOTAL,,,,22039.05,\r\n");

        // Statement lines are paged like every list: at most 100 a page, with totals.
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("size", 5).queryParam("page", 1)
                .get("/api/v1/payment-statements/" + school + "/lines").then().statusCode(200)
                .body("items.size()", equalTo(5)).body("page", equalTo(1)).body("totalItems", equalTo(27)).body("totalPages", equalTo(6));
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("size", 101)
                .get("/api/v1/payment-statements/" + school + "/lines").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(la.finance).queryParam("size", 101)
                .get("/api/v1/payment-schedules/" + FY + "/settings").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAStatementWithNoLinesYetWithZeroTotalsAndAnExportOfJustItsTotal() throws Exception {
        la.setting(school, "MAINSTREAM_PRIMARY");
        String head = DevTokens.mint(la.la, "sbm@" + school + ".sch.uk", List.of("school"), school, Duration.ofHours(1));

        given().auth().oauth2(head).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + school).then().statusCode(200)
                .body("periods.size()", equalTo(0)).body("total", equalTo(0.0f)).body("topUp", equalTo(0.0f)).body("adjustments", equalTo(0.0f));
        given().auth().oauth2(head).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + school + "/lines").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("totalItems", equalTo(0));
        String csv = given().auth().oauth2(head).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + school + "/export")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines()).containsExactly("financial_year,setting_urn,ehcp_ref,element,for_month,pay_month,adjustment,amount,reason",
                "2025-26," + school + ",,TOTAL,,,,0.00,");
        byte[] xlsx = given().auth().oauth2(head).queryParam("financialYear", FY).queryParam("format", "xlsx")
                .get("/api/v1/payment-statements/" + school + "/export").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCell(7).asNumber()).isEqualByComparingTo("0.00");
        }
    }

    @Test
    void shouldShowASchoolOnlyItsOwnUrnOnStatementLinesAndExports() {
        la.setting(school, "MAINSTREAM_PRIMARY");
        la.setting(other, "MAINSTREAM_PRIMARY");
        writeTermlyYear();
        String head = DevTokens.mint(la.la, "sbm@" + school + ".sch.uk", List.of("school"), school, Duration.ofHours(1));
        FundingFixtures otherLa = new FundingFixtures("SY" + UUID.randomUUID().toString().substring(0, 6));

        given().auth().oauth2(head).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + school + "/export")
                .then().statusCode(200).header("Content-Disposition", equalTo("attachment; filename=\"" + la.la + "-statement-" + school + "-2025-26.csv\""));
        for (String path : List.of("", "/lines", "/export")) {
            given().auth().oauth2(head).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + other + path)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(otherLa.finance).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + school + path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(head).queryParam("format", "xlsx").queryParam("financialYear", FY).get("/api/v1/payment-statements/" + other + "/export")
                .then().statusCode(404);
        given().auth().oauth2(head).get("/api/v1/payment-schedules/" + FY + "/export").then().statusCode(403);
    }

    @Test
    void shouldRefuseAMalformedFinancialYearNamingIt() {
        la.setting(school, "MAINSTREAM_PRIMARY");
        for (String bad : List.of("2025", "2025-27", "25-26", "2025/26", "1999-00", "")) {
            for (String path : List.of("", "/lines", "/export")) {
                given().auth().oauth2(la.finance).queryParam("financialYear", bad).get("/api/v1/payment-statements/" + school + path)
                        .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("financialYear"));
            }
        }
        for (String bad : List.of("2025", "2025-27", "2025_26")) {
            for (String path : List.of("", "/settings", "/export")) {
                given().auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + bad + path)
                        .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("financialYear"));
            }
        }
        // A well-formed year with nothing in it yet is an empty statement, not an error.
        given().auth().oauth2(la.finance).queryParam("financialYear", "2031-32").get("/api/v1/payment-statements/" + school)
                .then().statusCode(200).body("financialYear", equalTo("2031-32")).body("total", equalTo(0.0f));
    }

    @Test
    void shouldDocumentBothFormatsAndTheFileNameOfEachMoneyExport() {
        JsonPath doc = new JsonPath(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
        for (String path : List.of("/api/v1/payment-statements/{urn}/export", "/api/v1/payment-schedules/{financialYear}/export")) {
            String ok = "paths.'" + path + "'.get.responses.'200'";
            assertThat(doc.getMap(ok + ".content").keySet()).containsExactlyInAnyOrder("text/csv", XLSX);
            assertThat(doc.getString(ok + ".headers.'Content-Disposition'.description")).contains("<LA>-statement-<URN>-<2025-26>.csv");
        }
    }

    /** The setting's year, paid termly (April for April to August, September for September to December, January for the rest). */
    private void writeTermlyYear() {
        FinancialYear year = new FinancialYear(2025);
        List<PaymentLine> insert = new ArrayList<>();
        for (YearMonth m : year.months()) {
            YearMonth pay = m.getMonthValue() >= 4 && m.getMonthValue() <= 8 ? YearMonth.of(2025, 4)
                    : m.getMonthValue() >= 9 ? YearMonth.of(2025, 9) : YearMonth.of(2026, 1);
            insert.add(new PaymentLine(null, school, "EHCP-2025-0042", Element.TOP_UP, m, pay, false, new BigDecimal("1234.50"), null));
            insert.add(new PaymentLine(null, school, null, Element.PLACE_FUNDING, m, pay, false, new BigDecimal("500.00"), null));
        }
        insert.add(new PaymentLine(null, school, null, Element.PROTECTION, YearMonth.of(2025, 4), YearMonth.of(2025, 4), false,
                new BigDecimal("100.05"), null));
        insert.add(new PaymentLine(null, school, "EHCP-2025-0042", Element.TOP_UP, YearMonth.of(2025, 4), YearMonth.of(2025, 9), true,
                new BigDecimal("-125.00"), AWKWARD));
        insert.add(new PaymentLine(null, school, null, Element.PLACE_FUNDING, YearMonth.of(2025, 9), YearMonth.of(2026, 1), true,
                new BigDecimal("1250.00"), "Places, late"));
        QuarkusTransaction.requiringNew().run(() -> lines.apply(la.la, year, new PaymentLineRepository.Write(List.of(), List.of(), List.of(), insert)));
    }

    /** Line (pay month, element, adjustment Y/N, amount) totals per pay month. */
    private static Map<String, String> byPayMonth(List<String[]> rows) {
        return sums(rows, r -> r[0]);
    }

    /** Totals per element as the statement splits them: an adjustment of any element counts as ADJUSTMENT. */
    private static Map<String, String> byElement(List<String[]> rows) {
        return sums(rows, r -> r[2].equals("Y") ? "ADJUSTMENT" : r[1]);
    }

    private static Map<String, String> sums(List<String[]> rows, java.util.function.Function<String[], String> key) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        rows.forEach(r -> sums.merge(key.apply(r), new BigDecimal(r[3]), BigDecimal::add));
        Map<String, String> out = new TreeMap<>();
        sums.forEach((k, v) -> out.put(k, v.toPlainString()));
        return out;
    }
}
