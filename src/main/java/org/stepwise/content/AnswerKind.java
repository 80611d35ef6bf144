package org.stepwise.content;

/** The kinds of answer the checking contract knows (see ARCHITECTURE.md, {@code stepwise check}). */
public enum AnswerKind {
  NUMERIC,
  EXPRESSION,
  EQUATION,
  INEQUALITY,
  SOLUTION_SET;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
