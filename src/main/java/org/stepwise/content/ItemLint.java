package org.stepwise.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds degenerate generated items that need no engine to spot: statements that trivialise (a
 * coefficient of 0 or 1 written out, adding 0, dividing by 1), signs rendered twice, wrong answers that
 * repeat each other or equal the right one, and help text that states the item's answer.
 */
public final class ItemLint {

  private record Rule(Pattern pattern, String why) {}

  private static final List<Rule> STATEMENT_RULES = List.of(
      new Rule(Pattern.compile("(?<![\\d./^])[01](?=[a-z(])"), "a coefficient of 0 or 1 is written out"),
      new Rule(Pattern.compile("[+-] ?0(?![\\d./])"), "adds or subtracts 0"),
      new Rule(Pattern.compile("[*/] ?1(?![\\d./])"), "multiplies or divides by 1"),
      new Rule(Pattern.compile("[a-z)]\\^1(?![\\d./])"), "raises to the power 1"),
      new Rule(Pattern.compile("[+-] ?[+-]"), "two signs in a row"),
      new Rule(Pattern.compile("\\{|\\}|:coef|:\\+"), "an unrendered placeholder"));

  private ItemLint() {}

  public static List<String> problems(Item item) {
    List<String> out = new ArrayList<>();
    String where = item.templateId() + " seed " + item.seed() + " (" + item.statement() + "): ";
    for (Rule r : STATEMENT_RULES) {
      if (r.pattern().matcher(item.statement()).find()) {
        out.add(where + "statement " + r.why());
      }
    }
    Set<String> seen = new HashSet<>();
    Optional<String> answer = item.authorAnswer().map(ItemLint::squash);
    for (Item.WrongAnswer w : item.wrongAnswers()) {
      String s = squash(w.answer());
      if (!seen.add(s)) {
        out.add(where + "wrong answer '" + w.answer() + "' is listed twice");
      }
      if (answer.isPresent() && answer.get().equals(s)) {
        out.add(where + "wrong answer '" + w.answer() + "' (" + w.misconception() + ") equals the answer");
      }
    }
    out.addAll(leaks(item).stream().map(l -> where + l).toList());
    return out;
  }

  /** Help text (hints, worked example) that states the item's author answer. */
  public static List<String> leaks(Item item) {
    List<String> out = new ArrayList<>();
    item.authorAnswer().ifPresent(a -> {
      for (String h : item.hints()) {
        if (states(h, a)) {
          out.add("hint states the answer " + a + ": " + h);
        }
      }
      Item.WorkedExample ex = item.workedExample();
      for (String s : ex.steps()) {
        if (states(s, a)) {
          out.add("worked example states this item's answer " + a + ": " + s);
        }
      }
      if (ex.answer().map(ItemLint::squash).equals(Optional.of(squash(a)))) {
        out.add("worked example has the same answer");
      }
    });
    return out;
  }

  /**
   * Whether {@code text} states {@code answer}. A bare number counts as stated only after an equals
   * sign or a word such as "is" or "to" ("= 5", "brings you to 5"), since the same digits may honestly
   * appear as a parameter; any other answer counts when it appears at all, ignoring spaces.
   */
  public static boolean states(String text, String answer) {
    String t = squash(text);
    String a = squash(answer);
    boolean bare = isNumber(a);
    for (int i = t.indexOf(a); i >= 0; i = t.indexOf(a, i + 1)) {
      if (endsANumber(t, i + a.length()) && (!bare || announced(t, i))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> ANNOUNCERS = List.of("=", "is", "to", "gives", "equals", "get");

  private static boolean announced(String t, int at) {
    for (String w : ANNOUNCERS) {
      if (t.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Not followed by more digits, a fraction bar or a decimal part ("5" is not stated by "51", "5/2", "5.5"). */
  private static boolean endsANumber(String t, int end) {
    if (end >= t.length()) {
      return true;
    }
    char c = t.charAt(end);
    return !(Character.isDigit(c) || c == '/'
        || c == '.' && end + 1 < t.length() && Character.isDigit(t.charAt(end + 1)));
  }

  private static boolean isNumber(String a) {
    return !a.isEmpty() && a.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '.' || c == '/');
  }

  /**
   * Spaces removed, except a single space between two digits, which separates a mixed number's parts ("3 2/3").
   * A loop rather than a regex: this runs for every hint of every generated item, and the regex it replaces
   * ({@code (?<!\d) +| +(?!\d)}, same result) was a measurable share of the server's time per answer.
   */
  static String squash(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != ' ') {
        out.append(c);
        continue;
      }
      int end = i;
      while (end < n && s.charAt(end) == ' ') {
        end++;
      }
      if (end - i == 1 && i > 0 && isAsciiDigit(s.charAt(i - 1)) && end < n && isAsciiDigit(s.charAt(end))) {
        out.append(' ');
      }
      i = end - 1;
    }
    return out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
