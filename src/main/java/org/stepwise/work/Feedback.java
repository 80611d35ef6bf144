package org.stepwise.work;

import java.util.Optional;

/**
 * The one message a student sees. It asks about the exact line (numbered from 1) and part, and never states the
 * answer: the texts are built only from the student's own lines and the misconception's question template.
 */
final class Feedback {
  private Feedback() {}

  static String noWork() {
    return "What's your first step?";
  }

  static String wrongLine(int index, Optional<Diagnosis> diagnosis) {
    int line = index + 1;
    if (diagnosis.isPresent()) {
      return diagnosis.get().misconception().question(line, diagnosis.get().part());
    }
    String from = line == 1 ? "the problem" : "line " + (line - 1);
    return "Look at line " + line + ": it does not follow from " + from + ". What did you do to get from "
        + from + " to line " + line + "? Check that step again.";
  }

  static String unfinished() {
    return "Every line so far is right. What's your next step?";
  }

  static String correct() {
    return "Well done: every step is right and your answer is finished.";
  }
}
