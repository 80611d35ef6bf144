package org.stepwise.tutor;

import java.util.Optional;

/**
 * The tutor's only view of a language model: phrase a move the policy already chose. Implementations live outside
 * the core (package {@code llm}); any failure, timeout or exhausted budget is an empty result, and the tutor then
 * uses its own authored words. Implementations must be safe to call from several threads.
 */
public interface LanguageModel {

  Optional<String> phrase(ModelPrompt prompt);
}
