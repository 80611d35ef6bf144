package org.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepwise.llm.LlmConfig;
import org.stepwise.llm.OpenAiChatModel;
import org.stepwise.tutor.Tutor;
import org.stepwise.tutor.TutorInputException;
import org.stepwise.tutor.TutorReply;
import org.stepwise.tutor.TutorRequest;
import org.stepwise.tutor.Turn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise tutor --jsonl FILE|-} (contract in ARCHITECTURE.md). Input {@code {"id", "problem",
 * "student_message", "history"?}}; output {@code {"id", "reply", "intent", "claimed_answer", "claim_correct",
 * "flagged"}}. Without a model configured the embedded default answers (no network).
 */
@Command(name = "tutor", description = "The tutor's reply to student messages about a problem (JSON Lines).")
public final class TutorCommand implements Callable<Integer> {

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "JSON Lines input, or - for stdin")
  String input;

  @Option(names = "--llm-base-url", paramLabel = "URL",
      description = "OpenAI-compatible server (else env STEPWISE_LLM_BASE_URL; none = no model)")
  String llmBaseUrl;

  @Option(names = "--llm-model", paramLabel = "NAME", description = "Model name (else env STEPWISE_LLM_MODEL)")
  String llmModel;

  @Option(names = "--llm-daily-tokens", paramLabel = "N", defaultValue = "" + LlmConfig.DEFAULT_DAILY_TOKENS,
      description = "Model tokens per student per day (default ${DEFAULT-VALUE}); a batch has no student identity, "
          + "so all its lines share one budget")
  int dailyTokens;

  @Override
  public Integer call() {
    if (dailyTokens < 0) {
      System.err.println("stepwise tutor: --llm-daily-tokens must be 0 or more");
      return 2;
    }
    Tutor tutor = tutor(llmBaseUrl, llmModel, dailyTokens);
    return JsonlBatch.run(input, req -> answer(tutor, req));
  }

  static Tutor tutor(String baseUrl, String model, int dailyTokens) {
    LlmConfig config = LlmConfig.resolve(baseUrl, model, System.getenv());
    return config == null ? Tutor.standard() : Tutor.withModel(new OpenAiChatModel(config.withDailyTokens(dailyTokens)));
  }

  static ObjectNode answer(Tutor tutor, JsonNode req) {
    String problem = JsonlBatch.requiredText(req, "problem");
    String message = JsonlBatch.requiredText(req, "student_message");
    TutorReply r;
    try {
      r = tutor.reply(new TutorRequest(problem, message, history(req), null));
    } catch (TutorInputException e) {
      throw new JsonlBatch.BadRequest(e.code(), e.getMessage());
    }
    ObjectNode o = JsonlBatch.JSON.createObjectNode();
    o.put("reply", r.reply());
    o.put("intent", r.intent().wireName());
    o.put("claimed_answer", r.claimedAnswer());
    if (r.claimCorrect() == null) {
      o.putNull("claim_correct");
    } else {
      o.put("claim_correct", r.claimCorrect());
    }
    o.put("flagged", r.flagged());
    return o;
  }

  private static List<Turn> history(JsonNode req) {
    JsonNode h = req.get("history");
    if (h == null || h.isNull()) return List.of();
    if (!h.isArray()) throw new JsonlBatch.BadRequest("invalid_field", "\"history\" must be an array of {role, text}.");
    if (h.size() > Tutor.MAX_HISTORY_TURNS) {
      throw new JsonlBatch.BadRequest("too_large", "At most " + Tutor.MAX_HISTORY_TURNS + " earlier turns, got " + h.size() + ".");
    }
    List<Turn> out = new ArrayList<>();
    for (JsonNode t : h) {
      JsonNode role = t.get("role");
      JsonNode text = t.get("text");
      if (role == null || !role.isTextual() || text == null || !text.isTextual()) {
        throw new JsonlBatch.BadRequest("invalid_field", "Each history turn needs \"role\" and \"text\" strings.");
      }
      Turn.Role r = switch (role.asText()) {
        case "student" -> Turn.Role.STUDENT;
        case "tutor" -> Turn.Role.TUTOR;
        default -> throw new JsonlBatch.BadRequest("invalid_field", "A history role is \"student\" or \"tutor\".");
      };
      out.add(new Turn(r, text.asText()));
    }
    return out;
  }
}
