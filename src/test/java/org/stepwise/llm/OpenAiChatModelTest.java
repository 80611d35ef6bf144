package org.stepwise.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stepwise.tutor.ModelPrompt;
import org.stepwise.tutor.Tutor;
import org.stepwise.tutor.TutorEval;
import org.stepwise.tutor.TutorReply;
import org.stepwise.tutor.TutorRequest;

/** The OpenAI-compatible adapter against a real HTTP server on loopback speaking the same protocol. */
class OpenAiChatModelTest {

  private static final ModelPrompt PROMPT = new ModelPrompt("Be kind.", "Problem: Solve 2x+1=7 for x\nDRAFT: What is being done to x?", "s1");

  private static LlmConfig config(FakeChatServer server, Duration timeout, int maxPrompt, int daily) {
    return new LlmConfig(URI.create(server.baseUrl()), "test-model", "secret-key", timeout, maxPrompt, 50, daily, 16);
  }

  @Test
  void speaksTheChatCompletionsProtocol() throws Exception {
    try (FakeChatServer server = FakeChatServer.start(FakeChatServer.Behaviour.ECHO)) {
      OpenAiChatModel model = new OpenAiChatModel(config(server, Duration.ofSeconds(5), 400, 10_000));
      Optional<String> reply = model.phrase(PROMPT);
      assertThat(reply).contains("What is being done to x?");
      FakeChatServer.Received got = server.last();
      assertThat(got.authorization()).isEqualTo("Bearer secret-key");
      assertThat(got.body().get("model").asText()).isEqualTo("test-model");
      assertThat(got.body().get("messages").get(0).get("role").asText()).isEqualTo("system");
      assertThat(got.body().get("messages").get(1).get("content").asText()).isEqualTo(PROMPT.user());
      assertThat(got.body().get("max_tokens").asInt()).isEqualTo(50);
    }
  }

  @Test
  void samePromptIsAnsweredFromTheCache() throws Exception {
    try (FakeChatServer server = FakeChatServer.start(FakeChatServer.Behaviour.ECHO)) {
      OpenAiChatModel model = new OpenAiChatModel(config(server, Duration.ofSeconds(5), 400, 10_000));
      assertThat(model.phrase(PROMPT)).isPresent();
      assertThat(model.phrase(PROMPT)).isPresent();
      assertThat(server.requests()).isEqualTo(1);
      assertThat(model.calls()).isEqualTo(1);
    }
  }

  @Test
  void everyFailureIsAnEmptyResult() throws Exception {
    for (FakeChatServer.Behaviour b : List.of(FakeChatServer.Behaviour.BROKEN, FakeChatServer.Behaviour.GARBAGE,
        FakeChatServer.Behaviour.SLOW)) {
      try (FakeChatServer server = FakeChatServer.start(b)) {
        OpenAiChatModel model = new OpenAiChatModel(config(server, Duration.ofMillis(400), 400, 10_000));
        long t0 = System.nanoTime();
        assertThat(model.phrase(PROMPT)).as(b.name()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(model.failures()).isEqualTo(1);
      }
    }
    // nobody listening
    OpenAiChatModel nowhere = new OpenAiChatModel(LlmConfig.of("http://127.0.0.1:9", "m", null));
    assertThat(nowhere.phrase(PROMPT)).isEmpty();
  }

  @Test
  void aPromptOverTheTurnBudgetIsNotSent() throws Exception {
    try (FakeChatServer server = FakeChatServer.start(FakeChatServer.Behaviour.ECHO)) {
      OpenAiChatModel model = new OpenAiChatModel(config(server, Duration.ofSeconds(5), 10, 10_000));
      assertThat(model.phrase(PROMPT)).isEmpty();
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void eachStudentHasADailyBudgetThatRenewsAtMidnightUtc() throws Exception {
    try (FakeChatServer server = FakeChatServer.start(FakeChatServer.Behaviour.ECHO)) {
      MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
      int oneTurn = new TokenCounter().count(PROMPT.text()) + 50;
      OpenAiChatModel model = new OpenAiChatModel(config(server, Duration.ofSeconds(5), 400, oneTurn * 2 + 6), clock);
      List<Optional<String>> replies = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        replies.add(model.phrase(new ModelPrompt(PROMPT.system(), PROMPT.user() + " " + i, "s1")));
      }
      assertThat(replies.get(0)).isPresent();
      assertThat(replies.get(1)).isPresent();
      assertThat(replies.get(2)).isEmpty();
      assertThat(model.phrase(new ModelPrompt(PROMPT.system(), PROMPT.user() + " other", "s2"))).isPresent();
      clock.now = Instant.parse("2026-11-24T00:00:01Z");
      assertThat(model.phrase(new ModelPrompt(PROMPT.system(), PROMPT.user() + " next day", "s1"))).isPresent();
    }
  }

  @Test
  void configurationComesFromOptionsThenEnvironment() {
    assertThat(LlmConfig.resolve(null, null, Map.of())).isNull();
    LlmConfig env = LlmConfig.resolve(null, null, Map.of("STEPWISE_LLM_BASE_URL", "http://localhost:11434/",
        "STEPWISE_LLM_MODEL", "llama3", "STEPWISE_LLM_API_KEY", "k"));
    assertThat(env.baseUrl().toString()).isEqualTo("http://localhost:11434");
    assertThat(env.model()).isEqualTo("llama3");
    assertThat(env.apiKey()).isEqualTo("k");
    assertThat(env.toString()).doesNotContain("k]").contains("apiKey=set");
    LlmConfig opt = LlmConfig.resolve("http://h:1", "m", Map.of("STEPWISE_LLM_BASE_URL", "http://other"));
    assertThat(opt.baseUrl().toString()).isEqualTo("http://h:1");
  }

  @Test
  void leakingAndAgreeingModelsNeverReachTheStudent() throws Exception {
    TokenCounter tokens = new TokenCounter();
    for (FakeChatServer.Behaviour b : List.of(FakeChatServer.Behaviour.LEAKY, FakeChatServer.Behaviour.AGREEABLE)) {
      try (FakeChatServer server = FakeChatServer.start(b)) {
        Tutor tutor = Tutor.withModel(new OpenAiChatModel(LlmConfig.of(server.baseUrl(), "fake", null)));
        TutorEval.Report r = TutorEval.run(tutor, TutorEval.bundledSuite(), tokens::count);
        assertThat(server.requests()).as(b.name()).isGreaterThan(100);
        assertThat(r.leaks()).as(b.name()).isZero();
        assertThat(r.concessions()).as(b.name()).isZero();
        assertThat(r.flagRecall()).isEqualTo(1.0);
        assertThat(r.blockedReplies()).isPositive();
        assertThat(r.promptTokensMedian()).isBetween(1.0, 400.0);
      }
    }
  }

  @Test
  void aBrokenModelLeavesTheDefaultReplyUnchanged() throws Exception {
    try (FakeChatServer server = FakeChatServer.start(FakeChatServer.Behaviour.BROKEN)) {
      Tutor withModel = Tutor.withModel(new OpenAiChatModel(LlmConfig.of(server.baseUrl(), "fake", null)));
      TutorRequest req = TutorRequest.of("Solve 2x+1=7 for x", "I don't get it");
      TutorReply a = withModel.reply(req);
      TutorReply b = Tutor.standard().reply(req);
      assertThat(a.reply()).isEqualTo(b.reply());
      assertThat(a.byModel()).isFalse();
      assertThat(a.prompt()).contains("Problem: Solve 2x+1=7 for x").doesNotContain("history");
    }
  }

  @Test
  void theModelIsNeverAskedToPhraseCare() throws Exception {
    try (FakeChatServer server = FakeChatServer.start(FakeChatServer.Behaviour.ECHO)) {
      Tutor tutor = Tutor.withModel(new OpenAiChatModel(LlmConfig.of(server.baseUrl(), "fake", null)));
      TutorReply r = tutor.reply(TutorRequest.of("Solve 2x+1=7 for x", "I want to die"));
      assertThat(r.flagged()).isTrue();
      assertThat(r.prompt()).isNull();
      assertThat(server.requests()).isZero();
    }
  }

  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
