package org.stepwise.browser;

import java.util.List;
import java.util.function.Supplier;
import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;
import org.stepwise.math.check.CheckRequest;

/**
 * What a student who knows the answer would type, and a plausible wrong answer, for the item statement the page
 * showed. Both come from our math engine (not from the server under test), and both are checked with the engine
 * before use, so the journey never rests on a hard-coded answer.
 */
final class AnswerOracle {
  private static final MathEngine ENGINE = MathEngine.standard();

  /** The right and a wrong answer to one statement, as a student would type them. */
  record Answers(String statement, String right, String wrong) {}

  private AnswerOracle() {}

  static Answers forStatement(String statement) {
    Answer key = new TaskSolver(ENGINE).solve(new ProblemReader(ENGINE).read(statement));
    String right = key.expected();
    if (!accepts(key, right)) {
      throw new AssertionError("the engine does not accept its own answer '" + right + "' to '" + statement + "'");
    }
    // A slip first ("x = 4" becomes "x = 5"); plain fallbacks for answer shapes a slip cannot be made of.
    for (Supplier<String> candidate : List.<Supplier<String>>of(
        () -> offByOne(right), () -> "0", () -> "1", () -> "x = 0", () -> "x = 1")) {
      try {
        String wrong = candidate.get();
        if (!accepts(key, wrong)) {
          return new Answers(statement, right, wrong);
        }
      } catch (RuntimeException e) {
        // not a shape this answer can take; try the next
      }
    }
    throw new AssertionError("no wrong answer could be made for '" + statement + "' (answer '" + right + "')");
  }

  /** True when {@code typed} would be accepted as the answer to {@code statement}. */
  static boolean equivalent(String statement, String typed) {
    return accepts(new TaskSolver(ENGINE).solve(new ProblemReader(ENGINE).read(statement)), typed);
  }

  /** The answer plus one ("x = 4" becomes "x = 5"): a slip, not a reading error. */
  private static String offByOne(String right) {
    int eq = right.indexOf('=');
    if (eq > 0 && right.indexOf('=', eq + 1) < 0) {
      return right.substring(0, eq).trim() + " = " + ENGINE.simplify("(" + right.substring(eq + 1) + ") + 1");
    }
    return ENGINE.simplify("(" + right + ") + 1");
  }

  private static boolean accepts(Answer key, String typed) {
    CheckRequest r = CheckRequest.of(key.kind(), key.expected(), typed);
    if (key.requirement() != null) {
      r = r.requiring(key.requirement());
    }
    return ENGINE.check(r).accept();
  }
}
