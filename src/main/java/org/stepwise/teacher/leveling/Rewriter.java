package org.stepwise.teacher.leveling;

/**
 * A configured language model that rewrites a text for a target grade. It only proposes wording: {@link Leveler}
 * measures every proposal and decides whether it is at the target. {@code feedback} tells the model why its last
 * proposal missed (empty on the first attempt).
 */
@FunctionalInterface
public interface Rewriter {

  String rewrite(String text, int targetGrade, String feedback) throws RewriteException;

  /** The model could not be reached or refused; the teacher is told, nothing is lost. */
  final class RewriteException extends Exception {
    public RewriteException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
