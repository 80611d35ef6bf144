package org.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepwise.work.StepsVerdict;
import org.stepwise.work.WorkChecker;
import org.stepwise.work.WorkInputException;
import org.stepwise.work.WorkLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise steps --jsonl FILE|-}: checks worked solutions (contract in ARCHITECTURE.md). Input
 * {@code {"id", "problem", "steps": [...]}}; output {@code {"id", "first_error_step", "misconception",
 * "final_correct", "feedback"}}, or {@code {"id", "error": {"code", "message"}}} for a line that cannot be checked.
 */
@Command(name = "steps", description = "Check worked solutions: first wrong line, misconception, feedback (JSON Lines).")
public final class StepsCommand implements Callable<Integer> {

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "JSON Lines input, or - for stdin")
  String input;

  @Override
  public Integer call() {
    WorkChecker checker = WorkChecker.create();
    return JsonlBatch.run(input, req -> answer(checker, req));
  }

  static ObjectNode answer(WorkChecker checker, JsonNode req) {
    String problem = JsonlBatch.requiredText(req, "problem");
    List<String> steps = steps(req);
    StepsVerdict v;
    try {
      v = checker.check(problem, steps);
    } catch (WorkInputException e) {
      throw new JsonlBatch.BadRequest(e.code(), e.getMessage());
    }
    ObjectNode o = JsonlBatch.JSON.createObjectNode();
    if (v.firstErrorStep() == null) {
      o.putNull("first_error_step");
    } else {
      o.put("first_error_step", v.firstErrorStep());
    }
    o.put("misconception", v.misconception());
    o.put("final_correct", v.finalCorrect());
    o.put("feedback", v.feedback());
    return o;
  }

  private static List<String> steps(JsonNode req) {
    JsonNode n = req.get("steps");
    if (n == null || n.isNull()) {
      throw new JsonlBatch.BadRequest("missing_field", "\"steps\" is missing.");
    }
    if (!n.isArray()) {
      throw new JsonlBatch.BadRequest("invalid_field", "\"steps\" must be an array of strings.");
    }
    if (n.size() > WorkLimits.MAX_STEPS) {
      throw new JsonlBatch.BadRequest("too_large", "At most " + WorkLimits.MAX_STEPS + " lines of work, got " + n.size() + ".");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : n) {
      if (!s.isTextual()) {
        throw new JsonlBatch.BadRequest("invalid_field", "\"steps\" must be an array of strings.");
      }
      out.add(s.asText());
    }
    return out;
  }
}
