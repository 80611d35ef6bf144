package org.stepwise.teacher.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a {@link Polisher} and keeps its wording only when the maths is untouched: the numbers, standard codes and
 * math symbols of the sentence must be the same, in the same order, and the sentence must stay of a sensible
 * length. Otherwise the template's sentence is kept; a polisher failure is never a lesson-plan failure.
 */
public final class PolishGuard {

  private static final Pattern MATH = Pattern.compile("\\d+(?:[./]\\d+)*|[=<>+×÷−^√]|\\b[A-Z]{1,3}-?[A-Z]{0,3}\\.[A-Z0-9.]+");
  private static final int MAX_GROWTH = 2;

  private final Polisher polisher;

  public PolishGuard(Polisher polisher) {
    this.polisher = polisher;
  }

  public String apply(String sentence) {
    String polished;
    try {
      polished = polisher.polish(sentence);
    } catch (RuntimeException e) {
      return sentence;
    }
    if (polished == null || polished.isBlank() || polished.length() > MAX_GROWTH * sentence.length() + 40) {
      return sentence;
    }
    return mathTokens(polished).equals(mathTokens(sentence)) ? polished.strip() : sentence;
  }

  static List<String> mathTokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = MATH.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
