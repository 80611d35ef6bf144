package org.stepwise.teacher.roster;

/**
 * One problem of a roster file, located for the person fixing it.
 *
 * @param line  1-based line of the file where the row starts (1 is the header; 0 for the file as a whole)
 * @param field the column concerned, or empty for the row or file
 */
public record RosterError(String file, long line, String field, String problem) {

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " [" + field + "]") + ": " + problem;
  }
}
