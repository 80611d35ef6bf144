package org.stepwise.tutor;

/** Builds the minimal prompt for a move: enough for the model to rephrase, nothing it could leak from. */
public final class PromptBuilder {

  /** The student's message is cut to this many characters in the prompt. */
  static final int MAX_MESSAGE_IN_PROMPT = 300;

  static final String SYSTEM = """
      You are a kind maths tutor for a 12-year-old. Rewrite the DRAFT reply in your own words, in at most three \
      short sentences. Keep its meaning and its verdict exactly. Never give the final answer or any number or \
      expression that is not in the draft. Never ask for personal information. Reply with the rewritten text only.""";

  public ModelPrompt build(Item item, String message, Move move, String studentKey) {
    String msg = message.length() > MAX_MESSAGE_IN_PROMPT ? message.substring(0, MAX_MESSAGE_IN_PROMPT) : message;
    StringBuilder user = new StringBuilder();
    if (item != null) user.append("Problem: ").append(item.problem()).append('\n');
    user.append("Student: ").append(msg.replace('\n', ' ')).append('\n');
    if (move.misconception() != null) user.append("Misconception: ").append(move.misconception()).append('\n');
    user.append("Move: ").append(move.name()).append('\n');
    user.append("DRAFT: ").append(move.draft());
    return new ModelPrompt(SYSTEM, user.toString(), studentKey);
  }
}
