package uk.send.plan.governance.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class GovernanceResourceTest {

    /** Kent's SEN strategy project plan, Annex 1 (seed 001): the Strategy Steering Group. */
    static final List<String> STEERING_REMIT = List.of(
            "Oversee the development and implementation of the SEN and Disabled Children’s Strategy",
            "Oversee the work of the Need Dimensions Working Groups",
            "Consider recommendations from the working groups and parent/carer reference group",
            "Plan and oversee the consultation process",
            "Ensure an effective communications strategy is in place",
            "Ensure an appropriate monitoring and evaluation strategy is in place",
            "Prepare reports for SMT, elected Members and other interested parties",
            "Make recommendations to SMT and Members for provision development and implementation");
    static final List<String> STEERING_MEMBERS = List.of(
            "Director of Specialist Children’s Services (Chair)",
            "Director of Learning",
            "Head of SEN and Resources",
            "Schools Finance Manager",
            "County SEN Manager – Project Lead",
            "Parent Partnership Services Head of Service",
            "Senior Inclusion and Access Adviser",
            "Head of Psychology Service",
            "Head of Specialist Teaching Service",
            "Head of Attendance and Behaviour",
            "Health Commissioner for Disabled Children’s Services",
            "Area Children’s Services Officer",
            "Chairs of Dimensions Working Groups",
            "Secondary School Head (academy or maintained)",
            "Primary School Head");
    /** The Need Dimensions Working Groups: the same remit and membership, one group per dimension of need. */
    static final List<String> DIMENSIONS = List.of("BESD", "Cognition and Learning", "PD/MED/HI/VI/MSI", "ASD/SLCN");
    static final List<String> WORKING_REMIT = List.of(
            "To provide an overview description of the continuum of provision that should be available for the particular need type(s) 0 - 24",
            "To prepare and provide a Policy document for the SEN dimension of need for approval by the Strategy Steering Group, SMT and Members for consultation and publication",
            "To consider and make recommendations on the features of a mainstream school (including PRUs as appropriate and Academies) to ensure the delivery of a universal provision for the particular need type",
            "To consider and make recommendations on what mainstream schools could reasonably deliver, with additional input, in terms of an enhanced level of provision and what the features of that provision would be",
            "To consider and make recommendations on the features of specialist provision within mainstream schools",
            "Map what is currently available within each locality/district, identify gaps and make recommendations about developing and/or redistributing current services and resources",
            "Describe what an appropriate specialist outreach service might look like and how that could be delivered, clarifying the relationship between mainstream and special schools",
            "Establish criteria for access to specialist resourcing, including outreach, and placements within mainstream schools",
            "Establish criteria for partnership working with the Independent and Non-Maintained sector and other Local Authorities to ensure a complete continuum of provision including any out county day and/or residential provision");
    static final List<String> WORKING_MEMBERS = List.of(
            "Head of Special School",
            "Secondary School Head*",
            "Primary School Head*",
            "EP representative",
            "SEN and Resources representative",
            "Specialist Teaching Service representative",
            "Attendance and Behaviour Service representative",
            "Relevant Health representative",
            "Inclusion and Access Adviser representative",
            "Preventative Services Manager representative",
            "Head of SEN and Resources or County SEN Manager");

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    private RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String strategy() {
        return as(lead).body(Map.of("title", "SEN strategy project plan", "kind", "STRATEGY"))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> members(List<String> roles, String organisation) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (String role : roles) {
            Map<String, Object> m = new HashMap<>();
            m.put("role", role);
            m.put("organisation", organisation);
            members.add(m);
        }
        return members;
    }

    private static Map<String, Object> steeringGroup(String programmeId) {
        Map<String, Object> g = new HashMap<>();
        g.put("programmeId", programmeId);
        g.put("kind", "STEERING");
        g.put("name", "Strategy Steering Group");
        g.put("remit", STEERING_REMIT);
        g.put("chair", "Director of Specialist Children’s Services");
        g.put("members", members(STEERING_MEMBERS, "Kent County Council"));
        return g;
    }

    private static Map<String, Object> workingGroup(String programmeId, String dimension) {
        Map<String, Object> g = new HashMap<>();
        g.put("programmeId", programmeId);
        g.put("kind", "WORKING");
        g.put("name", dimension + " working group");
        g.put("dimensionOfNeed", dimension);
        g.put("remit", WORKING_REMIT);
        g.put("members", members(WORKING_MEMBERS, null));
        return g;
    }

    private Response create(String token, Object body) {
        return as(token).body(body).post("/api/v1/governance-groups");
    }

    @Test
    void shouldConstituteTheStrategySteeringGroupAndReadItBackExactly() {
        String programmeId = strategy();
        Response created = create(lead, steeringGroup(programmeId));
        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", endsWith("/api/v1/governance-groups/" + created.jsonPath().getString("id")));
        String id = created.jsonPath().getString("id");

        JsonPath group = given().auth().oauth2(lead).get("/api/v1/governance-groups/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().jsonPath();
        assertThat(group.getString("programmeId")).isEqualTo(programmeId);
        assertThat(group.getString("kind")).isEqualTo("STEERING");
        assertThat(group.getString("name")).isEqualTo("Strategy Steering Group");
        assertThat(group.getString("chair")).isEqualTo("Director of Specialist Children’s Services");
        assertThat(group.getList("remit", String.class)).containsExactlyElementsOf(STEERING_REMIT);
        assertThat(group.getList("members.role", String.class)).hasSize(15).containsExactlyElementsOf(STEERING_MEMBERS);
        assertThat(group.getList("members.organisation", String.class)).containsOnly("Kent County Council");
        assertThat(group.getInt("meetings.totalItems")).isZero();
    }

    @Test
    void shouldConstituteTheFourNeedDimensionWorkingGroupsAndListThem() {
        String programmeId = strategy();
        create(lead, steeringGroup(programmeId)).then().statusCode(201);
        List<String> ids = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            ids.add(create(lead, workingGroup(programmeId, dimension)).then().statusCode(201).extract().path("id"));
        }
        create(lead, Map.of("kind", "REFERENCE", "name", "Parent/carer reference group",
                "remit", List.of("Assist the work of the Steering and Working Groups"))).then().statusCode(201);

        for (int i = 0; i < DIMENSIONS.size(); i++) {
            JsonPath group = given().auth().oauth2(lead).get("/api/v1/governance-groups/" + ids.get(i)).then().statusCode(200).extract().jsonPath();
            assertThat(group.getString("dimensionOfNeed")).isEqualTo(DIMENSIONS.get(i));
            assertThat(group.getString("kind")).isEqualTo("WORKING");
            assertThat(group.getList("remit", String.class)).containsExactlyElementsOf(WORKING_REMIT);
            assertThat(group.getList("members.role", String.class)).containsExactlyElementsOf(WORKING_MEMBERS);
            assertThat(group.getMap("members[0]")).doesNotContainKeys("name", "organisation");
        }

        given().auth().oauth2(lead).queryParam("kind", "WORKING").get("/api/v1/governance-groups").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.name", contains("ASD/SLCN working group", "BESD working group", "Cognition and Learning working group", "PD/MED/HI/VI/MSI working group"))
                .body("items.memberCount", contains(11, 11, 11, 11));
        given().auth().oauth2(lead).queryParam("programmeId", programmeId).get("/api/v1/governance-groups").then().statusCode(200)
                .body("totalItems", equalTo(5));
        given().auth().oauth2(lead).queryParam("kind", "STEERING").get("/api/v1/governance-groups").then()
                .body("totalItems", equalTo(1)).body("items[0].memberCount", equalTo(15))
                .body("items[0].chair", equalTo("Director of Specialist Children’s Services"));
        String commissioner = DevTokens.mint(la, "comm@" + la + ".gov.uk", "commissioner");
        given().auth().oauth2(commissioner).queryParam("size", 2).get("/api/v1/governance-groups").then().statusCode(200)
                .body("totalItems", equalTo(6)).body("totalPages", equalTo(3)).body("items.size()", equalTo(2));
    }

    @Test
    void shouldRecordMeetingsAndListThemNewestFirst() {
        String id = create(lead, steeringGroup(strategy())).then().statusCode(201).extract().path("id");
        String url = "/api/v1/governance-groups/" + id + "/meetings";
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = Map.of("heldOn", "2010-09-06", "title", "Initial meeting of the SEN strategy steering group",
                "notes", "Confirmed the overarching timeframe for the work and implementation");
        Response created = as(lead).header("Idempotency-Key", key).body(first).post(url);
        created.then().statusCode(201).header("Location", endsWith(url + "/" + created.jsonPath().getString("id")))
                .body("groupId", equalTo(id)).body("heldOn", equalTo("2010-09-06"));
        as(lead).header("Idempotency-Key", key).body(first).post(url).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(created.jsonPath().getString("id")));
        as(lead).body(Map.of("heldOn", "2010-12-13", "title", "Funding proposals before the Schools Funding Forum")).post(url).then().statusCode(201);
        as(lead).body(Map.of("heldOn", "2010-10-18", "title", "Detailed action plan with timelines")).post(url).then().statusCode(201);

        given().auth().oauth2(lead).queryParam("size", 2).get(url).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.heldOn", contains("2010-12-13", "2010-10-18"));
        given().auth().oauth2(lead).queryParam("size", 2).queryParam("page", 1).get(url).then()
                .body("items.heldOn", contains("2010-09-06"));
        given().auth().oauth2(lead).get(url + "/" + created.jsonPath().getString("id")).then().statusCode(200)
                .body("notes", equalTo("Confirmed the overarching timeframe for the work and implementation"));
        given().auth().oauth2(lead).get("/api/v1/governance-groups/" + id).then().statusCode(200)
                .body("meetings.totalItems", equalTo(3)).body("meetings.items[0].heldOn", equalTo("2010-12-13"))
                .body("members.size()", equalTo(15));
    }

    @Test
    void shouldRejectAnInvalidGroupWithFieldErrorsAndWriteNothing() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("name", " ");
        bad.put("remit", List.of("Two lines\nin one bullet", ""));
        bad.put("members", List.of(Map.of("name", "Jane Smith")));
        create(lead, bad).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/validation"))
                .body("errors.field", hasItems("kind", "name", "remit[0]", "remit[1]", "members[0].role"));
        create(lead, Map.of("kind", "SUBCOMMITTEE", "name", "x")).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        create(lead, Map.of("kind", "WORKING", "name", "Orphan", "programmeId", UUID.randomUUID().toString())).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://send-platform.uk/problems/unknown-programme"));
        String id = create(lead, steeringGroup(strategy())).then().statusCode(201).extract().path("id");
        as(lead).body(Map.of("title", "No date")).post("/api/v1/governance-groups/" + id + "/meetings").then().statusCode(400)
                .body("errors.field", hasItems("heldOn"));

        given().auth().oauth2(lead).get("/api/v1/governance-groups").then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(lead).get("/api/v1/governance-groups/" + id + "/meetings").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldReplaceAGroupOnlyWithTheCurrentIfMatch() {
        String programmeId = strategy();
        String id = create(lead, workingGroup(programmeId, "BESD")).then().statusCode(201).extract().path("id");
        Map<String, Object> renamed = workingGroup(programmeId, "BESD");
        renamed.put("dimensionOfNeed", "SEMH");
        renamed.put("name", "SEMH working group");
        renamed.put("chair", "Head of Attendance and Behaviour");
        renamed.put("members", List.of(Map.of("name", "Sam Patel", "role", "Head of Special School", "organisation", "Oakwood School"),
                Map.of("role", "EP representative")));
        String url = "/api/v1/governance-groups/" + id;

        as(lead).body(renamed).put(url).then().statusCode(428).contentType("application/problem+json");
        as(lead).header("If-Match", "\"0\"").body(renamed).put(url).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("dimensionOfNeed", equalTo("SEMH")).body("chair", equalTo("Head of Attendance and Behaviour"))
                .body("members.name", contains("Sam Patel", null)).body("members.role", contains("Head of Special School", "EP representative"));
        as(lead).header("If-Match", "\"0\"").body(workingGroup(programmeId, "Lost update")).put(url).then().statusCode(412)
                .contentType("application/problem+json");
        given().auth().oauth2(lead).get(url).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("SEMH working group")).body("members.size()", equalTo(2)).body("remit.size()", equalTo(9));
    }

    @Test
    void shouldNotRevealAnotherLasGroups() {
        String id = create(lead, steeringGroup(strategy())).then().statusCode(201).extract().path("id");
        String other = DevTokens.mint("OTHER" + la, "lead@other.gov.uk", "programme-lead");
        String url = "/api/v1/governance-groups/" + id;
        given().auth().oauth2(other).get(url).then().statusCode(404).contentType("application/problem+json");
        as(other).header("If-Match", "\"0\"").body(Map.of("kind", "STEERING", "name", "Hijack")).put(url).then().statusCode(404);
        as(other).body(Map.of("heldOn", "2011-01-01", "title", "Not ours")).post(url + "/meetings").then().statusCode(404);
        given().auth().oauth2(other).get(url + "/meetings").then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/governance-groups").then().statusCode(200).body("totalItems", equalTo(0));
        // nor may a group name another LA's programme
        String otherProgramme = as(other).body(Map.of("title", "Theirs", "kind", "STRATEGY")).post("/api/v1/programmes").then().extract().path("id");
        create(lead, Map.of("kind", "WORKING", "name", "Borrowed", "programmeId", otherProgramme)).then().statusCode(422);
        given().auth().oauth2(lead).get(url).then().statusCode(200).body("name", equalTo("Strategy Steering Group"));
    }

    @Test
    void shouldRefuseASchoolUser() {
        String school = DevTokens.mint(la, "head@school.sch.uk", "school");
        create(school, steeringGroup(null)).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(school).get("/api/v1/governance-groups").then().statusCode(403);
        String officer = DevTokens.mint(la, "officer@" + la + ".gov.uk", "sen-officer");
        create(officer, steeringGroup(null)).then().statusCode(403);
        given().auth().oauth2(officer).get("/api/v1/governance-groups").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
