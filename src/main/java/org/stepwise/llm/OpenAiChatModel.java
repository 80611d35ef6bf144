package org.stepwise.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.stepwise.tutor.LanguageModel;
import org.stepwise.tutor.ModelPrompt;

/**
 * The tutor's language-model port over the OpenAI-compatible chat completions API ({@code POST
 * {base}/v1/chat/completions}), which Ollama, vLLM, llama.cpp's server, LM Studio and hosted APIs speak. Checks the
 * per-turn and per-student budgets before calling, caches replies, and turns every failure into an empty result so
 * the tutor falls back to its own words. Never logs prompts, replies or the key.
 */
public final class OpenAiChatModel implements LanguageModel {

  /** A reply body larger than this is not read as a reply. */
  static final int MAX_RESPONSE_CHARS = 64 * 1024;

  private static final System.Logger LOG = System.getLogger("org.stepwise.llm");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LlmConfig config;
  private final HttpClient http;
  private final URI endpoint;
  private final TokenCounter tokens = new TokenCounter();
  private final DailyBudget budget;
  private final ResponseCache cache;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  public OpenAiChatModel(LlmConfig config) {
    this(config, Clock.systemUTC());
  }

  public OpenAiChatModel(LlmConfig config, Clock clock) {
    this.config = config;
    this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    this.endpoint = URI.create(config.baseUrl() + "/v1/chat/completions");
    this.budget = new DailyBudget(config.dailyTokensPerStudent(), clock);
    this.cache = new ResponseCache(config.cacheEntries());
  }

  @Override
  public Optional<String> phrase(ModelPrompt prompt) {
    int promptTokens = tokens.count(prompt.text());
    if (promptTokens > config.maxPromptTokens()) {
      LOG.log(System.Logger.Level.INFO, "model not asked: prompt of {0} tokens is over the turn budget", promptTokens);
      return Optional.empty();
    }
    String key = config.model() + "\u0000" + prompt.system() + "\u0000" + prompt.user();
    String cached = cache.get(key);
    if (cached != null) return Optional.of(cached);
    if (!budget.tryReserve(prompt.studentKey(), promptTokens + config.maxCompletionTokens())) {
      LOG.log(System.Logger.Level.INFO, "model not asked: the student's daily token budget is used up");
      return Optional.empty();
    }
    calls.incrementAndGet();
    try {
      HttpRequest.Builder req = HttpRequest.newBuilder(endpoint)
          .timeout(config.timeout())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body(prompt), StandardCharsets.UTF_8));
      if (config.apiKey() != null) req.header("Authorization", "Bearer " + config.apiKey());
      HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (res.statusCode() != 200) return fail("status " + res.statusCode());
      if (res.body().length() > MAX_RESPONSE_CHARS) return fail("reply too large");
      JsonNode content = JSON.readTree(res.body()).path("choices").path(0).path("message").path("content");
      if (!content.isTextual() || content.asText().isBlank()) return fail("no message content");
      String text = content.asText().strip();
      cache.put(key, text);
      return Optional.of(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    } catch (Exception e) { // timeouts, refused connections, malformed JSON: all mean "use the authored words"
      return fail(e.getClass().getSimpleName());
    }
  }

  private Optional<String> fail(String why) {
    failures.incrementAndGet();
    LOG.log(System.Logger.Level.WARNING, "model call failed ({0}); the tutor uses its own words", why);
    return Optional.empty();
  }

  private String body(ModelPrompt prompt) throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectNode b = JSON.createObjectNode();
    b.put("model", config.model());
    var messages = b.putArray("messages");
    messages.addObject().put("role", "system").put("content", prompt.system());
    messages.addObject().put("role", "user").put("content", prompt.user());
    b.put("max_tokens", config.maxCompletionTokens());
    b.put("temperature", 0.3);
    b.put("stream", false);
    return JSON.writeValueAsString(b);
  }

  /** HTTP calls made (cache hits and budget refusals are not calls). */
  public long calls() {
    return calls.get();
  }

  public long failures() {
    return failures.get();
  }

  public int spentToday(String student) {
    return budget.spent(student);
  }
}
