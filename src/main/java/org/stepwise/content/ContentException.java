package org.stepwise.content;

import java.util.List;

/** Content that cannot be used, with every problem found, each naming file, template or skill, and field. */
public final class ContentException extends RuntimeException {

  private final List<String> problems;

  public ContentException(List<String> problems) {
    super(problems.size() == 1
        ? problems.get(0)
        : problems.size() + " content problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public ContentException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
