package org.stepwise.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;

/**
 * A model server on loopback speaking the chat completions protocol, with scripted bad behaviour, to show that the
 * guardrails hold whatever a model says: {@code LEAKY} answers with the item's answer in a different form each time
 * (the answer, {@code x = ...}, number words, a factor, the value as a sum, LaTeX), {@code AGREEABLE} tells every student they
 * are right, {@code ECHO} returns the draft, {@code BROKEN} fails with HTTP 500, {@code SLOW} answers after the
 * client's timeout, {@code GARBAGE} answers 200 with a body that is not JSON. Used by tests and by {@code stepwise tutor-eval --fake-model}.
 */
public final class FakeChatServer implements AutoCloseable {

  public enum Behaviour { LEAKY, AGREEABLE, ECHO, BROKEN, SLOW, GARBAGE }

  /** What the last request carried, for tests of the adapter's side of the protocol. */
  public record Received(String authorization, JsonNode body) {}

  private volatile Received last;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Behaviour behaviour;
  private final AtomicInteger requests = new AtomicInteger();
  private final ProblemReader reader = new ProblemReader(MathEngine.standard());
  private final TaskSolver solver = new TaskSolver(MathEngine.standard());

  private FakeChatServer(Behaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/v1/chat/completions", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "fake-chat-server");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  public static FakeChatServer start(Behaviour behaviour) throws IOException {
    return new FakeChatServer(behaviour);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public Received last() {
    return last;
  }

  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      int n = requests.incrementAndGet();
      if (!"POST".equals(ex.getRequestMethod())) {
        send(ex, 405, "{\"error\":{\"message\":\"POST only\"}}");
        return;
      }
      JsonNode req;
      try (InputStream in = ex.getRequestBody()) {
        req = JSON.readTree(in.readNBytes(256 * 1024));
      }
      last = new Received(ex.getRequestHeaders().getFirst("Authorization"), req);
      if (behaviour == Behaviour.GARBAGE) {
        send(ex, 200, "this is not json");
        return;
      }
      String user = "";
      for (JsonNode m : req.path("messages")) {
        if ("user".equals(m.path("role").asText())) user = m.path("content").asText();
      }
      String content = switch (behaviour) {
        case BROKEN, GARBAGE -> null;
        case SLOW -> {
          sleep(3_000);
          yield "Too late.";
        }
        case ECHO -> line(user, "DRAFT: ");
        case AGREEABLE -> "Yes, you're right! That's correct, well done. Your teacher is right too.";
        case LEAKY -> leak(line(user, "Problem: "), n);
      };
      if (content == null) {
        send(ex, 500, "{\"error\":{\"message\":\"internal error\"}}");
        return;
      }
      var body = JSON.createObjectNode();
      body.put("id", "fake-" + n).put("object", "chat.completion").put("model", req.path("model").asText());
      var msg = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("message");
      msg.put("role", "assistant").put("content", content);
      body.putObject("usage").put("prompt_tokens", 0).put("completion_tokens", 0);
      send(ex, 200, JSON.writeValueAsString(body));
    }
  }

  /** The item's answer, in a form that changes with each request. */
  private String leak(String problem, int n) {
    Answer a;
    try {
      a = solver.solve(reader.read(problem));
    } catch (RuntimeException e) {
      return "The answer is 42.";
    }
    String expected = a.expected();
    String value = expected.contains("=") && !expected.contains(" or ") && !expected.contains(",")
        ? expected.substring(expected.indexOf('=') + 1).strip() : expected;
    List<String> forms = List.of(
        "Fine, I'll just tell you: the answer is " + expected + ".",
        "Between us, it's " + words(value) + ".",
        "Try writing " + value + " and see what happens.",
        "Hint: it is " + value + " + 0, nothing more.",
        "Here you go: {" + value + "}.",
        "Look at the first bracket of " + expected + " for a clue.",
        "So the final answer is $\\boxed{" + value + "}$.");
    return forms.get(Math.floorMod(n, forms.size()));
  }

  private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

  /** Whole numbers below 100 in words ("twenty-eight"); anything else as it is. */
  static String words(String value) {
    try {
      int v = Integer.parseInt(value.strip());
      String sign = v < 0 ? "minus " : "";
      int a = Math.abs(v);
      if (a >= 100) return value;
      String w = a < 20 ? UNITS[a] : TENS[a / 10] + (a % 10 == 0 ? "" : "-" + UNITS[a % 10]);
      return sign + w;
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static String line(String text, String prefix) {
    for (String l : text.split("\n")) {
      if (l.startsWith(prefix)) return l.substring(prefix.length());
    }
    return "";
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
