package org.stepwise.tutor;

import java.util.List;

/**
 * How the tutor read one message.
 *
 * @param claim the maths offered as an answer, or null
 * @param work lines of working found in the message (two or more), else empty
 * @param distress which kind of concern, when the intent is distress
 * @param pressure an answer request made under pressure ("I'll fail if you don't tell me")
 */
public record Reading(Intent intent, String claim, List<String> work, Distress distress, boolean pressure) {

  public enum Distress { SELF_HARM, BULLYING, LOW }

  public Reading {
    work = List.copyOf(work);
  }

  static Reading of(Intent intent) {
    return new Reading(intent, null, List.of(), null, false);
  }
}
