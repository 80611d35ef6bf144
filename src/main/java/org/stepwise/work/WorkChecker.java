package org.stepwise.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.stepwise.math.ast.Statement;
import org.stepwise.work.rules.RuleInput.LineKind;
import org.stepwise.work.rules.RuleRegistry;

/**
 * Checks a worked solution: finds the first line that does not follow from the problem and the lines before it,
 * names the misconception that explains it when a rule reproduces it, decides whether the last line is the
 * finished answer, and writes one message for the student. Immutable and safe to share between threads.
 */
public final class WorkChecker {

  private final Function<String, WorkTask> tasks;
  private final Diagnoser diagnoser;

  WorkChecker(Function<String, WorkTask> tasks, RuleRegistry rules, MisconceptionLibrary library) {
    for (Misconception m : library.all()) {
      if (rules.byId(m.rule()).isEmpty()) {
        throw new IllegalStateException("misconception " + m.label() + " names rule " + m.rule() + ", which does not exist");
      }
    }
    this.tasks = tasks;
    this.diagnoser = new Diagnoser(rules, library);
  }

  /** The checker with the bundled misconception library and the standard rules. */
  public static WorkChecker create() {
    return new WorkChecker(Tasks::from, RuleRegistry.standard(), MisconceptionLibrary.bundled());
  }

  /**
   * Checks {@code steps} as a solution of {@code problem}.
   *
   * @throws WorkInputException for an unsupported problem, an unreadable line or input over a limit
   */
  public StepsVerdict check(String problem, List<String> steps) {
    if (problem == null || problem.isBlank()) {
      throw new WorkInputException("bad_request", "the problem is empty");
    }
    if (problem.length() > WorkLimits.MAX_PROBLEM_CHARS) {
      throw new WorkInputException("too_large", "the problem is longer than " + WorkLimits.MAX_PROBLEM_CHARS + " characters");
    }
    if (steps.size() > WorkLimits.MAX_STEPS) {
      throw new WorkInputException("too_large", "at most " + WorkLimits.MAX_STEPS + " lines of work, got " + steps.size());
    }
    WorkTask task = tasks.apply(problem);
    List<Statement> lines = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      lines.add(Lines.parse(steps.get(i), i)); // every line is read first, so an unreadable line is an error, not a verdict
    }
    return Budgeted.run(() -> check(task, steps, lines));
  }

  private StepsVerdict check(WorkTask task, List<String> texts, List<Statement> parsed) {
    LineJudge.requireCheckable(task);
    if (parsed.isEmpty()) {
      return new StepsVerdict(null, null, false, Feedback.noWork());
    }
    Statement previous = task.start();
    boolean atStart = true;
    boolean answered = false;
    Integer firstError = null;
    Optional<Diagnosis> diagnosis = Optional.empty();
    for (int i = 0; i < parsed.size(); i++) {
      Statement line = Lines.normalize(parsed.get(i), task);
      if (!atStart && LineJudge.isTrueCheck(task, line)
          && (answered || (answered = LineJudge.finished(task, previous)))) {
        continue; // "2(3)+1 = 7" after the answer checks it; it is not a step of the solution
      }
      if (LineJudge.follows(task, line)) {
        previous = asPrevious(task, line);
        atStart = false;
        continue;
      }
      firstError = i;
      diagnosis = diagnoser.explain(task, previous, atStart, line, texts.get(i));
      break;
    }
    boolean finalCorrect = LineJudge.finished(task, answerLine(task, parsed));
    String feedback;
    if (firstError != null) {
      feedback = Feedback.wrongLine(firstError, diagnosis);
    } else {
      feedback = finalCorrect ? Feedback.correct() : Feedback.unfinished();
    }
    return new StepsVerdict(firstError, diagnosis.map(d -> d.misconception().label()).orElse(null), finalCorrect, feedback);
  }

  /** The last line that is not a numeric check written after the answer. */
  private static Statement answerLine(WorkTask task, List<Statement> parsed) {
    for (int i = parsed.size() - 1; i > 0; i--) {
      Statement line = Lines.normalize(parsed.get(i), task);
      if (!LineJudge.isNumericRelation(task, line)) {
        return line;
      }
    }
    return Lines.normalize(parsed.get(0), task);
  }

  /** A valid value line with letters left in it is worked on with the givens put in. */
  private static Statement asPrevious(WorkTask task, Statement line) {
    if (task.kind() == LineKind.VALUE && line instanceof Statement.Bare b && Terms.hasVariable(b.expr())) {
      return new Statement.Bare(LineJudge.withGivens(task, b.expr()));
    }
    return line;
  }
}
