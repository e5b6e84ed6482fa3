package uk.send.platform.rest.limits;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first limit on what one request may cost, shared by every service: a body declaring more bytes
 * ({@code Content-Length}) than its media type or path allows is refused with 413 problem+json before a
 * byte of it is read. A body without a declared length is bounded by {@code quarkus.http.limits.max-body-size}
 * alone, which each service sets to its largest route limit. Items per request (list sizes) and rows per
 * import are the next limits, in each service's request records and readers.
 */
public class RequestLimits {

    private final long body;
    private final Map<String, Long> byMediaType;
    private final Map<String, Long> byPathPrefix;

    public RequestLimits(RequestLimitsConfig config) {
        this.body = config.body().asLongValue();
        this.byMediaType = config.mediaType().entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().asLongValue()));
        this.byPathPrefix = config.pathPrefix().entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().asLongValue()));
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("Content-Length", "must be a number of bytes");
        }
        long max = limitFor(request.path(), request.getHeader("Content-Type"));
        if (declared > max) {
            throw tooLarge(max, request.getHeader("Content-Type"));
        }
    }

    /** The most bytes a body to this path with this content type may have. */
    long limitFor(String path, String contentType) {
        long prefixLimit = -1;
        int longest = -1;
        for (Map.Entry<String, Long> e : byPathPrefix.entrySet()) {
            if (path != null && path.startsWith(e.getKey()) && e.getKey().length() > longest) {
                longest = e.getKey().length();
                prefixLimit = e.getValue();
            }
        }
        if (prefixLimit >= 0) {
            return prefixLimit;
        }
        return byMediaType.getOrDefault(mediaType(contentType), body);
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static ApiProblem tooLarge(long max, String contentType) {
        String detail = "A request body of this type (" + (contentType == null ? "none given" : mediaType(contentType)) + ") may be at most "
                + describe(max);
        return new ApiProblem(413, "payload-too-large", "Request too large", detail, List.of(new Problem.FieldError("body", detail)));
    }

    static String describe(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + " MB"
                : bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
