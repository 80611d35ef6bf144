package org.stepwise.teacher.lesson;

import java.util.List;

/**
 * A lesson for one skill, built from the class's data. Every statement and answer in it was generated from the
 * course content and answered by the math engine; only the prose (objectives and notes) may have been polished.
 */
public record LessonPlan(
    String skillId,
    String skillName,
    int grade,
    List<String> standards,
    List<String> objectives,
    List<WarmUpTask> warmUp,
    WorkedExample workedExample,
    List<Problem> practice,
    List<Problem> exitTicket,
    List<String> teacherNotes) {

  public LessonPlan {
    standards = List.copyOf(standards);
    objectives = List.copyOf(objectives);
    warmUp = List.copyOf(warmUp);
    practice = List.copyOf(practice);
    exitTicket = List.copyOf(exitTicket);
    teacherNotes = List.copyOf(teacherNotes);
  }

  /**
   * A warm-up task. For a misconception it shows a typical wrong answer to discuss ({@code wrongAnswer} set); for
   * a review of a prerequisite it is a plain item ({@code misconception} and {@code wrongAnswer} null).
   */
  public record WarmUpTask(
      String misconception, String misconceptionName, int occurrences, String prompt, String statement,
      String wrongAnswer, String answer) {}

  public record WorkedExample(String statement, List<String> steps, String answer) {
    public WorkedExample {
      steps = List.copyOf(steps);
    }
  }

  /**
   * A practice or exit-ticket item with the engine's answer.
   *
   * @param kind        the check kind for grading ({@code numeric}, {@code equation}, ...)
   * @param requirement the required form's wire name, or null
   */
  public record Problem(int number, int difficulty, String statement, String answer, String kind, String requirement) {}

  /** The exit ticket as a printable quiz paper (for {@link org.stepwise.teacher.quiz.QuizPdf}). */
  public org.stepwise.teacher.quiz.QuizVariant exitTicketPaper(String code) {
    List<org.stepwise.teacher.quiz.QuizItem> items = exitTicket.stream()
        .map(p -> new org.stepwise.teacher.quiz.QuizItem(p.number(), skillId, "", 0, p.statement(), p.answer(),
            p.kind(), p.requirement()))
        .toList();
    return new org.stepwise.teacher.quiz.QuizVariant("exit-" + skillId, "Exit ticket: " + skillName, code, "", items);
  }
}
