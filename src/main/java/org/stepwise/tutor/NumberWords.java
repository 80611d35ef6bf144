package org.stepwise.tutor;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers and operations written in words as symbols ("twenty-eight" → 28, "minus three" → - 3,
 * "x equals five" → x = 5), so the leak detector and the claim reader see "twenty-eight" as the number it is.
 */
final class NumberWords {

  private NumberWords() {}

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static final Map<String, String> OPERATIONS = Map.ofEntries(
      Map.entry("is equal to", "="), Map.entry("equals", "="), Map.entry("equal to", "="), Map.entry("plus", "+"),
      Map.entry("minus", "-"), Map.entry("negative", "-"), Map.entry("times", "*"), Map.entry("multiplied by", "*"),
      Map.entry("divided by", "/"), Map.entry("over", "/"), Map.entry("squared", "^2"), Map.entry("cubed", "^3"),
      Map.entry("a half", "1/2"), Map.entry("one half", "1/2"), Map.entry("half", "1/2"),
      Map.entry("a third", "1/3"), Map.entry("a quarter", "1/4"), Map.entry("point", "."),
      Map.entry("less than or equal to", "<="), Map.entry("greater than or equal to", ">="),
      Map.entry("less than", "<"), Map.entry("smaller than", "<"), Map.entry("greater than", ">"),
      Map.entry("more than", ">"), Map.entry("bigger than", ">"), Map.entry("at most", "<="), Map.entry("at least", ">="));

  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final Pattern OPS = Pattern.compile(
      "\\b(?:is )?(less than or equal to|greater than or equal to|less than|smaller than|greater than|more than"
          + "|bigger than|at most|at least|is equal to|equals|equal to|plus|minus|negative|times|multiplied by"
          + "|divided by|over|squared|cubed|a half|one half|half|a third|a quarter)\\b");

  /** Lower-cased text with number words as digits and spoken operations as symbols. */
  static String toSymbols(String text) {
    text = latex(text);
    String s = text.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('\u2212', '-');
    // a hyphen between words ("twenty-eight") is a space; a minus before a digit is kept below
    s = restoreMinus(text.toLowerCase(java.util.Locale.ROOT), s);
    s = numbers(s);
    Matcher m = OPS.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(" " + OPERATIONS.get(m.group(1)) + " "));
    m.appendTail(sb);
    return sb.toString();
  }

  private static final Pattern FRAC = Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");
  private static final Pattern SQRT = Pattern.compile("\\\\sqrt\\s*\\{([^{}]*)\\}");
  private static final Pattern POWER = Pattern.compile("\\^\\s*\\{([^{}]*)\\}");
  private static final Pattern BOXED = Pattern.compile("\\\\(?:boxed|text|mathrm|mathbf)\\s*\\{([^{}]*)\\}");

  /** Models often write LaTeX: {@code \frac{19}{12}}, {@code \boxed{3}}, {@code x^{2}}, {@code \cdot}. */
  static String latex(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf('$') < 0 && text.indexOf('\u00b2') < 0 && text.indexOf('\u00b3') < 0) {
      return text;
    }
    String s = text;
    for (int i = 0; i < 3; i++) {
      s = BOXED.matcher(s).replaceAll(" $1 "); // a boxed thing is a whole answer: "\\boxed{x < -3}"
      s = FRAC.matcher(s).replaceAll("($1)/($2)");
      s = SQRT.matcher(s).replaceAll("sqrt($1)");
    }
    s = POWER.matcher(s).replaceAll("^($1)");
    return s.replace("\\cdot", "*").replace("\\times", "*").replace("\\div", "/").replace("\\left", "")
        .replace("\\right", "").replace("\\leq", "<=").replace("\\geq", ">=").replace("\\le", "<=")
        .replace("\\ge", ">=").replace("\\{", "{").replace("\\}", "}").replace("$", " ").replace("\\(", " ")
        .replace("\\)", " ").replace("\\[", " ").replace("\\]", " ").replace("\u00b2", "^2").replace("\u00b3", "^3")
        .replace("\\pi", "pi");
  }

  /** Keeps '-' where it is maths (next to a digit, letter-digit or bracket), drops it between two words. */
  private static String restoreMinus(String original, String spaced) {
    StringBuilder out = new StringBuilder(spaced);
    for (int i = 0; i < original.length(); i++) {
      if (original.charAt(i) != '-') continue;
      char before = i > 0 ? original.charAt(i - 1) : ' ';
      char after = i + 1 < original.length() ? original.charAt(i + 1) : ' ';
      boolean wordJoin = Character.isLetter(before) && Character.isLetter(after)
          && wordAt(original, i - 1).length() > 1 && wordAt(original, i + 1).length() > 1;
      if (!wordJoin) out.setCharAt(i, '-');
    }
    return out.toString();
  }

  private static String wordAt(String s, int i) {
    int a = i;
    int b = i;
    while (a > 0 && Character.isLetter(s.charAt(a - 1))) a--;
    while (b < s.length() && Character.isLetter(s.charAt(b))) b++;
    return s.substring(a, b);
  }

  private static final Pattern PLURAL_NOUN = Pattern.compile(" (?:[a-z]+s|steps?|things?|ways?|times)\\b");
  private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("is", "was", "has", "does", "plus", "minus",
      "thus", "as", "yes", "this", "its", "less", "equals");

  /** A spelled number followed by a plural noun ("two numbers", "three steps") counts things. */
  private static boolean countsThings(String s, int end) {
    Matcher m = PLURAL_NOUN.matcher(s);
    m.region(end, Math.min(s.length(), end + 20));
    if (!m.lookingAt()) return false;
    return !NOT_NOUNS.contains(m.group().strip());
  }

  private static final Pattern NEXT_WORD = Pattern.compile(" ([a-z]+)");
  private static final java.util.Set<String> NUMBER_CONTEXT = java.util.Set.of("or", "and", "plus", "minus", "times",
      "over", "divided", "hundred", "thousand", "point", "half", "third", "thirds", "quarter", "quarters", "equals");

  private static final Pattern VALUE_CUE = Pattern.compile(
      "(?:\\bis|\\bit'?s|\\bbe|\\bequals?|\\bget|\\bgot|\\banswer|\\bmakes|\\bgives|\\bwas|\\bto|=|\\bminus|\\bplus|\\btimes|\\bover)\\s*$");

  /**
   * "one letter", "which one?", "one of them": "one" is a pronoun or determiner unless something marks it as a value
   * ("it is one", "x = one", "one or two").
   */
  private static boolean determiner(String s, int end) {
    int start = end - 3;
    if (VALUE_CUE.matcher(s.substring(Math.max(0, start - 12), start)).find()) return false;
    Matcher m = NEXT_WORD.matcher(s);
    m.region(end, Math.min(s.length(), end + 20));
    return !(m.lookingAt() && NUMBER_CONTEXT.contains(m.group(1)));
  }

  private static String numbers(String s) {
    Matcher m = WORD.matcher(s);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    long total = 0;
    long current = 0;
    int start = -1;
    int end = -1;
    while (m.find()) {
      String w = m.group();
      Integer small = SMALL.get(w);
      boolean inNumber = start >= 0;
      boolean between = inNumber && s.substring(end, m.start()).isBlank();
      if (small != null && (countsThings(s, m.end()) || w.equals("one") && determiner(s, m.end()))) {
        small = null; // "two numbers", "both sides": a count in a sentence, not a value
      }
      if (small != null && (!inNumber || between)) {
        if (!inNumber) start = m.start();
        current += small;
        end = m.end();
      } else if (inNumber && between && (w.equals("hundred") || w.equals("thousand") || w.equals("and"))) {
        if (w.equals("hundred")) current = Math.max(current, 1) * 100;
        if (w.equals("thousand")) {
          total += Math.max(current, 1) * 1000;
          current = 0;
        }
        if (!w.equals("and")) end = m.end();
      } else {
        if (inNumber) {
          out.append(s, copied, start).append(total + current);
          copied = end;
          start = -1;
          total = 0;
          current = 0;
        }
        if (small != null) {
          start = m.start();
          current = small;
          end = m.end();
        }
      }
    }
    if (start >= 0) {
      out.append(s, copied, start).append(total + current);
      copied = end;
    }
    out.append(s.substring(copied));
    return out.toString();
  }
}
