package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stepwise.content.problem.TaskType;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.ExprText;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.CheckResult;
import org.stepwise.math.check.Kind;
import org.stepwise.math.exact.RatFun;

/**
 * Checks a claimed answer with the engine and works out how the student can see the verdict: put the value back into
 * the equation and compare the sides, try a number in both expressions, compare sizes. The evidence never contains
 * the answer when the claim is wrong (the guardrails check that too).
 */
public final class ClaimChecker {

  private final MathEngine engine;

  public ClaimChecker(MathEngine engine) {
    this.engine = engine;
  }

  public ClaimVerdict check(Item item, String claim) {
    Statement s;
    CheckResult r;
    try {
      s = engine.parse(claim);
      r = engine.check(new CheckRequest(item.answer().kind(), item.answer().expected(), claim,
          item.answer().requirement(), null));
    } catch (MathException e) {
      return new ClaimVerdict(claim, false, null, "", false);
    }
    boolean solving = item.answer().kind() == Kind.EQUATION || item.answer().kind() == Kind.INEQUALITY;
    boolean isolated = !solving || isolated(s);
    boolean correct = r.accept() && isolated && sameValues(item, s);
    String evidence;
    try {
      evidence = evidence(item, s, correct, r);
    } catch (MathException e) {
      evidence = ""; // the engine could not work the example out; the verdict stands on its own
    }
    return new ClaimVerdict(claim, true, correct, evidence, r.equivalent() && !isolated);
  }

  /**
   * For an equation in one unknown, the values listed in the claim must be exactly the solutions: a list of guesses
   * ("1, 2 or 3") is not the answer even if one of them is. (A second, independent check on the engine's verdict.)
   */
  private boolean sameValues(Item item, Statement s) {
    if (item.type() != TaskType.SOLVE_EQUATION && item.type() != TaskType.FUNCTION_INPUT) return true;
    if (item.values().isEmpty() || !item.values().stream().allMatch(RatFun::isConstant)) return true;
    List<RatFun> listed = new ArrayList<>();
    collectListed(s, listed);
    if (listed.isEmpty()) return true;
    for (RatFun v : listed) {
      if (item.values().stream().noneMatch(v::equivalentTo)) return false;
    }
    for (RatFun v : item.values()) {
      if (listed.stream().noneMatch(v::equivalentTo)) return false;
    }
    return true;
  }

  private void collectListed(Statement s, List<RatFun> out) {
    switch (s) {
      case Statement.And a -> a.parts().forEach(p -> collectListed(p, out));
      case Statement.Or o -> o.parts().forEach(p -> collectListed(p, out));
      case Statement.SetOf set -> set.elements().forEach(p -> collectListed(p, out));
      default -> out.addAll(claimedValues(s));
    }
  }

  /** An answer, not a step: values, "x = value", sets, pairs, or those joined by "or"/"and". */
  private static boolean isolated(Statement s) {
    return switch (s) {
      case Statement.Bare b -> Shapes.variables(b.expr()).isEmpty();
      case Statement.Relation r -> r.operands().size() == 2
          && (r.operands().get(0) instanceof Expr.Var && !Shapes.variables(r.operands().get(1)).contains(((Expr.Var) r.operands().get(0)).name())
          || r.operands().get(1) instanceof Expr.Var && !Shapes.variables(r.operands().get(0)).contains(((Expr.Var) r.operands().get(1)).name()))
          || r.operands().size() == 3;
      case Statement.Or o -> o.parts().stream().allMatch(ClaimChecker::isolated);
      case Statement.And a -> a.parts().stream().allMatch(ClaimChecker::isolated);
      default -> true;
    };
  }

  private String evidence(Item item, Statement claim, boolean correct, CheckResult r) {
    TaskType type = item.type();
    if (type == TaskType.SOLVE_EQUATION || type == TaskType.FUNCTION_INPUT) {
      return substitute(item, claim, correct);
    }
    if (type == TaskType.SOLVE_SYSTEM) return systemEvidence(item, claim, correct);
    if (item.answer().kind() == Kind.EXPRESSION) return expressionEvidence(item, claim, correct, r);
    if (item.answer().kind() == Kind.NUMERIC) return numericEvidence(item, claim, correct, r);
    return correct ? "It matches when you test a number from it in the original." : r.feedback()
        + " Pick a number from your answer and test it in the original inequality.";
  }

  private String substitute(Item item, Statement claim, boolean correct) {
    if (!(item.task().given() instanceof Statement.Relation eq) || eq.operands().size() != 2) return "";
    List<RatFun> values = claimedValues(claim);
    if (values.isEmpty()) return "";
    String x = item.variable();
    for (RatFun v : values) {
      RatFun left = at(eq.operands().get(0), x, v);
      RatFun right = at(eq.operands().get(1), x, v);
      boolean holds = left.equivalentTo(right);
      if (!holds) {
        return "Put " + x + " = " + v + " into " + ExprText.of(eq) + ": the left side comes to " + left
            + " but the right side comes to " + right + ", so they don't match.";
      }
      if (correct) {
        return "Put " + x + " = " + v + " back into " + ExprText.of(eq) + " and both sides come to " + left + ".";
      }
    }
    return "Each value you gave does fit, but a complete answer has every solution: are there others?";
  }

  private RatFun at(Expr side, String x, RatFun v) {
    return engine.run(() -> org.stepwise.math.solve.Substitution.at(engine.value(side), x, v));
  }

  private List<RatFun> claimedValues(Statement s) {
    List<RatFun> out = new ArrayList<>();
    switch (s) {
      case Statement.Bare b when Shapes.variables(b.expr()).isEmpty() -> out.add(engine.value(b.expr()));
      case Statement.Relation r when r.isEquation() && r.operands().size() == 2 -> {
        Expr other = r.operands().get(0) instanceof Expr.Var ? r.operands().get(1) : r.operands().get(0);
        if (Shapes.variables(other).isEmpty()) out.add(engine.value(other));
      }
      case Statement.Or o -> o.parts().forEach(p -> out.addAll(claimedValues(p)));
      case Statement.SetOf set -> set.elements().forEach(p -> out.addAll(claimedValues(p)));
      default -> { }
    }
    return out;
  }

  private String systemEvidence(Item item, Statement claim, boolean correct) {
    Map<String, RatFun> values = new LinkedHashMap<>();
    TreeSet<String> vars = Shapes.variables(item.task().given());
    if (claim instanceof Statement.Tuple t && t.items().size() == vars.size()) {
      int i = 0;
      for (String v : vars) values.put(v, engine.value(t.items().get(i++)));
    } else if (claim instanceof Statement.And a) {
      for (Statement p : a.parts()) {
        if (p instanceof Statement.Relation r && r.operands().size() == 2 && r.operands().get(0) instanceof Expr.Var v
            && Shapes.variables(r.operands().get(1)).isEmpty()) {
          values.put(v.name(), engine.value(r.operands().get(1)));
        }
      }
    }
    if (!values.keySet().containsAll(vars)) return correct ? "" : "Give a value for every letter, as a pair (x, y) or as x = ..., y = ....";
    for (Statement p : ((Statement.And) item.task().given()).parts()) {
      if (!(p instanceof Statement.Relation eq) || eq.operands().size() != 2) continue;
      RatFun left = engine.value(eq.operands().get(0));
      RatFun right = engine.value(eq.operands().get(1));
      for (var e : values.entrySet()) {
        left = org.stepwise.math.solve.Substitution.at(left, e.getKey(), e.getValue());
        right = org.stepwise.math.solve.Substitution.at(right, e.getKey(), e.getValue());
      }
      if (!left.equivalentTo(right)) {
        return "With your values, " + ExprText.of(eq) + " gives " + left + " on the left but " + right
            + " on the right, so they don't match.";
      }
    }
    return correct ? "Your values make both equations true." : "";
  }

  private static final int[] TRY_AT = {2, 3, 5, -1, 7};

  private String expressionEvidence(Item item, Statement claim, boolean correct, CheckResult r) {
    if (correct) return "It's equivalent to the original and in the form asked for.";
    if (r.equivalent()) return r.feedback();
    if (!(claim instanceof Statement.Bare b) || !(item.task().given() instanceof Statement.Bare g)) return r.feedback();
    TreeSet<String> vars = Shapes.variables(g.expr());
    vars.addAll(Shapes.variables(b.expr()));
    if (vars.size() != 1) return "Try putting a number in for each letter in the original and in yours: they give different results.";
    String x = vars.first();
    for (int t : TRY_AT) {
      try {
        RatFun orig = engine.evaluate(ExprText.of(g.expr()), Map.of(x, Integer.toString(t)));
        RatFun mine = engine.evaluate(ExprText.of(b.expr()), Map.of(x, Integer.toString(t)));
        if (!orig.equivalentTo(mine)) {
          return "Try " + x + " = " + t + ": the original " + ExprText.of(g.expr()) + " gives " + orig + ", but yours gives "
              + mine + ".";
        }
      } catch (MathException e) {
        // undefined at this value: try the next one
      }
    }
    return r.feedback();
  }

  private String numericEvidence(Item item, Statement claim, boolean correct, CheckResult r) {
    if (correct) return "It checks out exactly.";
    if (r.equivalent()) return r.feedback();
    if (!(claim instanceof Statement.Bare b) || !Shapes.variables(b.expr()).isEmpty()) return r.feedback();
    RatFun mine = engine.value(b.expr());
    RatFun answer = item.values().get(0);
    if (!mine.isRational() || !answer.isRational()) return r.feedback();
    int cmp = mine.rationalValue().compareTo(answer.rationalValue());
    return cmp > 0 ? "Your value is too big: check each step again." : "Your value is too small: check each step again.";
  }
}
