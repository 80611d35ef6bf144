package org.stepwise.tutor;

/**
 * The move the policy chose, already phrased by the embedded default.
 *
 * @param name what the move is ({@code hint_2}, {@code check_claim}, {@code care}, ...), for the prompt and the logs
 * @param draft the authored reply, possibly with numbers worked out for this item
 * @param safeDraft the authored reply without worked-out numbers, shown if {@code draft} fails a guardrail
 * @param modelMayPhrase a language model may rephrase it (never for care or refusals: those stay authored)
 * @param flagged a teacher should see this exchange
 * @param misconception the misconception diagnosed in the student's work, or null (context for the model)
 */
public record Move(String name, String draft, String safeDraft, boolean modelMayPhrase, boolean flagged,
    String misconception) {}
