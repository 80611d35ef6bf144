package org.stepwise.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Where the model is and how much of it a turn and a student may use. The key is never logged or printed.
 *
 * @param baseUrl server root; requests go to {@code {baseUrl}/v1/chat/completions}
 * @param maxPromptTokens a turn whose prompt is longer is not sent (the tutor uses its own words)
 * @param maxCompletionTokens the model's reply is capped at this many tokens
 * @param dailyTokensPerStudent prompt + completion tokens one student may use per UTC day
 */
public record LlmConfig(URI baseUrl, String model, String apiKey, Duration timeout, int maxPromptTokens,
    int maxCompletionTokens, int dailyTokensPerStudent, int cacheEntries) {

  public static final int DEFAULT_MAX_PROMPT_TOKENS = 400;
  public static final int DEFAULT_MAX_COMPLETION_TOKENS = 120;
  public static final int DEFAULT_DAILY_TOKENS = 20_000;

  @Override
  public String toString() {
    return "LlmConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "set") + "]";
  }

  /** The same configuration with another daily token budget per student. */
  public LlmConfig withDailyTokens(int tokens) {
    return new LlmConfig(baseUrl, model, apiKey, timeout, maxPromptTokens, maxCompletionTokens, tokens, cacheEntries);
  }

  public static LlmConfig of(String baseUrl, String model, String apiKey) {
    return new LlmConfig(URI.create(baseUrl.replaceAll("/+$", "")), model, apiKey, Duration.ofSeconds(8),
        DEFAULT_MAX_PROMPT_TOKENS, DEFAULT_MAX_COMPLETION_TOKENS, DEFAULT_DAILY_TOKENS, 2048);
  }

  /**
   * The configuration from options, else the environment ({@code STEPWISE_LLM_BASE_URL}, {@code STEPWISE_LLM_MODEL},
   * {@code STEPWISE_LLM_API_KEY}); null when no base URL is set anywhere (then the tutor runs without a model).
   */
  public static LlmConfig resolve(String baseUrlOption, String modelOption, Map<String, String> env) {
    String base = baseUrlOption != null ? baseUrlOption : env.get("STEPWISE_LLM_BASE_URL");
    if (base == null || base.isBlank()) return null;
    String model = modelOption != null ? modelOption : env.getOrDefault("STEPWISE_LLM_MODEL", "default");
    String key = env.get("STEPWISE_LLM_API_KEY");
    return of(base.strip(), model, key == null || key.isBlank() ? null : key);
  }
}
