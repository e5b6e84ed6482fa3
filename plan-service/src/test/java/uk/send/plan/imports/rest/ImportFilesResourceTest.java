package uk.send.plan.imports.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.plan.imports.domain.Corpus;
import uk.send.plan.imports.domain.CouncilCorpus;
import uk.send.plan.imports.domain.CouncilFiles;
import uk.send.plan.imports.domain.PlanCorpus;
import uk.send.plan.imports.domain.RecoveryPlanCorpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Plans as LAs keep them, through the API: Word, Excel and PDF files uploaded as multipart or as their own media
 * type; the dry run; re-imports that change nothing; the exports; and files that must be refused without a write.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class ImportFilesResourceTest {

    private final String la = "LF" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private String programme;
    private Path dir;

    @BeforeEach
    void createProgramme() throws IOException {
        programme = given().auth().oauth2(lead).contentType("application/json")
                .body(Map.of("title", "Anytown recovery plan", "kind", "RECOVERY_PLAN")).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
        dir = Files.createTempDirectory("import-files-test");
    }

    private Path docx() {
        return PlanCorpus.docx(dir, "recovery-plan.docx", RecoveryPlanCorpus.TITLE, RecoveryPlanCorpus.TASKS, RecoveryPlanCorpus.KEY);
    }

    private JsonPath upload(Path file, boolean dryRun) {
        return given().auth().oauth2(lead).multiPart("file", file.toFile()).queryParam("dryRun", dryRun)
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200).extract().jsonPath();
    }

    private int totalItems() {
        return given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items").then().statusCode(200).extract().path("totalItems");
    }

    private static int createdOrUpdated(JsonPath report) {
        int sum = 0;
        for (String kind : List.of("phases", "tasks", "deliverables", "actions", "criteria", "deadlines", "people")) {
            sum += report.getInt("created." + kind) + report.getInt("updated." + kind);
        }
        return sum;
    }

    @Test
    void shouldPreviewAWordUploadWithoutWritingAndThenImportExactlyThat() {
        JsonPath preview = upload(docx(), true);
        assertThat(preview.getBoolean("dryRun")).isTrue();
        assertThat(preview.getString("importId")).isNull();
        assertThat(preview.getString("source")).isEqualTo("DOCX");
        assertThat(preview.getInt("created.tasks")).isEqualTo(8);
        assertThat(preview.getInt("created.deliverables")).isEqualTo(11);
        assertThat(preview.getInt("created.people")).isEqualTo(4);
        List<Map<String, Object>> changes = preview.getList("items");
        assertThat(changes).anySatisfy(i -> assertThat(i).containsEntry("kind", "DELIVERABLE")
                .containsEntry("title", "Sample EHCPs in each setting to price each band").containsEntry("leadOfficer", "BB")
                .containsEntry("source", "table 4, row 2"));
        assertThat(totalItems()).isZero();
        given().auth().oauth2(lead).get("/api/v1/people").then().body("totalItems", equalTo(0));

        JsonPath real = upload(docx(), false);
        assertThat(real.getString("importId")).isNotNull();
        assertThat(real.getMap("created")).isEqualTo(preview.getMap("created"));
        assertThat(real.getList("items.title")).isEqualTo(preview.getList("items.title"));
        int items = totalItems();
        assertThat(items).isEqualTo(8 + 11 + preview.getInt("created.actions") + preview.getInt("created.criteria"));

        JsonPath again = upload(docx(), false);
        assertThat(createdOrUpdated(again)).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(items);
        assertThat(totalItems()).isEqualTo(items);
    }

    @Test
    void shouldImportAPdfSentAsItsOwnMediaTypeAndAnExcelTrackerOntoTheSameItems() throws IOException {
        Path pdf = PlanCorpus.pdf(dir, "council-papers.pdf", RecoveryPlanCorpus.TITLE, RecoveryPlanCorpus.TASKS, RecoveryPlanCorpus.KEY, 17);
        JsonPath report = given().auth().oauth2(lead).contentType("application/pdf").body(Files.readAllBytes(pdf))
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("source")).isEqualTo("PDF");
        assertThat(report.getInt("created.tasks")).isEqualTo(8);
        assertThat(report.getList("problems")).isEmpty();
        int items = totalItems();

        // The same plan kept as a tracker: same tasks, deliverables and items, so nothing new.
        Path xlsx = PlanCorpus.xlsxTracker(dir, "tracker.xlsx", RecoveryPlanCorpus.TASKS, RecoveryPlanCorpus.KEY);
        JsonPath tracker = given().auth().oauth2(lead).contentType(ImportResource.XLSX).body(Files.readAllBytes(xlsx))
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200).extract().jsonPath();
        assertThat(tracker.getString("format")).isEqualTo("TRACKER");
        assertThat(createdOrUpdated(tracker)).isZero();
        assertThat(totalItems()).isEqualTo(items);
    }

    private String createItem(Map<String, Object> body) {
        return given().auth().oauth2(lead).contentType("application/json").body(body).post("/api/v1/programmes/" + programme + "/items")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldUpdateItemsAddedInTheAppWhenTheExportedTrackerIsImportedBack() {
        upload(docx(), false);
        String importedTask = given().auth().oauth2(lead).queryParam("kind", "TASK").get("/api/v1/programmes/" + programme + "/items")
                .then().statusCode(200).extract().path("items[0].id");
        // Added in the app after the import: a phase with a task, a task of no phase, a deliverable with an action under
        // an imported task. None has an import key.
        String phase = createItem(Map.of("kind", "PHASE", "title", "Year 2 priorities"));
        createItem(Map.of("kind", "TASK", "parentId", phase, "ref", "Y2-1", "title", "Review the banding pilot"));
        createItem(Map.of("kind", "TASK", "title", "Publish the refreshed local offer"));
        String deliverable = createItem(Map.of("kind", "DELIVERABLE", "parentId", importedTask, "title", "Pilot findings to the schools forum"));
        createItem(Map.of("kind", "ACTION", "parentId", deliverable, "title", "Book the forum slot"));
        int items = totalItems();

        for (int round = 1; round <= 2; round++) {
            byte[] tracker = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/exports/tracker.xlsx")
                    .then().statusCode(200).contentType(ImportResource.XLSX).extract().asByteArray();
            JsonPath again = given().auth().oauth2(lead).contentType(ImportResource.XLSX).body(tracker)
                    .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200).extract().jsonPath();
            assertThat(createdOrUpdated(again)).as("round %d: %s", round, again.getList("items")).isZero();
            assertThat(totalItems()).as("round %d", round).isEqualTo(items);
        }
    }

    @Test
    void shouldExportATrackerThatImportsBackUnchangedAndABoardReportWithColouredRag() throws IOException {
        upload(docx(), false);
        given().auth().oauth2(lead).contentType("text/tab-separated-values")
                .body(fixture("recovery-plan-task4-banding.tsv").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200);
        int items = totalItems();
        byte[] tracker = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/exports/tracker.xlsx")
                .then().statusCode(200).contentType(ImportResource.XLSX).extract().asByteArray();
        JsonPath again = given().auth().oauth2(lead).contentType(ImportResource.XLSX).body(tracker)
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("items")).isEmpty();
        assertThat(createdOrUpdated(again)).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(items);

        byte[] report = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/exports/board-report.docx")
                .then().statusCode(200).contentType(ImportResource.DOCX).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report))) {
            // Task 4's title is the pasted table's, imported after the Word document onto the same task.
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).startsWith("Task 4: Introduce an EHCP banding system"));
            XWPFTable first = doc.getTables().get(0);
            assertThat(first.getRow(1).getCell(0).getText()).isEqualTo("Ordinarily available document used in EHCP decisions");
            assertThat(first.getRow(1).getCell(1).getText()).isEqualTo("BB (Bob Brown)");
            assertThat(first.getRow(1).getCell(4).getColor()).isIn("FF0000", "FFC000", "00B050");
        }
    }

    @Test
    void shouldRefuseDamagedProtectedForeignAndOversizedFilesWithProblemsAndWriteNothing() throws IOException {
        byte[] good = Files.readAllBytes(docx());
        Path truncated = Files.write(dir.resolve("truncated.docx"), java.util.Arrays.copyOf(good, good.length / 2));
        given().auth().oauth2(lead).multiPart("file", truncated.toFile()).post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        Path locked = Corpus.encrypted(docx(), dir.resolve("locked.docx"));
        given().auth().oauth2(lead).multiPart("file", locked.toFile()).post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(422).contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("import-password-protected"));
        byte[] big = new byte[20 * 1024 * 1024];
        System.arraycopy(good, 0, big, 0, good.length);
        given().auth().oauth2(lead).contentType(ImportResource.DOCX).body(big).post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(413).contentType("application/problem+json");
        Path twentyMb = Files.write(dir.resolve("big.docx"), big);
        given().auth().oauth2(lead).multiPart("file", twentyMb.toFile()).post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(413).contentType("application/problem+json");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        given().auth().oauth2(lead).contentType("application/octet-stream").body(png).post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(lead).contentType("image/png").body(png).post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(415);
        // A form that never reaches its closing boundary (a client cut off, or a fuzzer): the client's fault, 400.
        given().auth().oauth2(lead).contentType("multipart/form-data; boundary=XyZ")
                .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)))
                .body("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.docx\"\r\n\r\nPK\u0003\u0004")
                .post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(400).contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("malformed-multipart"));
        assertThat(totalItems()).isZero();
        given().auth().oauth2(lead).get("/api/v1/people").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldCreateNothingWhenAnyCorpusTextIsImportedAgain() {
        for (String name : List.of("recovery-plan-task4-banding.tsv", "recovery-plan-pdf-extract.tsv", "seed-000-work-programme.tsv",
                "seed-001-strategy-plan.txt")) {
            String type = name.endsWith(".txt") ? "text/plain" : "text/tab-separated-values";
            for (int round = 0; round < 2; round++) {
                JsonPath report = given().auth().oauth2(lead).contentType(type).body(fixture(name).getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200).extract().jsonPath();
                if (round == 1) {
                    assertThat(createdOrUpdated(report)).as(name).isZero();
                }
            }
        }
    }

    @Test
    void shouldStoreEveryCorpusFileExactlyAndCreateNothingWhenItIsImportedAgain() throws IOException {
        Map<Path, List<PlanCorpus.Task>> corpus = new java.util.LinkedHashMap<>();
        corpus.put(docx(), RecoveryPlanCorpus.TASKS);
        corpus.put(PlanCorpus.xlsxTracker(dir, "tracker.xlsx", RecoveryPlanCorpus.TASKS, RecoveryPlanCorpus.KEY), RecoveryPlanCorpus.TASKS);
        corpus.put(PlanCorpus.pdf(dir, "papers.pdf", RecoveryPlanCorpus.TITLE, RecoveryPlanCorpus.TASKS, RecoveryPlanCorpus.KEY, 17), RecoveryPlanCorpus.TASKS);
        corpus.put(CouncilFiles.northshireDocx(dir), CouncilCorpus.NORTHSHIRE);
        corpus.put(CouncilFiles.westboroughXlsx(dir), CouncilCorpus.WESTBOROUGH);
        corpus.put(CouncilFiles.eastmerePdf(dir), CouncilCorpus.EASTMERE);
        corpus.put(Files.writeString(dir.resolve("southvale.txt"), CouncilFiles.southvaleText()), CouncilCorpus.SOUTHVALE);
        corpus.put(Files.writeString(dir.resolve("westborough.tsv"), CouncilFiles.westboroughText()), CouncilCorpus.WESTBOROUGH);
        for (Map.Entry<Path, List<PlanCorpus.Task>> document : corpus.entrySet()) {
            String name = document.getKey().getFileName().toString();
            createProgramme();
            JsonPath first = upload(document.getKey(), false);
            assertThat(totalItems()).as(name).isEqualTo(itemsIn(document.getValue()));
            assertThat(first.getInt("created.tasks")).as(name).isEqualTo(document.getValue().size());
            JsonPath again = upload(document.getKey(), false);
            assertThat(createdOrUpdated(again)).as(name).isZero();
            assertThat(again.getInt("unchanged")).as(name).isEqualTo(itemsIn(document.getValue()));
            assertThat(totalItems()).as(name).isEqualTo(itemsIn(document.getValue()));
        }
    }

    /** Tasks, deliverables, actions and criteria of a corpus model: what its import must store, no more and no less. */
    private static int itemsIn(List<PlanCorpus.Task> tasks) {
        int items = tasks.size();
        for (PlanCorpus.Task t : tasks) {
            for (PlanCorpus.Deliverable d : t.deliverables()) {
                items += 1 + d.actions().size() + d.criteria().size();
            }
        }
        return items;
    }

    private static String fixture(String name) {
        try (InputStream in = ImportFilesResourceTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
