package org.stepwise.web;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One simulated student's keep-alive HTTP/1.1 connection to the server under test: a blocking socket that sends a
 * POST and reads the answer, nothing more. The load generator uses it instead of the JDK's HTTP client because that
 * client cost about half a millisecond of CPU per request on this 2-core machine, as much as the server's own work
 * on an answer; a benchmark whose generator eats the server's CPU measures the generator. Only what the generator
 * needs is supported: Content-Length or chunked bodies, and bounded sizes so a misbehaving server cannot exhaust it.
 */
final class LoopbackConnection implements AutoCloseable {
  /** A response: status and body (the headers are not needed). */
  record Response(int status, String body) {}

  static final int MAX_HEADER_BYTES = 16 * 1024;
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final URI base;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackConnection(URI base, int timeoutMillis) {
    this.base = base;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * POSTs {@code body} to {@code path} with the given extra header lines ("Name: value"). On an I/O error the
   * connection is closed and the next call opens a new one; the request is not repeated (it may have been acted on).
   */
  Response post(String path, String contentType, byte[] body, String... headers) throws IOException {
    if (socket == null) {
      open();
    }
    try {
      StringBuilder head = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
          .append(base.getHost()).append(':').append(base.getPort()).append("\r\nContent-Type: ").append(contentType)
          .append("\r\nContent-Length: ").append(body.length).append("\r\n");
      for (String h : headers) {
        head.append(h).append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Opens the connection now (if it is not open), so that the first request does not time the TCP handshake. */
  void connect() throws IOException {
    if (socket == null) {
      open();
    }
  }

  private void open() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.connect(new InetSocketAddress(base.getHost(), base.getPort()), timeoutMillis);
    s.setSoTimeout(timeoutMillis);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 8192);
    out = new BufferedOutputStream(s.getOutputStream(), 4096);
  }

  private Response read() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    int headerBytes = status.length();
    for (String h = line(); !h.isEmpty(); h = line()) {
      headerBytes += h.length();
      if (headerBytes > MAX_HEADER_BYTES) {
        throw new IOException("response headers over " + MAX_HEADER_BYTES + " bytes");
      }
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        default -> { }
      }
    }
    byte[] body = chunked ? chunkedBody() : length >= 0 ? exactly(length) : new byte[0];
    if (close) {
      close();
    }
    return new Response(code, new String(body, StandardCharsets.UTF_8));
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semi = size.indexOf(';');
      long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers, ignored
        }
        return body.toByteArray();
      }
      if (body.size() + n > MAX_BODY_BYTES) {
        throw new IOException("response body over " + MAX_BODY_BYTES + " bytes");
      }
      body.write(exactly(n));
      line();
    }
  }

  private byte[] exactly(long n) throws IOException {
    if (n > MAX_BODY_BYTES) {
      throw new IOException("response body over " + MAX_BODY_BYTES + " bytes");
    }
    byte[] b = in.readNBytes((int) n);
    if (b.length != n) {
      throw new IOException("connection closed in the middle of a response");
    }
    return b;
  }

  /** A CRLF-terminated line, without the CRLF. */
  private String line() throws IOException {
    StringBuilder sb = new StringBuilder(64);
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed by the server");
      }
      if (c == '\n') {
        int len = sb.length();
        return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
      }
      if (sb.length() >= MAX_HEADER_BYTES) {
        throw new IOException("response line over " + MAX_HEADER_BYTES + " bytes");
      }
      sb.append((char) c);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a broken connection; nothing to do
      }
      socket = null;
    }
  }
}
