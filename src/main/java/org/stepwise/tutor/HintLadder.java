package org.stepwise.tutor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.content.problem.TaskType;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;

/**
 * The hint ladder: 1 nudge, 2 targeted question, 3 worked sub-step of this item, 4 a fully worked sibling example
 * (different numbers, solved by the engine; never this item's answer). Phrasing is data ({@code tutor/hints.yaml}).
 */
public final class HintLadder {

  public static final int TOP = 4;

  private final Map<String, Map<String, String>> hints;
  private final MathEngine engine;
  private final SiblingProblems siblings;
  private final LeakDetector leaks;

  public HintLadder(MathEngine engine, SiblingProblems siblings, LeakDetector leaks) {
    this.engine = engine;
    this.siblings = siblings;
    this.leaks = leaks;
    this.hints = readHints();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, String>> readHints() {
    try (var in = HintLadder.class.getClassLoader().getResourceAsStream("tutor/hints.yaml")) {
      var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
      Map<String, Map<String, String>> m = yaml.readValue(in, LinkedHashMap.class);
      for (TaskType t : TaskType.values()) {
        Map<String, String> h = m.get(t.name());
        if (h == null) throw new IllegalStateException("tutor/hints.yaml has no hints for " + t);
        for (String k : List.of("nudge", "question", "substep", "substep_fallback", "method")) {
          if (h.get(k) == null) throw new IllegalStateException("tutor/hints.yaml: " + t + " has no " + k);
        }
      }
      return Map.copyOf(m);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The method sentence for a task type (used in the sibling example and the model prompt). */
  public String method(TaskType type) {
    return hints.get(type.name()).get("method");
  }

  public Hint hint(Item item, int rung) {
    int r = Math.max(1, Math.min(TOP, rung));
    Map<String, String> h = hints.get(item.type().name());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("given", item.givenMath());
    values.put("x", item.variable());
    String safe = fill(switch (r) {
      case 1 -> h.get("nudge");
      case 2 -> h.get("question").contains("{substep_question}") ? h.get("nudge") : h.get("question");
      default -> h.get("substep_fallback");
    }, values);
    String text = switch (r) {
      case 1 -> safe;
      case 2 -> question(item, h, values, safe);
      case 3 -> substep(item, h, values, safe);
      default -> sibling(item).orElse(safe);
    };
    return new Hint(r, text, safe);
  }

  private String question(Item item, Map<String, String> h, Map<String, String> values, String safe) {
    if (!h.get("question").contains("{substep_question}")) return safe;
    Quadratic q = quadratic(item);
    if (q == null) return safe;
    return "Which two numbers multiply to " + q.c + " and add to " + q.b + "?";
  }

  private String substep(Item item, Map<String, String> h, Map<String, String> values, String safe) {
    String step = null;
    try {
      if (item.type() == TaskType.SOLVE_EQUATION) step = collected(item);
      if (item.type() == TaskType.FACTOR) {
        Quadratic q = quadratic(item);
        if (q != null) {
          return "List pairs of whole numbers that multiply to " + q.c + ", and look for the pair that adds to " + q.b
              + ". Then each number goes in a bracket with " + item.variable() + ".";
        }
      }
    } catch (MathException e) {
      step = null;
    }
    if (step == null || !h.get("substep").contains("{substep}")) return safe;
    values.put("substep", step);
    return fill(h.get("substep"), values);
  }

  /** For a linear equation: "a x = b" after collecting terms (a > 0), the last line before the answer. */
  private String collected(Item item) {
    if (!(item.task().given() instanceof Statement.Relation r) || r.operands().size() != 2) return null;
    String x = item.variable();
    RatFun f = engine.value(r.operands().get(0)).subtract(engine.value(r.operands().get(1)));
    if (!f.isPolynomial() || f.num().variables().size() != 1 || f.num().degreeIn(x) != 1) return null;
    List<Poly> c = f.num().coefficientsIn(x);
    Rational a = c.get(1).rationalValue();
    Rational b = c.get(0).rationalValue().negate();
    if (a.signum() < 0) {
      a = a.negate();
      b = b.negate();
    }
    if (a.isOne()) return null; // that line would be the answer itself
    return SiblingProblems.coefficient(a, x) + " = " + b;
  }

  private record Quadratic(Rational b, Rational c) {}

  /** x^2 + bx + c with integer b, c (the shape the factor hints talk about), else null. */
  private Quadratic quadratic(Item item) {
    try {
      if (!(item.task().given() instanceof Statement.Bare bare)) return null;
      RatFun f = engine.value(bare.expr());
      if (!f.isPolynomial() || f.num().variables().size() != 1) return null;
      String x = f.num().variables().first();
      if (f.num().degreeIn(x) != 2) return null;
      List<Poly> c = f.num().coefficientsIn(x);
      if (!c.get(2).rationalValue().isOne()) return null;
      return new Quadratic(c.get(1).rationalValue(), c.get(0).rationalValue());
    } catch (MathException | IllegalStateException e) {
      return null;
    }
  }

  /** Worked siblings by problem: building one reads and solves up to ten variations, so it is done once per item. */
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<String>> workedSiblings =
      new java.util.concurrent.ConcurrentHashMap<>();

  private java.util.Optional<String> sibling(Item item) {
    java.util.Optional<String> cached = workedSiblings.get(item.problem());
    if (cached != null) return cached;
    java.util.Optional<String> built = buildSibling(item);
    if (workedSiblings.size() >= 1024) workedSiblings.clear(); // a bound, like the item cache
    workedSiblings.put(item.problem(), built);
    return built;
  }

  private java.util.Optional<String> buildSibling(Item item) {
    for (SiblingProblems.Sibling s : siblings.of(item)) {
      String worked = "Here is a similar one, worked through: " + s.problem() + ". " + method(item.type())
          + (s.step() == null ? "" : " Along the way you get " + s.step() + ".") + " The answer there is "
          + s.answer() + ". Now try yours the same way: what is your first step?";
      if (leaks.find(item, worked, null).isEmpty()) return java.util.Optional.of(worked);
    }
    return java.util.Optional.empty();
  }

  private static String fill(String template, Map<String, String> values) {
    String s = template;
    for (var e : values.entrySet()) s = s.replace("{" + e.getKey() + "}", e.getValue());
    return s;
  }
}
