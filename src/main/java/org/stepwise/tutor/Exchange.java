package org.stepwise.tutor;

import java.time.Instant;

/**
 * What a teacher may see of one exchange, ready to store: the item, the student's message, the reply and how the
 * tutor read it. {@code blocked} says a guardrail replaced a candidate reply.
 */
public record Exchange(
    Instant at, String problem, String message, String reply, String intent, boolean flagged, boolean blocked) {

  public static Exchange of(TutorRequest request, TutorReply reply, Instant at) {
    return new Exchange(at, request.problem(), request.message(), reply.reply(), reply.intent().wireName(),
        reply.flagged(), !reply.blocked().isEmpty());
  }
}
