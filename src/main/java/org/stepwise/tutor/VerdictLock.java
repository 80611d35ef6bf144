package org.stepwise.tutor;

import java.util.Optional;

/**
 * No reply may contradict the engine's verdict on a claim: a wrong claim must be called wrong and never right, a
 * right claim must be called right and never wrong. Negated praise ("not right") is read as a wrong-verdict first,
 * so "that's not right" counts as wrong and not as right.
 */
public final class VerdictLock {

  private final Lexicon lexicon;

  public VerdictLock(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Why the reply breaks the verdict, or empty. {@code claimCorrect} null means there is no claim to judge: then the
   * reply may not call anything right either ("your teacher is right" to a challenge with no answer in it).
   */
  public Optional<String> find(String reply, Boolean claimCorrect) {
    String text = Lexicon.normalize(reply);
    boolean saysRight = lexicon.any("verdict_right", lexicon.without("verdict_wrong", text));
    if (claimCorrect == null) {
      return saysRight ? Optional.of("calls something right with no correct claim") : Optional.empty();
    }
    boolean saysWrong = lexicon.any("verdict_wrong", text);
    if (claimCorrect) {
      if (saysWrong) return Optional.of("calls a right claim wrong");
      if (!saysRight) return Optional.of("does not say the right claim is right");
    } else {
      if (saysRight) return Optional.of("calls a wrong claim right");
      if (!saysWrong) return Optional.of("does not say the wrong claim is wrong");
    }
    return Optional.empty();
  }
}
