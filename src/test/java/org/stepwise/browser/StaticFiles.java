package org.stepwise.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny read-only HTTP server on a free loopback port for pages that are not Stepwise's: it maps URL prefixes to
 * folders on disk or on the test classpath. The QTI player test serves the player (from node_modules), its harness
 * page and an unzipped export through it, so the browser fetches nothing from the network.
 */
final class StaticFiles implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "xml", "application/xml; charset=utf-8", "json", "application/json", "png", "image/png",
      "svg", "image/svg+xml");

  /** Where the files of one URL prefix come from. */
  sealed interface Source permits Folder, Classpath {}

  record Folder(Path root) implements Source {}

  record Classpath(String root) implements Source {}

  private final HttpServer http;
  private final Map<String, Source> mounts = new LinkedHashMap<>();

  private StaticFiles(HttpServer http) {
    this.http = http;
  }

  static StaticFiles start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      StaticFiles files = new StaticFiles(http);
      http.createContext("/", files::serve);
      http.start();
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code source} under {@code /prefix/}; a later mount of the same prefix replaces the earlier one. */
  StaticFiles mount(String prefix, Source source) {
    synchronized (mounts) {
      mounts.put(prefix.replaceAll("^/+|/+$", ""), source);
    }
    return this;
  }

  String url(String path) {
    return origin() + path;
  }

  String origin() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = URI.create(ex.getRequestURI().getRawPath()).getPath(); // decoded
      if (!"GET".equals(ex.getRequestMethod())) {
        send(ex, 405, "text/plain", "GET only".getBytes());
        return;
      }
      String rest = path.replaceFirst("^/+", "");
      int slash = rest.indexOf('/');
      Source source;
      synchronized (mounts) {
        source = slash < 0 ? null : mounts.get(rest.substring(0, slash));
      }
      byte[] body = source == null ? null : read(source, rest.substring(slash + 1));
      if (body == null) {
        send(ex, 404, "text/plain", ("not found: " + path).getBytes());
        return;
      }
      String ext = path.substring(path.lastIndexOf('.') + 1);
      send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
  }

  /** The file's bytes, or null when it is missing or the path tries to leave the mounted folder. */
  private static byte[] read(Source source, String relative) throws IOException {
    if (relative.isEmpty() || relative.contains("..") || relative.contains("\\")) {
      return null;
    }
    return switch (source) {
      case Folder f -> {
        Path root = f.root().toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        yield file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      }
      case Classpath c -> {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(c.root() + "/" + relative)) {
          yield in == null ? null : in.readAllBytes();
        }
      }
    };
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
