package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the pieces of a text that may be maths: maximal runs of digits, operators, brackets and single letters,
 * broken by ordinary words. Used both to read a student's claimed answer and to find what a reply might give away.
 * Each run is offered whole, split at top-level commas / "and" / "or", and (for relations) side by side.
 */
final class MathSpans {

  /** Texts longer than this are cut: a reply or a message is short, and the scan must stay cheap. */
  static final int MAX_TEXT = 4000;
  static final int MAX_CANDIDATES = 120;

  private MathSpans() {}

  private static final java.util.regex.Pattern LINE_NUMBER = java.util.regex.Pattern.compile("\\b(lines?|steps?) \\d{1,2}\\b");

  private static final Set<String> MATH_WORDS = Set.of("sqrt", "abs", "pi", "or", "and");

  /** The runs of maths in {@code text}, in order, after number words became digits. */
  static List<String> runs(String text) {
    String s = NumberWords.toSymbols(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
    // "look at line 3" numbers a line of the student's work; it is not a value
    s = LINE_NUMBER.matcher(s).replaceAll("$1");
    List<String> runs = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
        String word = s.substring(i, j);
        boolean glued = j < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '\u2019')
            || i > 0 && (s.charAt(i - 1) == '\'' || s.charAt(i - 1) == '\u2019'); // "it's", "don't"
        if ((word.length() == 1 && !glued && !isStandaloneArticle(s, i, j)) || MATH_WORDS.contains(word)
            || isLetterRun(s, i, j)) {
          cur.append(word);
        } else {
          flush(cur, runs);
        }
        i = j;
        continue;
      }
      if (Character.isDigit(c) || "+-*/^()=<>,{}[] .\u00d7\u00f7\u2264\u2265\u2212|".indexOf(c) >= 0
          || Character.isDigit(c)) {
        cur.append(c);
      } else {
        flush(cur, runs);
      }
      i++;
    }
    flush(cur, runs);
    return runs;
  }

  /** "2xy" or "ab" glued to digits/operators is maths; "it" between spaces is a word. */
  private static boolean isLetterRun(String s, int i, int j) {
    boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1));
    return digitBefore && j - i <= 3;
  }

  /** "a" and "i" between words are English, not variables ("I got a 5"). */
  private static boolean isStandaloneArticle(String s, int i, int j) {
    char c = s.charAt(i);
    if (c != 'a' && c != 'i') return false;
    char before = i > 0 ? s.charAt(i - 1) : ' ';
    char after = j < s.length() ? s.charAt(j) : ' ';
    return before == ' ' && after == ' ' && !nextNonSpaceIsOperator(s, j) && !prevNonSpaceIsOperator(s, i);
  }

  private static boolean nextNonSpaceIsOperator(String s, int j) {
    while (j < s.length() && s.charAt(j) == ' ') j++;
    return j < s.length() && "+-*/^=<>".indexOf(s.charAt(j)) >= 0;
  }

  private static boolean prevNonSpaceIsOperator(String s, int i) {
    i--;
    while (i >= 0 && s.charAt(i) == ' ') i--;
    return i >= 0 && "+-*/^=<>".indexOf(s.charAt(i)) >= 0;
  }

  private static void flush(StringBuilder cur, List<String> runs) {
    String t = trim(cur.toString());
    cur.setLength(0);
    if (!t.isEmpty() && hasMath(t)) runs.add(t);
  }

  /** Drops separators and dangling operators at the ends ("x=28." → "x=28", ", and 5 or" → "5"). */
  static String trim(String t) {
    String prev;
    do {
      prev = t;
      t = t.strip();
      t = t.replaceAll("^(?:and|or)\\b", "").replaceAll("\\b(?:and|or)$", "");
      t = t.replaceAll("^[,.=*/^<>\\]|]+", "").replaceAll("[,.=+\\-*/^<>(\\[|]+$", "");
    } while (!t.equals(prev));
    return balance(t);
  }

  /** A run cut inside brackets ("(x+2" from "(x+2 is a factor)") loses the unmatched bracket. */
  private static String balance(String t) {
    int open = 0;
    for (char c : t.toCharArray()) {
      if (c == '(') open++;
      if (c == ')') open--;
    }
    if (open > 0 && t.startsWith("(")) return balance(t.substring(1).strip());
    if (open < 0 && t.endsWith(")")) return balance(t.substring(0, t.length() - 1).strip());
    return t;
  }

  private static boolean hasMath(String t) {
    for (char c : t.toCharArray()) {
      if (Character.isDigit(c)) return true;
    }
    return t.matches(".*[=<>{].*") || t.matches(".*[a-z].*[+\\-*/^].*");
  }

  /** Every piece worth testing: each run, its top-level parts, and the sides of relations. */
  static List<String> candidates(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String run : runs(text)) {
      add(out, run);
      if ((run.startsWith("{") && run.endsWith("}")) || (run.startsWith("(") && run.endsWith(")"))) {
        String inner = run.substring(1, run.length() - 1);
        add(out, inner);
        for (String part : splitTopLevel(inner)) add(out, part);
      }
      for (String part : splitTopLevel(run)) {
        add(out, part);
        for (String side : part.split("<=|>=|!=|[=<>\u2264\u2265]")) add(out, side);
      }
      if (out.size() >= MAX_CANDIDATES) break;
    }
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_CANDIDATES));
  }

  private static void add(Set<String> out, String s) {
    String t = trim(s);
    if (!t.isEmpty() && hasMath(t)) out.add(t);
  }

  /** Splits at commas and the words "and"/"or" outside brackets and braces. */
  static List<String> splitTopLevel(String run) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c == '(' || c == '{' || c == '[') depth++;
      if (c == ')' || c == '}' || c == ']') depth--;
      if (depth != 0) continue;
      if (c == ',') {
        parts.add(run.substring(from, i));
        from = i + 1;
      } else if (run.startsWith(" and ", i) || run.startsWith(" or ", i)) {
        parts.add(run.substring(from, i));
        from = i + (run.startsWith(" and ", i) ? 5 : 4);
      }
    }
    parts.add(run.substring(from));
    return parts;
  }
}
