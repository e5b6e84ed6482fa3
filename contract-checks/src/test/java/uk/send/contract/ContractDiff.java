package uk.send.contract;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** openapi-diff between two versions of a document: is it breaking for a client built on the old one, and what changed. */
record ContractDiff(ChangedOpenApi diff) {

    static ContractDiff between(Path previous, Path current) {
        return new ContractDiff(OpenApiCompare.fromLocations(previous.toUri().toString(), current.toUri().toString()));
    }

    boolean breaking() {
        return diff.isIncompatible();
    }

    boolean unchanged() {
        return diff.isUnchanged();
    }

    String newEndpoints() {
        return diff.getNewEndpoints().stream().map(ContractDiff::name).collect(Collectors.joining(", "));
    }

    String missingEndpoints() {
        return diff.getMissingEndpoints().stream().map(ContractDiff::name).collect(Collectors.joining(", "));
    }

    /** The change report as openapi-diff writes it (Markdown), or a summary where its renderer fails on a change. */
    String report() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException | RuntimeException e) {
            return summary();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    String summary() {
        String changed = diff.getChangedOperations().stream()
                .map(o -> o.getHttpMethod() + " " + o.getPathUrl() + (o.isIncompatible() ? " (breaking)" : ""))
                .collect(Collectors.joining("\n  "));
        return "new endpoints: " + (newEndpoints().isEmpty() ? "none" : newEndpoints())
                + "\nremoved endpoints (breaking): " + (missingEndpoints().isEmpty() ? "none" : missingEndpoints())
                + "\nchanged operations:\n  " + (changed.isEmpty() ? "none" : changed);
    }

    private static String name(Endpoint e) {
        return e.getMethod() + " " + e.getPathUrl();
    }
}
