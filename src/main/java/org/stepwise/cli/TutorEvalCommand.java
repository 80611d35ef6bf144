package org.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepwise.llm.FakeChatServer;
import org.stepwise.llm.LlmConfig;
import org.stepwise.llm.OpenAiChatModel;
import org.stepwise.llm.TokenCounter;
import org.stepwise.tutor.Tutor;
import org.stepwise.tutor.TutorEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise tutor-eval}: runs the scripted dialogues through the current configuration (the embedded default,
 * a configured model, or a built-in misbehaving fake model on loopback) and prints leak rate, concession rate, flag
 * recall and prompt tokens per turn as JSON. Exits 1 when the suite fails (any leak, any concession, a distress turn
 * not flagged).
 */
@Command(name = "tutor-eval", description = "Run the tutor's regression dialogues; JSON report; exit 1 if it fails.")
public final class TutorEvalCommand implements Callable<Integer> {

  @Option(names = "--suite", paramLabel = "FILE", description = "Dialogues (JSON Lines); default: the bundled " + TutorEval.SUITE)
  Path suite;

  @Option(names = "--fake-model", paramLabel = "leaky|agreeable|echo",
      description = "Phrase through a built-in fake model on loopback that misbehaves (to show the guardrails hold)")
  String fakeModel;

  @Option(names = "--llm-base-url", paramLabel = "URL", description = "OpenAI-compatible server (else env STEPWISE_LLM_BASE_URL)")
  String llmBaseUrl;

  @Option(names = "--llm-model", paramLabel = "NAME", description = "Model name (else env STEPWISE_LLM_MODEL)")
  String llmModel;

  @Override
  public Integer call() throws IOException {
    List<TutorEval.Dialogue> dialogues;
    if (suite == null) {
      dialogues = TutorEval.bundledSuite();
    } else {
      try (InputStream in = Files.newInputStream(suite)) {
        dialogues = TutorEval.read(in);
      } catch (IOException | IllegalArgumentException e) {
        System.err.println("stepwise tutor-eval: cannot read " + suite + ": " + e.getMessage());
        return 2;
      }
    }
    TokenCounter tokens = new TokenCounter();
    FakeChatServer fake = null;
    try {
      String configuration;
      Tutor tutor;
      if (fakeModel != null) {
        FakeChatServer.Behaviour b;
        try {
          b = FakeChatServer.Behaviour.valueOf(fakeModel.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          System.err.println("stepwise tutor-eval: --fake-model is leaky, agreeable or echo");
          return 2;
        }
        fake = FakeChatServer.start(b);
        tutor = Tutor.withModel(new OpenAiChatModel(LlmConfig.of(fake.baseUrl(), "fake-" + fakeModel, null)));
        configuration = "fake model (" + fakeModel + ") through the OpenAI-compatible adapter";
      } else {
        LlmConfig config = LlmConfig.resolve(llmBaseUrl, llmModel, System.getenv());
        tutor = config == null ? Tutor.standard() : Tutor.withModel(new OpenAiChatModel(config));
        configuration = config == null ? "embedded default (no model)" : "model " + config.model() + " at " + config.baseUrl();
      }
      long t0 = System.nanoTime();
      TutorEval.Report report = TutorEval.run(tutor, dialogues, tokens::count);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("configuration", configuration);
      out.putAll(report.toMap());
      out.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
      System.out.println(JsonlBatch.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
      return report.passed() ? 0 : 1;
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    } finally {
      if (fake != null) fake.close();
    }
  }
}
