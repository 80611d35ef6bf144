package org.stepwise.teacher.roster;

/**
 * Bounds of one roster import: bytes per file, data rows per file, characters per field and how many errors are
 * listed before the list is cut short (a teacher fixes the file from the first ones).
 */
public record RosterLimits(long maxFileBytes, int maxRows, int maxFieldChars, int maxErrors) {

  /** A district-sized school: 20,000 rows a file is far more than one school's enrolments. */
  public static final RosterLimits DEFAULT = new RosterLimits(8L << 20, 20_000, 256, 500);

  public RosterLimits {
    if (maxFileBytes < 1 || maxRows < 1 || maxFieldChars < 1 || maxErrors < 1) {
      throw new IllegalArgumentException("roster limits must be positive");
    }
  }
}
