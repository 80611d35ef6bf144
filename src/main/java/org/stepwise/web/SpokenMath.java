package org.stepwise.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem statement as words for the browser's speech synthesis, which reads "x^2" as "x caret two" and "3/4" as
 * a date: powers, fractions, roots, signs and relations are said the way a teacher says them ("x squared",
 * "3 over 4", "the square root of", "minus", "is at most"). Pure text in, text out; words are left alone.
 */
final class SpokenMath {
  private static final Pattern POWER = Pattern.compile("\\^\\s*(\\(?-?[0-9a-z]+\\)?)");
  private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
  private static final Pattern NEGATIVE = Pattern.compile("(^|[\\s(=<>,*/])-(?=[0-9a-z(])");
  private static final Pattern IMPLICIT = Pattern.compile("(\\d)([a-z])\\b");

  private SpokenMath() {}

  static String of(String statement) {
    String s = statement;
    s = replace(POWER, s, m -> power(m.group(1)));
    s = s.replace("sqrt(", " the square root of (").replace("abs(", " the absolute value of (");
    s = s.replace("<=", " is less than or equal to ").replace(">=", " is greater than or equal to ")
        .replace("!=", " is not equal to ").replace("≤", " is less than or equal to ")
        .replace("≥", " is greater than or equal to ");
    s = s.replace("<", " is less than ").replace(">", " is greater than ").replace("=", " equals ");
    s = replace(FRACTION, s, m -> m.group(1) + " over " + m.group(2));
    s = replace(NEGATIVE, s, m -> m.group(1) + "negative ");
    s = s.replace(" - ", " minus ").replace(" + ", " plus ").replace("*", " times ").replace("×", " times ")
        .replace("÷", " divided by ").replace(" / ", " divided by ").replace("/", " over ").replace("%", " percent");
    s = replace(IMPLICIT, s, m -> m.group(1) + " " + m.group(2));
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String power(String exponent) {
    String e = exponent.startsWith("(") && exponent.endsWith(")")
        ? exponent.substring(1, exponent.length() - 1) : exponent;
    return switch (e) {
      case "2" -> " squared";
      case "3" -> " cubed";
      default -> " to the power of " + (e.startsWith("-") ? "negative " + e.substring(1) : e) + ",";
    };
  }

  private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
