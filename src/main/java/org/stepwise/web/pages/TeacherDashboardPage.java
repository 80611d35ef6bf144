package org.stepwise.web.pages;

import java.util.List;

/**
 * The live class dashboard. Everything is already in words and whole percents; the template only lays it out.
 * {@code heat} rows follow {@code skillTitles}.
 */
public record TeacherDashboardPage(Chrome chrome, long classId, String className, String updatedAt,
    List<String> skillTitles, List<HeatRow> heat, List<Help> help, List<Group> groups, List<Reliance> reliance,
    List<Time> time, List<Progress> progress) {

  /** A heatmap cell: a colour class and the text that says the same thing (colour is never the only cue). */
  public record Cell(String css, String label) {}

  public record HeatRow(long studentId, String name, List<Cell> cells) {}

  public record Help(long studentId, String name, List<String> reasons, String lastActive) {}

  public record Group(String name, List<String> students, int occurrences, String miniLesson) {}

  public record Reliance(String name, int attempts, int hintedPercent, String hintsPerAttempt,
      String rightWithoutHints, boolean reliant) {}

  public record Time(String name, int minutes) {}

  public record Progress(String assignment, int targetPercent, List<ProgressRow> rows) {}

  public record ProgressRow(String name, int atTarget, int skills) {}
}
