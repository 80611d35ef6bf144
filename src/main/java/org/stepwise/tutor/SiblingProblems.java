package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.Task;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.content.problem.TaskType;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.exact.RatFun;

/**
 * Builds sibling problems for a worked example: the same statement with other numbers, read and solved by the engine.
 * A sibling is kept only when its answer differs from the item's (no shared solution either); siblings with whole-number
 * answers come first, because a worked example should be easy to follow.
 */
public final class SiblingProblems {

  /** A sibling problem, its answer, and one intermediate line of the working (or null). */
  public record Sibling(String problem, String answer, String step) {}

  private static final Pattern INTEGER = Pattern.compile("(?<![\\^\\d.])\\d{1,4}(?![\\d.])");
  private static final int ATTEMPTS = 10;

  private final MathEngine engine;
  private final ProblemReader reader;
  private final TaskSolver solver;

  public SiblingProblems(MathEngine engine) {
    this.engine = engine;
    this.reader = new ProblemReader(engine);
    this.solver = new TaskSolver(engine);
  }

  public List<Sibling> of(Item item) {
    List<Sibling> nice = new ArrayList<>();
    List<Sibling> other = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS && nice.size() < 3; attempt++) {
      String text = item.type() == TaskType.FACTOR ? factorSibling(item, attempt)
          : quadraticWithWholeRoots(item) ? quadraticSibling(item, attempt)
          : item.type() == TaskType.SOLVE_SYSTEM ? systemSibling(item, attempt) : vary(item.problem(), attempt);
      if (text == null || text.equals(item.problem())) continue;
      try {
        Task t = reader.read(text);
        if (t.type() != item.type()) continue;
        Answer a = solver.solve(t);
        Item sib = Item.of(text, t, a, engine);
        if (!differs(item, sib)) continue;
        Sibling s = new Sibling(text, a.expected(), step(sib));
        (whole(sib) ? nice : other).add(s);
      } catch (MathException | IllegalStateException e) {
        // this variation has no answer the engine can give (vertical line, no solution, ...): try the next
      }
    }
    nice.addAll(other);
    return nice;
  }

  /** Every whole number in the statement moved by a small amount that depends on the attempt and its position. */
  static String vary(String problem, int attempt) {
    Matcher m = INTEGER.matcher(problem);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (m.find()) {
      int n = Integer.parseInt(m.group());
      int delta = 1 + Math.floorMod(attempt + 2 * i, 4);
      int changed = (attempt % 2 == 0 || n <= delta + 1) ? n + delta : n - delta;
      if (changed <= 1) changed = n + delta + 2; // no 0 or 1: "1x" and "0x" make odd examples
      m.appendReplacement(sb, Integer.toString(changed));
      i++;
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A factoring sibling is built from the factored answer with other numbers, so it factors nicely too. */
  private String factorSibling(Item item, int attempt) {
    String factored = vary(item.answer().expected(), attempt);
    try {
      return "Factor " + engine.expand(factored);
    } catch (MathException e) {
      return null;
    }
  }

  /** Two whole-number roots: the sibling is built from other whole roots, so it factorises as nicely. */
  private static boolean quadraticWithWholeRoots(Item item) {
    return item.type() == TaskType.SOLVE_EQUATION && item.values().size() == 2
        && item.values().stream().allMatch(v -> v.isRational() && v.rationalValue().isInteger());
  }

  private String quadraticSibling(Item item, int attempt) {
    long a = item.values().get(0).rationalValue().num().longValue() + 1 + attempt % 3;
    long b = item.values().get(1).rationalValue().num().longValue() - 1 - attempt % 2;
    if (a == b) b--;
    try {
      String x = item.variable();
      return "Solve " + engine.expand("(" + x + " - (" + a + "))(" + x + " - (" + b + "))").replace(" ", "") + "=0";
    } catch (MathException e) {
      return null;
    }
  }

  /**
   * A system with whole-number solutions gets a sibling with the same left-hand sides and other whole-number
   * solutions: the right-hand sides are worked out from the new solution, so the example stays easy to follow.
   */
  private String systemSibling(Item item, int attempt) {
    if (!(item.task().given() instanceof org.stepwise.math.ast.Statement.And and)) return null;
    java.util.Map<String, RatFun> next = new java.util.LinkedHashMap<>();
    int k = 0;
    for (var e : item.valuesByVariable().entrySet()) {
      if (e.getValue().size() != 1 || !e.getValue().get(0).isRational()) return null;
      long shift = k++ % 2 == 0 ? 1 + attempt % 3 : -1 - attempt % 2;
      next.put(e.getKey(), e.getValue().get(0).add(RatFun.of(org.stepwise.math.exact.Rational.of(shift))));
    }
    List<String> equations = new ArrayList<>();
    for (var part : and.parts()) {
      if (!(part instanceof org.stepwise.math.ast.Statement.Relation r) || r.operands().size() != 2) return null;
      RatFun v = engine.value(r.operands().get(0));
      for (var e : next.entrySet()) v = org.stepwise.math.solve.Substitution.at(v, e.getKey(), e.getValue());
      if (!v.isConstant()) return null;
      equations.add(org.stepwise.math.ast.ExprText.of(r.operands().get(0)).replace(" ", "") + "=" + v);
    }
    return "Solve the system " + String.join(" and ", equations);
  }

  /** "3x", "(1/5)x": a coefficient that reads as one number in front of the letter. */
  static String coefficient(org.stepwise.math.exact.Rational a, String x) {
    return (a.isInteger() ? a.toString() : "(" + a + ")") + x;
  }

  private boolean differs(Item item, Item sib) {
    if (engine.check(CheckRequest.of(item.answer().kind(), item.answer().expected(), sib.answer().expected()))
        .equivalent()) {
      return false;
    }
    for (RatFun v : sib.values()) {
      for (RatFun w : item.values()) {
        if (v.equivalentTo(w)) return false;
      }
    }
    return true;
  }

  private static boolean whole(Item sib) {
    for (RatFun v : sib.values()) {
      if (!v.isRational() || !v.rationalValue().isInteger() || v.isZero()) return false;
    }
    return !sib.answer().expected().contains("sqrt");
  }

  private String step(Item sib) {
    if (sib.type() != TaskType.SOLVE_EQUATION
        || !(sib.task().given() instanceof org.stepwise.math.ast.Statement.Relation r) || r.operands().size() != 2) {
      return null;
    }
    try {
      RatFun f = engine.value(r.operands().get(0)).subtract(engine.value(r.operands().get(1)));
      String x = sib.variable();
      if (!f.isPolynomial() || f.num().variables().size() != 1 || f.num().degreeIn(x) != 1) return null;
      var c = f.num().coefficientsIn(x);
      var a = c.get(1).rationalValue();
      var b = c.get(0).rationalValue().negate();
      if (a.signum() < 0) {
        a = a.negate();
        b = b.negate();
      }
      String line = coefficient(a, x) + " = " + b;
      return a.isOne() || line.replace(" ", "").equals(sib.givenText()) ? null : line;
    } catch (MathException | IllegalStateException e) {
      return null;
    }
  }
}
