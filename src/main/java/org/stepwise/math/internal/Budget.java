package org.stepwise.math.internal;

import org.stepwise.math.Limits;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;

/**
 * The limits and deadline of the check running on this thread. Hot loops call {@link #tick()} so that no input can
 * hold a thread longer than {@link Limits#timePerCheck()}; size guards call the {@code require*} methods.
 * A thread-local keeps the limits out of every arithmetic signature while the engine stays shareable by threads.
 */
public final class Budget {

  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();
  private static final Budget UNBOUNDED_DEFAULT = new Budget(Limits.DEFAULT, Long.MAX_VALUE);

  private final Limits limits;
  private final long deadlineNanos;
  private int ticks;

  private Budget(Limits limits, long deadlineNanos) {
    this.limits = limits;
    this.deadlineNanos = deadlineNanos;
  }

  /** Runs {@code work} under {@code limits} with a fresh deadline; nested calls reuse the outer budget. */
  public static <T> T run(Limits limits, java.util.function.Supplier<T> work) {
    if (CURRENT.get() != null) {
      return work.get();
    }
    CURRENT.set(new Budget(limits, System.nanoTime() + limits.timePerCheck().toNanos()));
    try {
      return work.get();
    } finally {
      CURRENT.remove();
    }
  }

  public static Budget current() {
    Budget b = CURRENT.get();
    return b != null ? b : UNBOUNDED_DEFAULT;
  }

  public static Limits limits() {
    return current().limits;
  }

  /** Cheap enough for inner loops: reads the clock every 256 calls. */
  public static void tick() {
    Budget b = CURRENT.get();
    if (b != null && (++b.ticks & 0xFF) == 0 && System.nanoTime() > b.deadlineNanos) {
      throw new MathException(Code.TIMEOUT, "This took too long to work out, so I stopped. Try a simpler form.");
    }
  }

  public static void requireDegree(long degree) {
    if (degree > limits().maxDegree()) {
      throw tooLarge("a power of degree " + degree);
    }
  }

  public static void requireTerms(long terms) {
    if (terms > limits().maxTerms()) {
      throw tooLarge("an expression with " + terms + " terms");
    }
  }

  public static void requireBits(long bits) {
    if (bits > limits().maxCoefficientBits()) {
      throw tooLarge("a number with about " + (long) (bits * 0.30103) + " digits");
    }
  }

  public static MathException tooLarge(String what) {
    return new MathException(Code.TOO_LARGE, "That would make " + what + ", which is too big for me to work with.");
  }
}
