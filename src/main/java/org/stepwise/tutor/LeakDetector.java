package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.ExprText;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.Kind;
import org.stepwise.math.exact.RatFun;

/**
 * Does a reply give the item's answer away? Every piece of maths in the reply (numbers, number words, expressions,
 * relations, sets) is tested with the engine against the answer: the value itself ({@code 28}, {@code 56/2},
 * {@code twenty-eight}), the unknown set to it ({@code x = 28}), any one solution of several, the full solution set,
 * an equivalent answer in the asked-for form, and the factors of a factored answer. Quoting the problem back is not a
 * leak; the steps of solving it ({@code 2x = 6}) are not either, since they still leave the last step to the student.
 */
public final class LeakDetector {

  /** Characters an equivalent expression may exceed the answer by and still count as the answer in disguise. */
  static final int NEAR_ANSWER_SLACK = 6;

  private final MathEngine engine;

  public LeakDetector(MathEngine engine) {
    this.engine = engine;
  }

  /**
   * What in the reply gives the answer away (a short label, no reply text), or empty when nothing does.
   * {@code claim} is the student's own claimed answer (or null): saying back what they said gives nothing away.
   */
  public Optional<String> find(Item item, String reply, String claim) {
    List<RatFun> own = claimValues(claim);
    for (String candidate : MathSpans.candidates(reply)) {
      Optional<String> leak = test(item, candidate, own);
      if (leak.isPresent()) return leak;
    }
    return Optional.empty();
  }

  private List<RatFun> claimValues(String claim) {
    List<RatFun> out = new ArrayList<>();
    if (claim == null) return out;
    for (String piece : MathSpans.candidates(claim)) {
      try {
        if (engine.parse(piece) instanceof Statement.Bare b) out.add(engine.value(b.expr()));
      } catch (MathException e) {
        // not a value
      }
    }
    return out;
  }

  private Optional<String> test(Item item, String candidate, List<RatFun> own) {
    Statement s;
    try {
      s = engine.parse(candidate);
    } catch (MathException e) {
      return Optional.empty(); // not maths the engine reads; nothing it could give away
    }
    if (ExprText.of(s).replace(" ", "").equals(item.givenText())) return Optional.empty();
    try {
      return switch (item.answer().kind()) {
        case NUMERIC, EQUATION -> valueLeak(item, s, candidate, own);
        case INEQUALITY -> Shapes.variables(s).isEmpty() || s instanceof Statement.Bare ? Optional.empty()
            : equivalent(item, Kind.INEQUALITY, candidate) ? Optional.of("inequality") : Optional.empty();
        case EXPRESSION, SOLUTION_SET -> expressionLeak(item, s, candidate);
      };
    } catch (MathException e) {
      return Optional.empty(); // the engine cannot compare this piece (e.g. a different kind of statement)
    }
  }

  private Optional<String> valueLeak(Item item, Statement s, String candidate, List<RatFun> own) {
    if (s instanceof Statement.Bare b && matchesValue(item, b.expr(), own)) return Optional.of("answer value");
    if (s instanceof Statement.Relation r && r.isEquation() && r.operands().size() == 2) {
      Expr left = r.operands().get(0);
      Expr right = r.operands().get(1);
      if ((left instanceof Expr.Var v && matchesValue(item, v.name(), right, own))
          || (right instanceof Expr.Var v2 && matchesValue(item, v2.name(), left, own))) {
        return Optional.of("unknown set to the answer");
      }
    }
    boolean setLike = s instanceof Statement.Or || s instanceof Statement.And || s instanceof Statement.SetOf
        || s instanceof Statement.Tuple;
    if (item.answer().kind() == Kind.EQUATION && setLike && equivalent(item, Kind.EQUATION, candidate)) {
      return Optional.of("solution set");
    }
    return Optional.empty();
  }

  /** {@code y = 3} gives nothing away when the answer is x = 3, y = 1: a letter's value is compared with that letter's. */
  private boolean matchesValue(Item item, String variable, Expr e, List<RatFun> own) {
    List<RatFun> values = item.valuesByVariable().getOrDefault(variable, item.values());
    return matches(values, e, own);
  }

  /** True when {@code e} has the value of one of the answer's solutions (numbers only for a numeric answer). */
  private boolean matchesValue(Item item, Expr e, List<RatFun> own) {
    return matches(item.values(), e, own);
  }

  private boolean matches(List<RatFun> values, Expr e, List<RatFun> own) {
    if (values.isEmpty()) return false;
    RatFun v = engine.value(e);
    for (RatFun o : own) {
      if (o.equivalentTo(v)) return false;
    }
    for (RatFun answer : values) {
      if (answer.isConstant() != v.isConstant()) continue;
      if (v.equivalentTo(answer)) return true;
    }
    return false;
  }

  private Optional<String> expressionLeak(Item item, Statement s, String candidate) {
    if (!(s instanceof Statement.Bare b) || Shapes.variables(b.expr()).isEmpty()) return Optional.empty();
    CheckRequest req = new CheckRequest(item.answer().kind(), item.answer().expected(), candidate,
        item.answer().requirement(), null);
    var verdict = engine.check(req);
    if (verdict.accept()) return Optional.of("equivalent answer");
    // an equivalent form barely longer than the answer is the answer with decoration ("x^2 - x - 6 + 0")
    if (verdict.equivalent() && candidate.replace(" ", "").length()
        <= item.answer().expected().replace(" ", "").length() + NEAR_ANSWER_SLACK) {
      return Optional.of("equivalent answer");
    }
    RatFun v = engine.value(b.expr());
    for (Expr f : item.factors()) {
      RatFun fv = engine.value(f);
      if (v.equivalentTo(fv) || v.equivalentTo(fv.negate())) return Optional.of("factor of the answer");
    }
    return Optional.empty();
  }

  private boolean equivalent(Item item, Kind kind, String candidate) {
    return engine.check(CheckRequest.of(kind, item.answer().expected(), candidate)).equivalent();
  }
}
