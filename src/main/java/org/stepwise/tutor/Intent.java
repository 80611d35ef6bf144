package org.stepwise.tutor;

import java.util.Locale;

/** What the student is doing with their message. The wire name is the lower-case enum name. */
public enum Intent {
  ANSWER_REQUEST, CONFUSION, ANSWER_CLAIM, CHALLENGE, STEP_QUESTION, FISHING, OFF_TOPIC, PROMPT_INJECTION, DISTRESS,
  GREETING, OTHER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Intent fromWire(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }

  /** The intents the policy answers with the next rung of the hint ladder (the rung count comes from these). */
  public boolean asksForHint() {
    return this == ANSWER_REQUEST || this == CONFUSION;
  }
}
