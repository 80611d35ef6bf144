package org.stepwise.work;

import java.util.Optional;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.work.rules.Faulty;
import org.stepwise.work.rules.MisconceptionRule;
import org.stepwise.work.rules.RuleInput;
import org.stepwise.work.rules.RuleRegistry;

/**
 * Names the misconception behind a wrong line the cognitive-tutor way: every rule applies its faulty step to the
 * last valid line, and the engine decides whether a result says the same as the student's line. Of the results that
 * do, the one that shares most terms with what the student wrote wins ({@link Likeness}); on a tie, the rule that
 * comes first in the registry's order of preference.
 */
final class Diagnoser {
  /**
   * Candidate lines compared per diagnosis at most. School lines give a few dozen; a hostile line (a product of 30
   * fractions) could give thousands, and the verdict on the first wrong line must not wait for them.
   */
  static final int MAX_CANDIDATES = 600;

  /**
   * Largest previous line (in tree nodes) that rules are applied to. School lines have a few dozen nodes; on a
   * huge line every engine comparison is slow and the candidates many, so the student gets the first wrong line
   * without a label rather than a timeout. A size bound, unlike a clock, gives the same verdict on a busy machine.
   */
  static final int MAX_NODES = 80;

  private final RuleRegistry rules;
  private final MisconceptionLibrary library;

  Diagnoser(RuleRegistry rules, MisconceptionLibrary library) {
    this.rules = rules;
    this.library = library;
  }

  Optional<Diagnosis> explain(WorkTask task, Statement previous, boolean atStart, Statement student, String studentText) {
    if ((task.kind() == RuleInput.LineKind.EQUATION || task.kind() == RuleInput.LineKind.INEQUALITY)
        && MathOps.degenerate(student, task.variable())) {
      return Optional.empty(); // "no solution" or "0 = 0" matches too many faulty steps to name one
    }
    if (Shapes.expressions(previous).stream().mapToInt(e -> Shapes.nodes(e).size()).sum() > MAX_NODES) {
      return Optional.empty();
    }
    RuleInput in = new RuleInput(previous, atStart, task.kind(), task.variable(), task.givens(),
        task.unsubstituted(), task.points(), MathOps::finiteRationalSolutions);
    int compared = 0;
    int perfect = Likeness.perfect(student);
    Diagnosis best = null;
    int bestScore = -1;
    search:
    for (MisconceptionRule rule : rules.all()) {
      Optional<Misconception> m = library.byRule(rule.id());
      if (m.isEmpty()) {
        continue;
      }
      for (Faulty f : rule.apply(in)) {
        if (++compared > MAX_CANDIDATES) {
          break search;
        }
        Statement candidate = Lines.normalize(f.line(), task);
        int score = Likeness.score(candidate, student);
        if (score <= bestScore) {
          continue; // cannot beat the story found already (on a tie the earlier rule is preferred)
        }
        if (sameLine(task, candidate, student)) {
          best = new Diagnosis(m.get(), f.part() != null ? f.part() : studentText.strip());
          bestScore = score;
          if (score >= perfect) {
            break search;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean sameLine(WorkTask task, Statement faulty, Statement student) {
    return switch (task.kind()) {
      case EQUATION, INEQUALITY -> MathOps.sameSolutions(faulty, student, task.variable());
      case EXPRESSION, FACTOR -> faulty instanceof Statement.Bare a && student instanceof Statement.Bare b
          && MathOps.equivalent(a.expr(), b.expr());
      case VALUE -> faulty instanceof Statement.Bare a && student instanceof Statement.Bare b
          && MathOps.sameConstant(LineJudge.withGivens(task, a.expr()), LineJudge.withGivens(task, b.expr()));
      case SYSTEM -> MathOps.sameLinearEquation(faulty, student);
    };
  }
}
