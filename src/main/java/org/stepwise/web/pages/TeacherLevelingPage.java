package org.stepwise.web.pages;

import org.stepwise.teacher.leveling.ReadabilityReport;

/** Text leveling: the pasted text and its measures ({@code report} null before the first measure or on error). */
public record TeacherLevelingPage(Chrome chrome, String text, int maxChars, ReadabilityReport report, String error) {

  /** A measure to one decimal, as teachers read grade levels. */
  public static String one(double value) {
    return Double.isNaN(value) ? "–" : String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
