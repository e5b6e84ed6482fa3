package uk.send.devstack.suite;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the suite sends: built from an operation, then sent with the JDK's HTTP client (so that
 * hostile path segments, headers and bodies go out exactly as built, without a client library fixing them).
 */
final class ApiCall {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** What came back: status, body (at most 4 MB read; none of an event stream) and content type. */
    record Answer(int status, String body, String contentType) {
    }

    final ApiDocument.Operation operation;
    final Map<String, String> pathParams = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String token;
    String contentType;
    byte[] body;

    ApiCall(ApiDocument.Operation operation) {
        this.operation = operation;
    }

    String url(String baseUrl) {
        String path = operation.path();
        for (Map.Entry<String, String> p : pathParams.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", encode(p.getValue()).replace("+", "%20"));
        }
        StringBuilder url = new StringBuilder(baseUrl).append(path);
        String sep = "?";
        for (Map.Entry<String, String> q : query.entrySet()) {
            url.append(sep).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            sep = "&";
        }
        return url.toString();
    }

    /**
     * Sends the request; once more if the pooled keep-alive connection it went out on had already been closed by
     * the service (the JDK client then reads no bytes at all, and retries only idempotent methods itself). The
     * service never saw that first attempt, so a retry tests the same thing; any other I/O failure, or the same
     * one twice, stays a failure.
     */
    private static HttpResponse<java.io.InputStream> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
    }

    Answer send(String baseUrl) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(baseUrl))).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach((name, value) -> {
            try {
                request.header(name, value);
            } catch (IllegalArgumentException e) {
                // the JDK refuses to send this header value at all; send the rest
            }
        });
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(operation.method().toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<java.io.InputStream> response = sendOnce(request.build());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (java.io.InputStream in = response.body()) {
                // A live stream (server-sent events) never ends: its status and headers are the answer.
                byte[] b = type.startsWith("text/event-stream") ? new byte[0] : in.readNBytes(4 << 20);
                return new Answer(response.statusCode(), new String(b, StandardCharsets.UTF_8), type);
            }
        } catch (IOException e) {
            // The service closed the connection or did not answer: as bad as a 5xx for the caller.
            return new Answer(599, e.toString(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String describe() {
        String b = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return operation + " " + url("").substring(0, Math.min(url("").length(), 300)) + (b.isEmpty() ? "" : " body=" + b);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
