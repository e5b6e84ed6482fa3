package uk.send.devstack.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sums up the suite's per-service reports ({@code <module>/target/security-suite/*.json}, written by
 * {@link ApiSecuritySuite} and the fault-injection run) into {@code docs/benchmarks/security-suite.md}.
 * Run by {@code ./security-suite}; exits 1 when any 5xx, leak, loss or duplicate was counted.
 */
public final class SuiteSummary {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MODULES = List.of("plan-service", "funding-service", "placement-service",
            "notification-service", "e2e-tests");

    private SuiteSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("send.root", "."));
        List<JsonNode> reports = new ArrayList<>();
        for (String module : MODULES) {
            Path dir = root.resolve(module).resolve("target/security-suite");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        reports.add(JSON.readTree(f.toFile()));
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder("# Resilience and security suite\n\n")
                .append("Written by `./security-suite` on ").append(LocalDate.now()).append(" (").append(args.length > 0 ? args[0] : "")
                .append("). Each service's suite runs as a Quarkus test on a real PostgreSQL and Kafka broker, generated from the ")
                .append("OpenAPI document the service serves, so a new operation is probed without anyone adding a test: forged and ")
                .append("broken tokens (auth), every role against every operation's `@RolesAllowed` (role matrix), another LA in every ")
                .append("allowed role against this LA's ids (cross-LA: a 2xx on an owned id, or one of this LA's ids or its code in any ")
                .append("answer, is a leak), and seeded valid-ish and hostile calls per operation (fuzz). Pass line: no 5xx, no leak, ")
                .append("no wrong status. The fault run kills the broker, PostgreSQL and each service with SIGKILL mid-burst.\n\n")
                .append("| service | operations | auth probes | role-matrix probes | cross-LA probes | fuzz requests | 5xx | leaks | wrong status |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        int bad = 0;
        for (JsonNode r : reports) {
            if (!r.has("operations")) {
                continue;
            }
            JsonNode req = r.path("requests");
            JsonNode f = r.path("findings");
            int fiveXx = f.path("5xx").asInt();
            int leaks = f.path("leak").asInt();
            int wrong = f.path("wrong-status").asInt() + f.path("undeclared-roles").asInt();
            bad += fiveXx + leaks + wrong;
            md.append("| ").append(r.path("service").asText()).append(" | ").append(r.path("operations").asInt()).append(" | ")
                    .append(req.path("auth").asInt()).append(" | ").append(req.path("role-matrix").asInt()).append(" | ")
                    .append(req.path("cross-la").asInt()).append(" | ").append(req.path("fuzz").asInt()).append(" | ")
                    .append(fiveXx).append(" | ").append(leaks).append(" | ").append(wrong).append(" |\n");
        }
        for (JsonNode r : reports) {
            if (r.has("faults")) {
                md.append("\n## Faults (SIGKILL mid-burst)\n\n").append(r.path("description").asText()).append("\n\n")
                        .append("| fault | writes accepted | requests failed | events lost | events duplicated | consumer failover |\n|---|---|---|---|---|---|\n");
                for (JsonNode fault : r.path("faults")) {
                    bad += fault.path("lost").asInt() + fault.path("duplicated").asInt();
                    md.append("| ").append(fault.path("fault").asText()).append(" | ").append(fault.path("accepted").asInt()).append(" | ")
                            .append(fault.path("failed").asInt()).append(" | ").append(fault.path("lost").asInt()).append(" | ")
                            .append(fault.path("duplicated").asInt()).append(" | ").append(fault.path("failover").asText("–")).append(" |\n");
                }
            }
        }
        List<String> examples = new ArrayList<>();
        reports.forEach(r -> r.path("examples").forEach(e -> examples.add(r.path("service").asText() + ": " + e.asText())));
        md.append("\n## Findings\n\n").append(examples.isEmpty() ? "None.\n" : "");
        // Printable ASCII only, 400 characters at most: a finding quotes hostile bodies and error answers.
        examples.forEach(e -> md.append("- `").append(e.replaceAll("[^\\x20-\\x7E]", "?").replace("`", "'")
                .substring(0, Math.min(400, e.length()))).append("`\n"));
        Path out = root.resolve("docs/benchmarks/security-suite.md");
        Files.writeString(out, md.toString());
        System.out.println(md);
        System.exit(bad == 0 && !reports.isEmpty() ? 0 : 1);
    }
}
