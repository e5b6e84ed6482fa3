package uk.send.devstack.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one service's run of the suite counted: per check, requests sent and findings (5xx, leaks,
 * wrong answers), written to {@code target/security-suite/<service>.json} for the summary command.
 */
final class SuiteReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEPT = 40;

    final String service;
    int operations;
    final Map<String, Integer> requests = new LinkedHashMap<>();
    final Map<String, Integer> findings = new LinkedHashMap<>();
    final List<String> examples = new ArrayList<>();

    SuiteReport(String service) {
        this.service = service;
    }

    void sent(String check) {
        requests.merge(check, 1, Integer::sum);
    }

    /** A finding of a kind ({@code 5xx}, {@code leak}, {@code wrong-status}); returns its description. */
    String found(String kind, String description) {
        findings.merge(kind, 1, Integer::sum);
        if (examples.size() < KEPT) {
            examples.add(kind + ": " + description);
        }
        return description;
    }

    int count(String kind) {
        return findings.getOrDefault(kind, 0);
    }

    void write(Path moduleDir) {
        ObjectNode root = JSON.createObjectNode().put("service", service).put("operations", operations);
        requests.forEach(root.putObject("requests")::put);
        findings.forEach(root.putObject("findings")::put);
        ArrayNode ex = root.putArray("examples");
        examples.forEach(ex::add);
        try {
            Path dir = moduleDir.resolve("target/security-suite");
            Files.createDirectories(dir);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(service + ".json").toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
