package org.stepwise.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forms whose effect must not happen twice when the browser sends them again (reload after the answer, back and
 * resubmit, a double click): the form carries a random id, and a submission whose id was already used is refused.
 * Adding students is such a form: its answer shows the new passwords, so it cannot redirect (Post/Redirect/Get) without
 * keeping passwords somewhere, and a reload would otherwise create every student a second time.
 *
 * <p>Ids are remembered in memory per session, the most recent {@link #CAPACITY}: a server restart forgets them,
 * which only matters for a reload across the restart.
 */
public final class OnceOnlyForms {
  static final int CAPACITY = 10_000;
  static final int MAX_ID_CHARS = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Boolean> used = new LinkedHashMap<>(256, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > CAPACITY;
    }
  };

  /** A fresh id for a form about to be shown (called from the template). */
  public static String newId() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * Claims {@code formId} for this session: true the first time, false when it was claimed before. A missing or
   * malformed id claims nothing and returns true (clients without the field are not protected, not refused).
   */
  synchronized boolean claim(String sessionId, String formId) {
    if (!wellFormed(formId)) {
      return true;
    }
    return used.putIfAbsent(sessionId + '/' + formId, Boolean.TRUE) == null;
  }

  /** Gives a claim back when the submission changed nothing (refused), so that sending it again is allowed. */
  synchronized void release(String sessionId, String formId) {
    if (wellFormed(formId)) {
      used.remove(sessionId + '/' + formId);
    }
  }

  private static boolean wellFormed(String formId) {
    return formId != null && !formId.isEmpty() && formId.length() <= MAX_ID_CHARS
        && formId.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
  }
}
