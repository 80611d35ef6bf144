package org.stepwise.web.pages;

import java.util.List;

/**
 * Adding students to a class, one at a time or as a pasted list. After a refused submission it shows every problem
 * (nobody was created) and keeps what the teacher typed so that only the bad lines need fixing.
 */
public record AddStudentsPage(Chrome chrome, long classId, String className, boolean archived, List<String> errors,
    String displayName, String username, String pasted) {
  /** Students per pasted list: each costs one bcrypt hash (tens of ms), so this bounds a request to seconds. */
  public static final int MAX_LINES = 200;
  /** Size of a pasted list, in kB (1,024 bytes). */
  public static final int MAX_KIB = 20;
}
