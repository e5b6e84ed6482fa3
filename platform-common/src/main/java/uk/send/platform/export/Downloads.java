package uk.send.platform.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import uk.send.platform.rest.ApiProblem;

import java.util.Locale;

/** A list downloaded as a file: the {@code format} query parameter of an export, and the response carrying it. */
public final class Downloads {

    /**
     * What a CSV export is sent as: UTF-8 without a byte-order mark (finance systems' importers read a BOM as data; see
     * docs/ARCHITECTURE.md). The OpenAPI documents name the media type {@code text/csv} (as committed in
     * docs/api: a client's Accept matches it with or without the parameter); the charset is in the description.
     */
    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private Downloads() {
    }

    /** The export format a {@code format} query parameter names; 400 for any other. */
    public static TableWriter.Format format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "csv" -> TableWriter.Format.CSV;
            case "xlsx" -> TableWriter.Format.XLSX;
            default -> throw ApiProblem.badRequest("format", "must be csv or xlsx");
        };
    }

    /**
     * A download: the body with its media type (CSV declared UTF-8) and a file name that says whose and what it is
     * ({@code LA-statement-URN-2025-26.csv}); anything but letters, digits, {@code -} and {@code _} in it becomes {@code _}
     * so the quoted file name is always valid.
     */
    public static Response file(StreamingOutput body, TableWriter.Format f, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return Response.ok(body, f == TableWriter.Format.CSV ? CSV_UTF8 : f.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe + "." + f.extension + "\"").build();
    }
}
