package org.stepwise.teacher.export;

import java.util.List;
import java.util.Map;

/**
 * Scores of a class: students × columns (assignments or skills). A score is a fraction in [0, 1]; a missing entry
 * means "not attempted" and stays an empty cell, which is not the same as 0.
 */
public record Gradebook(String className, List<Column> columns, List<Row> rows) {

  public Gradebook {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    java.util.Set<String> ids = new java.util.HashSet<>();
    columns.forEach(c -> ids.add(c.id()));
    for (Row r : rows) {
      r.scores().forEach((col, v) -> {
        if (!ids.contains(col)) {
          throw new IllegalArgumentException("student " + r.studentId() + ": score for unknown column '" + col + "'");
        }
        if (v == null || v.isNaN() || v < 0 || v > 1) {
          throw new IllegalArgumentException("student " + r.studentId() + ", column " + col + ": score must be in [0, 1]");
        }
      });
    }
  }

  public record Column(String id, String title) {}

  public record Row(String studentId, String familyName, String givenName, Map<String, Double> scores) {
    public Row {
      scores = Map.copyOf(scores);
    }
  }
}
