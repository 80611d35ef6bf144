package org.stepwise.tutor;

/**
 * What the model is told for one turn: fixed instructions and a short, minimal context (the item, the student's
 * last message, the diagnosed misconception, the chosen move and its authored draft). Never the whole history.
 *
 * @param studentKey opaque key for the per-student daily budget, or null
 */
public record ModelPrompt(String system, String user, String studentKey) {

  /** Both parts, as counted against the token budget. */
  public String text() {
    return system + "\n" + user;
  }
}
