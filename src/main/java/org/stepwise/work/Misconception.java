package org.stepwise.work;

import java.util.Objects;

/**
 * One named misconception as data (from {@code content/misconceptions.yaml}): the texts shown to students and
 * teachers, and the id of the detection rule (code) that recognises the faulty step.
 *
 * @param label stable snake_case identifier other content refers to
 * @param rule id of the {@link MisconceptionRule} that applies the faulty transformation
 * @param studentQuestion template with {@code {line}} (1-based line number) and {@code {part}} (the exact part)
 */
public record Misconception(
    String label, String name, String description, String rule, String studentQuestion, String teacherExplanation) {

  public Misconception {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(studentQuestion, "student_question");
  }

  /** The question to ask about {@code line} (numbered from 1 for students) and the {@code part} the rule acted on. */
  public String question(int line, String part) {
    return studentQuestion.replace("{line}", Integer.toString(line)).replace("{part}", part);
  }
}
