package org.stepwise.classroom;

import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.CheckResult;

/**
 * Judges an attempt with the math engine: the problem statement is read and solved by the engine (the answer key is
 * never typed in), then the student's answer is compared with it, required form included. The verdict never comes
 * from anywhere else.
 */
public final class EngineAnswerJudge implements AnswerJudge {
  private final MathEngine engine;
  private final ProblemReader reader;
  private final TaskSolver solver;

  public EngineAnswerJudge(MathEngine engine) {
    this.engine = engine;
    this.reader = new ProblemReader(engine);
    this.solver = new TaskSolver(engine);
  }

  @Override
  public Judgement judge(String skillId, long itemSeed, String statement, String answer) {
    Answer key;
    try {
      key = solver.solve(reader.read(statement));
    } catch (MathException e) {
      // The problem itself could not be read or solved: keep the attempt, but do not pretend to have checked it.
      return new Judgement(Verdict.PENDING, "Saved, but this problem could not be checked automatically.");
    }
    try {
      CheckResult r = engine.check(new CheckRequest(key.kind(), key.expected(), answer, key.requirement(), null));
      return new Judgement(r.accept() ? Verdict.CORRECT : Verdict.INCORRECT, r.feedback());
    } catch (MathException e) {
      return new Judgement(Verdict.INVALID, e.getMessage());
    }
  }
}
