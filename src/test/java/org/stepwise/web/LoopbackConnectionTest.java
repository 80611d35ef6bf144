package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load generator's HTTP client against a server socket that answers with fixed bytes: both body framings,
 * keep-alive across requests, and the size limits.
 */
class LoopbackConnectionTest {

  /** Serves {@code responses} in order on one accepted connection, reading (and discarding) each request first. */
  private static ServerSocket serve(List<String> responses) throws IOException {
    ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(() -> {
      try (Socket s = server.accept()) {
        InputStream in = s.getInputStream();
        for (String r : responses) {
          readRequest(in);
          s.getOutputStream().write(r.getBytes(StandardCharsets.ISO_8859_1));
          s.getOutputStream().flush();
        }
        Thread.sleep(200);
      } catch (IOException | InterruptedException e) {
        // the test ends the connection
      }
    });
    return server;
  }

  /** Reads one request: headers up to the blank line, then Content-Length bytes. */
  private static void readRequest(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("closed");
      }
      head.append((char) c);
    }
    int at = head.indexOf("Content-Length: ");
    int n = Integer.parseInt(head.substring(at + 16, head.indexOf("\r\n", at)));
    in.readNBytes(n);
  }

  private static LoopbackConnection client(ServerSocket server) {
    return new LoopbackConnection(URI.create("http://127.0.0.1:" + server.getLocalPort()), 5_000);
  }

  private static byte[] body() {
    return "{}".getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsContentLengthAndChunkedAnswersOnOneKeptAliveConnection() throws Exception {
    try (ServerSocket server = serve(List.of(
            "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"id\":41}",
            "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"id\r\n5\r\n\":42}\r\n0\r\n\r\n"));
        LoopbackConnection c = client(server)) {
      LoopbackConnection.Response first = c.post("/api/attempts", "application/json", body(), "X-A: 1");
      LoopbackConnection.Response second = c.post("/api/attempts", "application/json", body());
      assertThat(first.status()).isEqualTo(201);
      assertThat(first.body()).isEqualTo("{\"id\":41}");
      assertThat(second.body()).isEqualTo("{\"id\":42}");
    }
  }

  @Test
  void refusesHeadersOverTheLimit() throws Exception {
    String huge = "X-Junk: " + "a".repeat(LoopbackConnection.MAX_HEADER_BYTES + 10) + "\r\n";
    try (ServerSocket server = serve(List.of("HTTP/1.1 200 OK\r\n" + huge + "Content-Length: 0\r\n\r\n"));
        LoopbackConnection c = client(server)) {
      assertThatThrownBy(() -> c.post("/x", "application/json", body())).isInstanceOf(IOException.class)
          .hasMessageContaining("over " + LoopbackConnection.MAX_HEADER_BYTES);
    }
  }

  @Test
  void refusesBodiesOverTheLimitWhicheverTheFraming() throws Exception {
    long tooBig = LoopbackConnection.MAX_BODY_BYTES + 1L;
    try (ServerSocket server = serve(List.of("HTTP/1.1 200 OK\r\nContent-Length: " + tooBig + "\r\n\r\n"));
        LoopbackConnection c = client(server)) {
      assertThatThrownBy(() -> c.post("/x", "application/json", body())).isInstanceOf(IOException.class)
          .hasMessageContaining("body over");
    }
    try (ServerSocket server = serve(List.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + Long.toHexString(tooBig) + "\r\n"));
        LoopbackConnection c = client(server)) {
      assertThatThrownBy(() -> c.post("/x", "application/json", body())).isInstanceOf(IOException.class)
          .hasMessageContaining("body over");
    }
  }

  @Test
  void aConnectionClosedMidAnswerIsAnErrorAndTheNextRequestReconnects() throws Exception {
    try (ServerSocket server = serve(List.of("HTTP/1.1 201 Created\r\nContent-Length: 50\r\n\r\n{\"id\""));
        LoopbackConnection c = client(server)) {
      assertThatThrownBy(() -> c.post("/x", "application/json", body())).isInstanceOf(IOException.class);
      // the server accepts no second connection: the client tried to open a new one rather than reuse a dead one
      server.close();
      assertThatThrownBy(() -> c.post("/x", "application/json", body())).isInstanceOf(IOException.class);
    }
  }
}
