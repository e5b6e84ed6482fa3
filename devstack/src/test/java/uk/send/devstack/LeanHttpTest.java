package uk.send.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmarks' load generator against a scripted server: framing by length, chunks, no body, and a closed connection. */
class LeanHttpTest {

    private ServerSocket server;
    private Thread serverThread;
    /** Raw responses the server sends, one per request read, in order. */
    private final Queue<String> script = new ConcurrentLinkedQueue<>();
    /** Each request's head as the server read it. */
    private final List<String> requests = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0);
        serverThread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                    serve(s);
                } catch (IOException closed) {
                    return;
                }
            }
        });
        serverThread.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        serverThread.join(5_000);
    }

    private void serve(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        while (true) {
            String head = readHead(in);
            if (head == null) {
                return;
            }
            int length = head.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                    .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            synchronized (requests) {
                requests.add(head + body);
            }
            String response = script.poll();
            out.write(response.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (response.toLowerCase().contains("connection: close")) {
                return;
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int c = in.read(); c >= 0; c = in.read()) {
            head.write(c);
            matched = (c == '\r' && (matched == 0 || matched == 2)) || (c == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private LeanHttp client() {
        return new LeanHttp(URI.create("http://127.0.0.1:" + server.getLocalPort()));
    }

    @Test
    void shouldReadBodiesFramedByLengthOrChunksAndNoneFor304OnOneConnection() throws Exception {
        script.add("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: \"g1\"\r\nContent-Length: 11\r\n\r\n{\"a\":\"bcd\"}");
        script.add("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nhell\r\n7\r\no world\r\n0\r\n\r\n");
        script.add("HTTP/1.1 304 Not Modified\r\nETag: \"g1\"\r\n\r\n");
        script.add("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}");
        try (LeanHttp http = client()) {
            LeanHttp.Response first = http.get("/api/v1/ledger?page=0", "Authorization", "Bearer t");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.text()).isEqualTo("{\"a\":\"bcd\"}");
            assertThat(first.header("etag")).isEqualTo("\"g1\"");

            LeanHttp.Response chunked = http.get("/chunked");
            assertThat(chunked.status()).isEqualTo(200);
            assertThat(chunked.text()).isEqualTo("hello world");

            LeanHttp.Response notModified = http.get("/api/v1/ledger?page=0", "If-None-Match", "\"g1\"");
            assertThat(notModified.status()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();

            LeanHttp.Response created = http.send("POST", "/api/v1/ehcp-decisions", "{\"x\":1}".getBytes(StandardCharsets.UTF_8),
                    "Content-Type", "application/json");
            assertThat(created.status()).isEqualTo(201);
        }
        assertThat(connections).as("keep-alive: every request on one connection").hasValue(1);
        assertThat(requests.get(0)).startsWith("GET /api/v1/ledger?page=0 HTTP/1.1\r\n").contains("\r\nAuthorization: Bearer t\r\n");
        assertThat(requests.get(2)).contains("\r\nIf-None-Match: \"g1\"\r\n");
        assertThat(requests.get(3)).startsWith("POST /api/v1/ehcp-decisions HTTP/1.1\r\n").contains("\r\nContent-Length: 7\r\n").endsWith("\r\n\r\n{\"x\":1}");
    }

    @Test
    void shouldOpenANewConnectionAfterTheServerSaysCloseAndFailOnATruncatedBody() throws Exception {
        script.add("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
        script.add("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nshort");
        try (LeanHttp http = client()) {
            assertThat(http.get("/one").text()).isEqualTo("ok");
            assertThatThrownBy(() -> http.get("/two")).isInstanceOf(EOFException.class).hasMessageContaining("5 of 10 bytes");
        }
        assertThat(connections).hasValue(2);
    }
}
