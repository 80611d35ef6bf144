package org.stepwise.content;

import java.util.List;

/** A node of the skills graph: something a student can master, tied to Common Core standards. */
public record Skill(
    String id,
    String name,
    String strand,
    int grade,
    List<String> standards,
    List<String> prerequisites,
    String description) {

  public Skill {
    standards = List.copyOf(standards);
    prerequisites = List.copyOf(prerequisites);
  }
}
