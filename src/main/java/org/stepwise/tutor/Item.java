package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.Task;
import org.stepwise.content.problem.TaskType;
import org.stepwise.math.MathEngine;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.ExprText;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.exact.RatFun;

/**
 * The item a dialogue is about, read and solved once by the engine: the task, its answer, and what in a reply
 * would give that answer away (the values of its solutions, the factors of a factored answer).
 *
 * @param values the values that name a solution: each root, each unknown of a system, the numeric answer
 * @param factors non-constant factors of a factored answer (empty for other tasks)
 * @param givenText the item's own maths, without spaces, so quoting the problem back is not a leak
 */
public record Item(String problem, Task task, Answer answer, List<RatFun> values, List<Expr> factors,
    String givenText, java.util.Map<String, List<RatFun>> valuesByVariable) {

  public TaskType type() {
    return task.type();
  }

  /** The unknown's letter, "x" when the task has none. */
  public String variable() {
    return task.variable() == null ? "x" : task.variable();
  }

  public String givenMath() {
    return ExprText.of(task.given());
  }

  static Item of(String problem, Task task, Answer answer, MathEngine engine) {
    List<RatFun> values = new ArrayList<>();
    List<Expr> factors = new ArrayList<>();
    java.util.Map<String, List<RatFun>> byVar = new java.util.LinkedHashMap<>();
    switch (answer.kind()) {
      case NUMERIC -> values.add(engine.value(answer.expected()));
      case EQUATION -> collectValues(engine.parse(answer.expected()), values, byVar, engine);
      case EXPRESSION -> {
        if (task.type() == TaskType.FACTOR) collectFactors(engine.parseExpression(answer.expected()), factors);
      }
      default -> { }
    }
    String given = ExprText.of(task.given()).replace(" ", "");
    byVar.replaceAll((k, v) -> List.copyOf(v));
    return new Item(problem, task, answer, List.copyOf(values), List.copyOf(factors), given, java.util.Map.copyOf(byVar));
  }

  private static void collectValues(Statement s, List<RatFun> out, java.util.Map<String, List<RatFun>> byVar,
      MathEngine engine) {
    switch (s) {
      case Statement.Or o -> o.parts().forEach(p -> collectValues(p, out, byVar, engine));
      case Statement.And a -> a.parts().forEach(p -> collectValues(p, out, byVar, engine));
      case Statement.Relation r when r.isEquation() && r.operands().size() == 2 -> {
        RatFun v = engine.value(r.operands().get(1));
        out.add(v);
        if (r.operands().get(0) instanceof Expr.Var x) byVar.computeIfAbsent(x.name(), k -> new ArrayList<>()).add(v);
      }
      default -> { }
    }
  }

  private static void collectFactors(Expr e, List<Expr> out) {
    switch (e) {
      case Expr.Mul m -> {
        collectFactors(m.left(), out);
        collectFactors(m.right(), out);
      }
      case Expr.Pow p -> collectFactors(p.base(), out);
      case Expr.Neg n -> collectFactors(n.operand(), out);
      default -> {
        if (!org.stepwise.math.ast.Shapes.variables(e).isEmpty()) out.add(e);
      }
    }
  }
}
