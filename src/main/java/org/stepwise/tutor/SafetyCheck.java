package org.stepwise.tutor;

import java.util.Optional;

/** A reply to a child never asks for personal data (name, address, school, age, photos, contact, meeting). */
public final class SafetyCheck {

  private final Lexicon lexicon;

  public SafetyCheck(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Optional<String> find(String reply) {
    return lexicon.any("personal_data", Lexicon.normalize(reply)) ? Optional.of("asks for personal data")
        : Optional.empty();
  }
}
