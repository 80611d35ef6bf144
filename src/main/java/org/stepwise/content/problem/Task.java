package org.stepwise.content.problem;

import java.util.List;
import java.util.Map;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Requirement;

/**
 * A problem statement read into structure. {@code given} is the math the student starts from: the equation,
 * inequality or system to solve, or (as {@link Statement.Bare}) the expression to simplify, expand, factor, evaluate
 * or calculate. For {@link TaskType#SLOPE} it is the two points as a {@link Statement.And} of tuples; for the
 * function tasks it is {@code f(x) = ...} written as an equation {@code y = ...} with {@code input} the value or target.
 *
 * @param text        the statement as written
 * @param type        what is asked
 * @param given       the math to work on
 * @param variable    the unknown (solve tasks, function tasks), else null
 * @param bindings    letter → value text for evaluate tasks ({@code a -> 3}), else empty
 * @param input       for FUNCTION_VALUE the argument a in f(a); for FUNCTION_INPUT the target k; else null
 * @param requirement the form asked for by the directions ("give a mixed number"), or null
 * @param method      a method named in the directions ("completing the square"), or null; it does not change the answer
 */
public record Task(
    String text,
    TaskType type,
    Statement given,
    String variable,
    Map<String, String> bindings,
    String input,
    Requirement requirement,
    String method) {

  public Task {
    bindings = Map.copyOf(bindings);
  }

  /** Supported statement shapes, for error messages and documentation. */
  public static final List<String> SUPPORTED = List.of(
      "Solve 2x+1=7 (for x)",
      "Solve the inequality -2x+4>10",
      "Solve the system x+y=10 and x-y=2",
      "Simplify 3x+2x-4",
      "Expand (and simplify) (x+2)(x-3)",
      "Factor x^2-5x+6",
      "Evaluate 2a+b when a=3 and b=-1",
      "Calculate 3/4 + 5/6",
      "Find the slope of the line through (1, 2) and (3, 8)",
      "If f(x)=2x+1, find f(3)",
      "If f(x)=2x+1, find the value of x for which f(x)=9");
}
