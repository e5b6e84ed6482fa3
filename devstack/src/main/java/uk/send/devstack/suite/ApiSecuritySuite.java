package uk.send.devstack.suite;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import uk.send.devstack.DevTokens;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resilience and security suite for one service, generated from the OpenAPI document the service
 * serves: every operation, so a new endpoint is covered the day it is added. A service's test extends
 * this with {@code @QuarkusTest} and its devstack resources (real PostgreSQL and Kafka), and seeds some
 * data of its own LA in {@link #seed}. In order:
 * <ol>
 *   <li>every operation declares its roles in code ({@code @RolesAllowed} or {@code @PermitAll});</li>
 *   <li>forged or broken tokens ({@link ForgedTokens}) answer 401/403 on every bearer operation;</li>
 *   <li>role matrix: every role an operation does not allow answers 403;</li>
 *   <li>cross-LA: another LA, in every role, never gets a 2xx on this LA's ids nor sees them in any answer;</li>
 *   <li>fuzzing: a fixed number of seeded valid-ish and hostile calls per operation, none answered 5xx.</li>
 * </ol>
 * Counts go to {@code target/security-suite/<service>.json}; {@code ./security-suite} sums them up.
 * Size: {@code -Dsuite.fuzz.requests} (default 12 per operation), seed {@code -Dsuite.seed} (default 13).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ApiSecuritySuite {

    protected static final List<String> ROLES = List.of("programme-lead", "sen-officer", "finance", "commissioner",
            "school", "case-management", "admin");

    private static final int FUZZ_REQUESTS = Integer.getInteger("suite.fuzz.requests", 12);
    private static final long SEED = Long.getLong("suite.seed", 13);

    protected final String ownLa = "SUITE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String otherLa = "SUITX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String urn = String.valueOf(100_000 + new Random(SEED).nextInt(800_000));

    private String baseUrl;
    private ApiDocument doc;
    private Map<String, Set<String>> roles;
    private Harvest known;
    private SuiteReport report;

    /** The module's name, e.g. {@code plan-service}. */
    protected abstract String service();

    /**
     * Creates more of this LA's data than the documented examples do (which the suite posts itself), so
     * that the probes have real ids to use; by default nothing.
     */
    protected void seed(Seeder seeder) {
    }

    /** Creates this LA's data for the probes: POSTs a JSON body as a role of the suite's own LA. */
    public final class Seeder {
        public String post(String role, String path, String json) {
            ApiDocument.Operation op = new ApiDocument.Operation("post", path, "seed", List.of(), "application/json", null, null, true);
            ApiCall call = new ApiCall(op);
            call.token = token(ownLa, role);
            call.contentType = "application/json";
            call.body = json.getBytes(StandardCharsets.UTF_8);
            call.headers.put("Idempotency-Key", UUID.randomUUID().toString());
            ApiCall.Answer answer = call.send(baseUrl);
            assertTrue(answer.status() < 300, "seed " + path + " answered " + answer.status() + ": " + answer.body());
            known.learn(path, path, answer.body());
            return answer.body();
        }

        public String la() {
            return ownLa;
        }

        public String urn() {
            return urn;
        }

        /** The service under test (RestAssured's default port is not yet set when the suite seeds). */
        public String baseUrl() {
            return baseUrl;
        }
    }

    @BeforeAll
    void discover() {
        baseUrl = TestHTTPResourceManager.getUri();
        ApiCall get = new ApiCall(new ApiDocument.Operation("get", "/q/openapi", "openapi", List.of(), null, null, null, false));
        get.query.put("format", "json");
        doc = ApiDocument.parse(get.send(baseUrl).body());
        roles = OperationRoles.of(getClass());
        known = new Harvest(doc);
        report = new SuiteReport(service());
        report.operations = doc.operations().size();
        seed(new Seeder());
        for (int round = 0; round < 3; round++) {
            for (ApiDocument.Operation op : bearerOperations()) {
                if (op.method().equals("post") && op.bodyExample() != null && known.knowsAll(op) && round < 2) {
                    ApiCall call = new Requests(values(op, round), known).valid(op, token(ownLa, preferredRole(op)));
                    call.contentType = op.bodyMediaType();
                    call.body = (op.bodyExample().isTextual() ? op.bodyExample().asText() : op.bodyExample().toString())
                            .getBytes(StandardCharsets.UTF_8);
                    ApiCall.Answer answer = call.send(baseUrl);
                    report.sent("seed");
                    if (answer.status() < 300) {
                        known.learn(call.url(""), op.path(), answer.body());
                    }
                }
                if (op.method().equals("get") && known.knowsAll(op)) {
                    ApiCall call = new Requests(values(op, round), known).valid(op, token(ownLa, preferredRole(op)));
                    ApiCall.Answer answer = call.send(baseUrl);
                    if (answer.status() < 300) {
                        known.learn(call.url(""), op.path(), answer.body());
                    }
                }
            }
        }
    }

    @AfterAll
    void writeReport() throws URISyntaxException {
        if (report != null) {
            report.write(Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().getParent());
        }
    }

    @Test
    @Order(1)
    void shouldDeclareTheRolesOfEveryOperation() {
        List<String> undeclared = bearerOperations().stream().filter(op -> !roles.containsKey(op.operationId()))
                .map(op -> report.found("undeclared-roles", op.toString())).toList();
        assertEquals(List.of(), undeclared, "operations without @RolesAllowed/@PermitAll (the role matrix cannot cover them)");
    }

    @Test
    @Order(2)
    void shouldRefuseForgedAndBrokenTokensOnEveryOperation() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> variants = ForgedTokens.variants(ownLa);
        for (ApiDocument.Operation op : bearerOperations()) {
            Requests requests = new Requests(values(op, 0), known);
            variants.forEach((variant, token) -> {
                ApiCall call = requests.valid(op, token);
                ApiCall.Answer answer = call.send(baseUrl);
                report.sent("auth");
                if (answer.status() != 401 && answer.status() != 403) {
                    wrong.add(report.found(answer.status() >= 500 ? "5xx" : answer.status() < 300 ? "leak" : "wrong-status",
                            variant + " -> " + answer.status() + " " + call.describe()));
                }
            });
        }
        assertEquals(List.of(), wrong, "forged or broken tokens must answer 401 or 403");
    }

    @Test
    @Order(3)
    void shouldForbidEveryRoleAnOperationDoesNotAllow() {
        List<String> wrong = new ArrayList<>();
        for (ApiDocument.Operation op : bearerOperations()) {
            Set<String> allowed = roles.getOrDefault(op.operationId(), OperationRoles.ANY_ROLE);
            Requests requests = new Requests(values(op, 1), known);
            for (String role : ROLES) {
                ApiCall call = requests.valid(op, token(ownLa, role));
                ApiCall.Answer answer = call.send(baseUrl);
                report.sent("role-matrix");
                boolean permitted = allowed == OperationRoles.ANY_ROLE || allowed.contains(role);
                if (answer.status() >= 500) {
                    wrong.add(report.found("5xx", role + " -> " + answer.status() + " " + call.describe() + " " + answer.body()));
                } else if (!permitted && answer.status() != 403) {
                    wrong.add(report.found(answer.status() < 300 ? "leak" : "wrong-status",
                            role + " (not allowed) -> " + answer.status() + " " + call.describe()));
                } else if (permitted && answer.status() == 401) {
                    wrong.add(report.found("wrong-status", role + " (allowed) -> 401 " + call.describe()));
                }
            }
        }
        assertEquals(List.of(), wrong, "a role an operation does not allow must answer 403");
    }

    @Test
    @Order(4)
    void shouldNeverShowOneLasDataToAnother() {
        List<String> markers = new ArrayList<>(known.uuids());
        markers.add(ownLa);
        assertTrue(known.uuids().size() > 0, "the seed must leave ids to probe with; learnt " + known.all());
        List<String> leaks = new ArrayList<>();
        for (ApiDocument.Operation op : bearerOperations()) {
            if (!known.knowsAll(op)) {
                continue;
            }
            Set<String> allowed = roles.getOrDefault(op.operationId(), OperationRoles.ANY_ROLE);
            boolean ownedId = op.params("path").stream().anyMatch(p -> Harvest.isUuid(known.first(p.name())));
            Requests requests = new Requests(values(op, 2), known);
            for (String role : ROLES) {
                if (allowed != OperationRoles.ANY_ROLE && !allowed.contains(role)) {
                    continue;
                }
                ApiCall call = requests.valid(op, token(otherLa, role));
                ApiCall.Answer answer = call.send(baseUrl);
                report.sent("cross-la");
                String shown = markers.stream().filter(answer.body()::contains).findFirst().orElse(null);
                if (answer.status() >= 500) {
                    leaks.add(report.found("5xx", "other LA " + role + " -> " + answer.status() + " " + call.describe()));
                } else if (answer.status() < 300 && (ownedId || shown != null)) {
                    leaks.add(report.found("leak", "other LA " + role + " -> " + answer.status() + " " + call.describe()
                            + (shown == null ? "" : " shows " + shown)));
                }
            }
        }
        assertEquals(List.of(), leaks, "another LA's ids must never answer 2xx nor appear in an answer");
    }

    @Test
    @Order(5)
    void shouldAnswerEveryFuzzedRequestWithoutA5xx() {
        List<String> failures = new ArrayList<>();
        for (ApiDocument.Operation op : bearerOperations()) {
            Values values = values(op, 3);
            Requests requests = new Requests(values, known);
            String token = token(ownLa, preferredRole(op));
            for (int i = 0; i < FUZZ_REQUESTS; i++) {
                ApiCall call = i == 0 ? requests.valid(op, token) : requests.hostile(op, token, 1 + values.nextInt(2));
                ApiCall.Answer answer = call.send(baseUrl);
                report.sent("fuzz");
                if (answer.status() >= 500) {
                    failures.add(report.found("5xx", answer.status() + " " + call.describe() + " -> "
                            + answer.body().substring(0, Math.min(300, answer.body().length()))));
                }
            }
        }
        assertEquals(List.of(), failures, "no fuzzed request may answer 5xx");
    }

    private List<ApiDocument.Operation> bearerOperations() {
        return doc.operations().stream().filter(ApiDocument.Operation::bearer).toList();
    }

    private Values values(ApiDocument.Operation op, int check) {
        return new Values(doc, new Random(SEED * 31 + op.operationId().hashCode() * 7L + check));
    }

    private String preferredRole(ApiDocument.Operation op) {
        Set<String> allowed = roles.getOrDefault(op.operationId(), OperationRoles.ANY_ROLE);
        return allowed == OperationRoles.ANY_ROLE || allowed.contains("admin") ? "admin" : allowed.iterator().next();
    }

    private String token(String la, String role) {
        String user = role + "@" + la.toLowerCase() + ".example";
        return DevTokens.mint(la, user, List.of(role), role.equals("school") ? urn : null, Duration.ofHours(1));
    }
}
