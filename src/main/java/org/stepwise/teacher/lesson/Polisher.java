package org.stepwise.teacher.lesson;

/**
 * A configured language model that may improve the wording of a prose sentence of a lesson plan. It never sees or
 * changes the maths: statements, answers and worked steps are not passed to it, and {@link PolishGuard} rejects a
 * polished sentence whose numbers or symbols differ from the original's.
 */
@FunctionalInterface
public interface Polisher {

  /** The embedded default: the sentence as the templates wrote it. */
  Polisher IDENTITY = sentence -> sentence;

  String polish(String sentence);
}
