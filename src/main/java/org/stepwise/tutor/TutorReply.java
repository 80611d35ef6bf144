package org.stepwise.tutor;

import java.util.List;

/**
 * The tutor's answer to one message (the {@code stepwise tutor} contract plus what the teacher view and the
 * regression suite need).
 *
 * @param claimedAnswer the math the student offered as their answer, or null
 * @param claimCorrect the engine's verdict on that claim, or null when there is none
 * @param flagged a teacher should see this exchange (distress, safety)
 * @param move the policy's move, for logs and the teacher view
 * @param blocked the guardrail checks that rejected a candidate reply on the way (empty when none did)
 * @param byModel the reply was phrased by the language model (and passed every guardrail)
 * @param prompt the prompt sent to the model, or null when none was sent
 */
public record TutorReply(
    String reply,
    Intent intent,
    String claimedAnswer,
    Boolean claimCorrect,
    boolean flagged,
    String move,
    List<String> blocked,
    boolean byModel,
    String prompt) {

  public TutorReply {
    blocked = List.copyOf(blocked);
  }
}
