package org.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.stepwise.math.MathEngine;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.CheckResult;
import org.stepwise.math.check.Kind;
import org.stepwise.math.check.Requirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepwise check --jsonl FILE}: the answer-checking contract of ARCHITECTURE.md. */
@Command(name = "check", description = "Check answers against expected answers (JSON Lines in, JSON Lines out).")
public final class CheckCommand implements Callable<Integer> {

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "JSON Lines input, or - for stdin")
  String input;

  @Override
  public Integer call() {
    MathEngine engine = MathEngine.standard();
    return JsonlBatch.run(input, req -> toJson(engine.check(request(req))));
  }

  static CheckRequest request(JsonNode req) {
    Kind kind = Kind.parse(JsonlBatch.requiredText(req, "kind"));
    String expected = JsonlBatch.requiredText(req, "expected");
    String answer = JsonlBatch.requiredText(req, "answer");
    Requirement requirement = Requirement.parse(JsonlBatch.optionalText(req, "requirement"));
    BigDecimal tolerance = null;
    JsonNode t = req.get("tolerance");
    if (t != null && !t.isNull()) {
      if (!t.isNumber()) throw new JsonlBatch.BadRequest("invalid_field", "\"tolerance\" must be a number.");
      tolerance = t.decimalValue();
    }
    return new CheckRequest(kind, expected, answer, requirement, tolerance);
  }

  static ObjectNode toJson(CheckResult r) {
    ObjectNode o = JsonlBatch.JSON.createObjectNode();
    o.put("equivalent", r.equivalent());
    o.put("accept", r.accept());
    o.put("feedback", r.feedback());
    return o;
  }
}
