package org.stepwise.content;

import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.CheckResult;

/**
 * The answer key of generated items, computed by the math engine from the statement (never from the
 * template's author answer), and grading of a student's answer against it. This is the one place the
 * practice and tutor code should ask "is this right?" about an item.
 */
public final class ItemAnswerKey {

  private final MathEngine engine;
  private final ProblemReader reader;
  private final TaskSolver solver;

  public ItemAnswerKey(MathEngine engine) {
    this.engine = engine;
    this.reader = new ProblemReader(engine);
    this.solver = new TaskSolver(engine);
  }

  /** The engine's answer to the item: kind, expected answer text and required form. */
  public Answer answer(Item item) {
    return solver.solve(reader.read(item.statement()));
  }

  /** The engine's verdict on {@code studentAnswer}; unreadable input is a {@code MathException}. */
  public CheckResult grade(Item item, String studentAnswer) {
    return grade(answer(item), studentAnswer);
  }

  /** Grades against an answer already computed, so a session need not re-solve each attempt. */
  public CheckResult grade(Answer answer, String studentAnswer) {
    return engine.check(
        new CheckRequest(answer.kind(), answer.expected(), studentAnswer, answer.requirement(), null));
  }
}
