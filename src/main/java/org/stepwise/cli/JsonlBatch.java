package org.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.stepwise.math.MathException;

/**
 * The batch contract shared by {@code check}, {@code steps} and {@code tutor}: JSON Lines in (a file or "-"), exactly
 * one JSON object per input line out, in order, carrying the input's {@code id}. A bad line gets
 * {@code {"id", "error": {"code", "message"}}} and the batch goes on. Lines longer than {@link #MAX_LINE_CHARS} are
 * answered with an error without being held in memory.
 */
public final class JsonlBatch {

  public static final int MAX_LINE_CHARS = 1 << 20;
  static final ObjectMapper JSON = new ObjectMapper();

  private JsonlBatch() {}

  /** Thrown by a handler for a request that is well-formed JSON but not a valid request. */
  public static final class BadRequest extends RuntimeException {
    private final String code;

    public BadRequest(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  /** Runs the batch; returns the process exit code (0 unless the input could not be opened). */
  public static int run(String source, Function<JsonNode, ObjectNode> handler) {
    InputStream in;
    try {
      in = "-".equals(source) ? System.in : Files.newInputStream(Path.of(source));
    } catch (IOException | RuntimeException e) {
      System.err.println("stepwise: cannot read " + source + ": " + e.getMessage());
      return 2;
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(nonClosing(System.out), StandardCharsets.UTF_8),
            1 << 16)) {
      // Lines are answered in chunks, in parallel within a chunk, and written in input order.
      List<String> chunk = new ArrayList<>(CHUNK);
      StringBuilder line = new StringBuilder();
      boolean overlong = false;
      char[] buf = new char[1 << 14];
      int n;
      while ((n = r.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          char c = buf[i];
          if (c == '\n') {
            chunk.add(overlong ? null : line.toString());
            line.setLength(0);
            overlong = false;
            if (chunk.size() == CHUNK) flush(chunk, handler, out);
          } else if (!overlong) {
            line.append(c);
            if (line.length() > MAX_LINE_CHARS) {
              overlong = true;
              line.setLength(0);
            }
          }
        }
      }
      if (!line.isEmpty() || overlong) chunk.add(overlong ? null : line.toString());
      flush(chunk, handler, out);
      out.flush();
      return 0;
    } catch (IOException e) {
      System.err.println("stepwise: I/O error: " + e.getMessage());
      return 2;
    }
  }

  private static final int CHUNK = 512;

  private static void flush(List<String> chunk, Function<JsonNode, ObjectNode> handler, BufferedWriter out)
      throws IOException {
    String[] answers = new String[chunk.size()];
    IntStream.range(0, chunk.size()).parallel().forEach(i -> answers[i] = answerLine(chunk.get(i), handler));
    for (String a : answers) {
      if (a != null) {
        out.write(a);
        out.write('\n');
      }
    }
    chunk.clear();
  }

  /** The answer line for one input line (null text = over-long); null for a blank line, which is not a request. */
  private static String answerLine(String text, Function<JsonNode, ObjectNode> handler) {
    boolean overlong = text == null;
    if (!overlong && text.isBlank()) return null;
    ObjectNode result;
    JsonNode id = null;
    if (overlong) {
      result = error(null, "too_long", "This line is longer than " + MAX_LINE_CHARS + " characters.");
    } else {
      try {
        JsonNode req = JSON.readTree(text);
        if (req == null || !req.isObject()) {
          result = error(null, "invalid_json", "Each line must be one JSON object.");
        } else {
          id = req.get("id");
          result = answer(req, id, handler);
        }
      } catch (JsonProcessingException e) {
        result = error(null, "invalid_json", "This line is not valid JSON.");
      }
    }
    try {
      return JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      return "{\"id\":null,\"error\":{\"code\":\"internal_error\",\"message\":\"unwritable answer\"}}";
    }
  }

  private static ObjectNode answer(JsonNode req, JsonNode id, Function<JsonNode, ObjectNode> handler) {
    try {
      ObjectNode body = handler.apply(req);
      ObjectNode out = JSON.createObjectNode();
      out.set("id", id);
      out.setAll(body);
      return out;
    } catch (MathException e) {
      return error(id, e.code().wireName(), e.getMessage());
    } catch (BadRequest e) {
      return error(id, e.code, e.getMessage());
    } catch (StackOverflowError | OutOfMemoryError e) {
      return error(id, "too_large", "This input is too large to work with.");
    } catch (RuntimeException e) {
      return error(id, "internal_error", "Something went wrong on our side with this line.");
    }
  }

  static ObjectNode error(JsonNode id, String code, String message) {
    ObjectNode out = JSON.createObjectNode();
    out.set("id", id);
    ObjectNode err = out.putObject("error");
    err.put("code", code);
    err.put("message", message);
    return out;
  }

  /** Text of a required string field, or a clear error. */
  public static String requiredText(JsonNode req, String field) {
    JsonNode n = req.get(field);
    if (n == null || n.isNull()) throw new BadRequest("missing_field", "\"" + field + "\" is missing.");
    if (!n.isTextual()) throw new BadRequest("invalid_field", "\"" + field + "\" must be a string.");
    return n.asText();
  }

  public static String optionalText(JsonNode req, String field) {
    JsonNode n = req.get(field);
    if (n == null || n.isNull()) return null;
    if (!n.isTextual()) throw new BadRequest("invalid_field", "\"" + field + "\" must be a string.");
    return n.asText();
  }

  private static OutputStream nonClosing(OutputStream o) {
    return new java.io.FilterOutputStream(o) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
