package org.stepwise.tutor;

import java.util.List;
import java.util.Map;
import org.stepwise.work.StepsVerdict;
import org.stepwise.work.WorkChecker;
import org.stepwise.work.WorkInputException;
import org.stepwise.math.MathException;

/**
 * Chooses the tutor's move from what the student is doing, how many hints they have had, and the engine's verdicts,
 * and phrases it with the authored words. Deterministic: the same dialogue always gets the same move.
 */
public final class DialoguePolicy {

  private final HintLadder ladder;
  private final ClaimChecker claims;
  private final WorkChecker work;
  private final Phrasebook phrases;

  public DialoguePolicy(HintLadder ladder, ClaimChecker claims, WorkChecker work, Phrasebook phrases) {
    this.ladder = ladder;
    this.claims = claims;
    this.work = work;
    this.phrases = phrases;
  }

  /** What the policy decided: the move and, for claims, the engine's verdict. */
  public record Decision(Move move, ClaimVerdict verdict) {}

  /**
   * @param item the item, or null when the problem could not be read (only care and chat moves are possible then)
   * @param hintsSoFar hint moves already in the history
   */
  public Decision decide(Item item, Reading reading, int hintsSoFar, int seed) {
    return switch (reading.intent()) {
      case DISTRESS -> new Decision(care(reading.distress()), null);
      case PROMPT_INJECTION -> new Decision(fixed("decline_role_play", phrases.pick("injection", seed), false), null);
      case GREETING -> new Decision(fixed("greet", phrases.pick("greeting", seed), true), null);
      case OFF_TOPIC -> new Decision(fixed("redirect", phrases.pick("off_topic", seed), true), null);
      case FISHING -> reading.claim() == null
          ? new Decision(fixed("ask_for_working", phrases.pick("fishing", seed), true), null)
          : claim(item, reading, seed, "fishing");
      case ANSWER_CLAIM -> claim(item, reading, seed, "claim");
      case CHALLENGE -> reading.claim() == null
          ? new Decision(fixed("stand_by_the_maths", phrases.pick("challenge_no_claim", seed), true), null)
          : claim(item, reading, seed, "challenge");
      case STEP_QUESTION -> reading.work().isEmpty() ? hint(item, hintsSoFar + 1, "step_question", seed, true)
          : workMove(item, reading, seed);
      case ANSWER_REQUEST -> hint(item, hintsSoFar + 1, reading.pressure() ? "answer_request_pressure" : "answer_request",
          seed, true);
      case CONFUSION -> hint(item, hintsSoFar + 1, "hint_intro", seed, true);
      case OTHER -> new Decision(fixed("invite_working", phrases.pick("other", seed), true), null);
    };
  }

  private Move care(Reading.Distress kind) {
    String name = switch (kind) {
      case SELF_HARM -> "distress_selfharm";
      case BULLYING -> "distress_bullying";
      case LOW -> "distress_low";
    };
    String text = phrases.pick(name, 0);
    return new Move("care", text, text, false, true, null);
  }

  private Move fixed(String name, String text, boolean modelMayPhrase) {
    return new Move(name, text, text, modelMayPhrase, false, null);
  }

  private Decision hint(Item item, int rung, String intro, int seed, boolean counts) {
    if (item == null) return new Decision(fixed("invite_working", phrases.pick("other", seed), false), null);
    Hint h = ladder.hint(item, rung);
    String lead = intro.equals("step_question") ? "Good thing to ask." : phrases.pick(intro, seed);
    String name = counts ? "hint_" + h.rung() : "hint_step";
    return new Decision(new Move(name, lead + " " + h.text(), lead + " " + h.safeText(), true, false, null), null);
  }

  private Decision claim(Item item, Reading reading, int seed, String how) {
    if (item == null) return new Decision(fixed("invite_working", phrases.pick("other", seed), false), null);
    ClaimVerdict v = claims.check(item, reading.claim());
    if (!v.readable()) {
      return new Decision(fixed("ask_for_readable_answer", phrases.pick("claim_unreadable", seed), true), v);
    }
    String claim = reading.claim();
    if (v.stepNotAnswer()) {
      String text = claim + " is a true step, but it is not correct as a final answer yet: " + item.variable()
          + " is not on its own. One more step!";
      return new Decision(new Move("check_claim", text, text, true, false, null), v);
    }
    String name = switch (how) {
      case "challenge" -> v.correct() ? "challenge_right" : "challenge_wrong";
      default -> v.correct() ? "claim_right" : "claim_wrong";
    };
    String safeEvidence = phrases.pick(v.correct() ? "claim_right_evidence_safe" : "claim_wrong_evidence_safe", seed);
    String draft = phrases.fill(name, seed, Map.of("claim", claim, "evidence", v.evidence()));
    String safe = phrases.fill(name, seed, Map.of("claim", claim, "evidence", safeEvidence));
    if (how.equals("fishing") && !v.correct()) {
      draft = draft + " " + phrases.pick("fishing", seed);
      safe = safe + " " + phrases.pick("fishing", seed);
    }
    return new Decision(new Move("check_claim", draft, safe, true, false, null), v);
  }

  private Decision workMove(Item item, Reading reading, int seed) {
    List<String> lines = reading.work();
    String last = lines.get(lines.size() - 1);
    ClaimVerdict v = item == null ? null : claims.check(item, last);
    Boolean lastIsAnswer = v != null && v.readable() && !v.stepNotAnswer() ? v.correct() : null;
    StepsVerdict sv;
    try {
      sv = work.check(item == null ? "" : item.problem(), lines);
    } catch (WorkInputException | MathException e) {
      return lastIsAnswer == null ? hint(item, 1, "step_question", seed, false)
          : claim(item, new Reading(Intent.ANSWER_CLAIM, last, List.of(), null, false), seed, "claim");
    }
    if (sv.firstErrorStep() != null) {
      String text = (v != null && Boolean.FALSE.equals(lastIsAnswer) ? "Your last line is not correct yet. " : "")
          + sv.feedback();
      return new Decision(new Move("question_their_line", text, text, true, false, sv.misconception()),
          lastIsAnswer == null ? null : v);
    }
    if (sv.finalCorrect()) {
      String text = phrases.pick("work_all_good_finished", seed);
      return new Decision(new Move("confirm_work", text, text, true, false, null), v);
    }
    String text = phrases.pick("work_all_good_unfinished", seed);
    return new Decision(new Move("keep_going", text, text, true, false, null), lastIsAnswer == null ? null : v);
  }
}
