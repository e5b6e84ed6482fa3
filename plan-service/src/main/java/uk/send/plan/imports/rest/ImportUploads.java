package uk.send.plan.imports.rest;

import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.config.ImportConfig;
import uk.send.plan.imports.domain.PlanDocuments;
import uk.send.plan.imports.domain.ReadDocument;
import uk.send.plan.imports.domain.UnreadableDocument;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns an upload into a read plan: saves a request body to a temporary file, stopping at the size limit
 * (so a large upload is never held in memory), reads it, deletes it, and answers a refused document with a
 * problem+json: 413 too large, 415 another type, 422 damaged or password-protected, 400 no plan in it.
 */
@ApplicationScoped
public class ImportUploads {

    private final PlanDocuments.Limits limits;

    public ImportUploads(ImportConfig config) {
        this.limits = new PlanDocuments.Limits(config.maxBytes(), config.maxRows(), config.maxPages(), config.maxUnzippedBytes(), config.maxTextBytes());
    }

    public ReadDocument readBody(InputStream body) {
        Path file = null;
        try {
            file = Files.createTempFile("plan-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = copy(body, out, limits.maxBytes() + 1);
                if (copied > limits.maxBytes()) {
                    throw problem(new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                            "the file is larger than " + limits.maxBytes() / 1024 / 1024 + " MB, the most one import reads"));
                }
            }
            return readFile(file);
        } catch (IOException e) {
            throw ApiProblem.badRequest("file", "the upload could not be received: " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans its temp directory
                }
            }
        }
    }

    public ReadDocument readFile(Path file) {
        try {
            return PlanDocuments.file(file, limits);
        } catch (UnreadableDocument e) {
            throw problem(e);
        }
    }

    /** Reads pasted text, answering text in no known layout with a 400 and more lines than one import reads with a 413. */
    public ReadDocument readText(String text, char delimiter) {
        try {
            return PlanDocuments.text(text, delimiter, limits.maxRows());
        } catch (UnreadableDocument e) {
            throw problem(e);
        }
    }

    static ApiProblem problem(UnreadableDocument e) {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError("file", e.getMessage()));
        return switch (e.reason()) {
            case TOO_LARGE -> new ApiProblem(413, "import-too-large", "Document too large to import", e.getMessage(), errors);
            case UNSUPPORTED_TYPE -> new ApiProblem(415, "import-unsupported-type", "Not a document the import reads", e.getMessage(), errors);
            case CORRUPT -> new ApiProblem(422, "import-unreadable", "Document cannot be read", e.getMessage(), errors);
            case ENCRYPTED -> new ApiProblem(422, "import-password-protected", "Document is protected by a password", e.getMessage(), errors);
            case NOT_A_PLAN -> new ApiProblem(400, "import-not-a-plan", "No action plan found", e.getMessage(), errors);
        };
    }

    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
