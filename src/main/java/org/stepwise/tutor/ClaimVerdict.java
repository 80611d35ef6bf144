package org.stepwise.tutor;

/**
 * The engine's verdict on a claimed answer and how a student can see it for themselves.
 *
 * @param readable the claim is maths the engine could compare (else {@code correct} is null)
 * @param correct the claim is the item's answer, in the form asked for
 * @param evidence how to see it, with the numbers worked out (may be empty)
 * @param stepNotAnswer the claim is a true step towards the answer but not the answer itself
 */
public record ClaimVerdict(String claim, boolean readable, Boolean correct, String evidence, boolean stepNotAnswer) {}
