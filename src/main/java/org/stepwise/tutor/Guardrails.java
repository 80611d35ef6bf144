package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.MathEngine;

/** Every check a reply must pass before a student sees it, whatever wrote it (authored phrasing or a model). */
public final class Guardrails {

  /** Longer replies are refused: a reply is a few sentences, and the checks must stay cheap. */
  public static final int MAX_REPLY_CHARS = 1200;

  private final LeakDetector leaks;
  private final VerdictLock verdicts;
  private final SafetyCheck safety;

  public Guardrails(MathEngine engine, Lexicon lexicon) {
    this.leaks = new LeakDetector(engine);
    this.verdicts = new VerdictLock(lexicon);
    this.safety = new SafetyCheck(lexicon);
  }

  /**
   * The reasons this reply may not be shown (empty = it may). {@code item} is null when the problem could not be
   * read or the student already has the answer (then there is no answer to leak); {@code claim} is the
   * student's own claim, which the reply may say back.
   */
  public List<String> violations(Item item, String reply, String claim, Boolean claimCorrect) {
    List<String> out = new ArrayList<>(2);
    if (reply == null || reply.isBlank()) {
      out.add("empty");
      return out;
    }
    if (reply.length() > MAX_REPLY_CHARS) {
      out.add("too long");
      return out;
    }
    if (item != null) leaks.find(item, reply, claim).ifPresent(r -> out.add("leak: " + r));
    verdicts.find(reply, claimCorrect).ifPresent(r -> out.add("verdict: " + r));
    safety.find(reply).ifPresent(r -> out.add("safety: " + r));
    return out;
  }
}
