package org.stepwise.teacher.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a problem statement as a teacher writes it ({@code Solve 3x^2 - 5 = 7 for x}) into layout boxes for
 * print: prose words upright, single-letter variables italic, powers as superscripts, {@code a/b} as a stacked
 * fraction, {@code sqrt(..)} as a radical with a bar, and the operators as their typographic symbols
 * (− × ÷ ≤ ≥ ≠ π). It only decides how the text looks; it never changes what the statement says.
 */
public final class MathLayout {

  /** A piece of typeset math or prose. */
  public sealed interface Box permits Run, Sup, Frac, Root {}

  /** A run of characters in one style. */
  public record Run(String text, Style style) implements Box {}

  /** A superscript (exponent) attached to the box before it. */
  public record Sup(List<Box> content) implements Box {}

  /** A stacked fraction. */
  public record Frac(List<Box> numerator, List<Box> denominator) implements Box {}

  /** A square root with a bar over its content. */
  public record Root(List<Box> content) implements Box {}

  public enum Style {
    /** Prose and numbers. */
    ROMAN,
    /** Variables. */
    ITALIC,
    /** Operators and symbols (− × ÷ √ ≤ ≥ ≠ π). */
    SYMBOL
  }

  /** Longer statements or deeper brackets than any item prints are refused rather than laid out. */
  public static final int MAX_CHARS = 2_000;
  public static final int MAX_DEPTH = 40;

  private final String s;
  private int i;
  private int depth;

  private MathLayout(String s) {
    this.s = s;
  }

  public static List<Box> layout(String statement) {
    if (statement.length() > MAX_CHARS) {
      throw new IllegalArgumentException("statement: longer than " + MAX_CHARS + " characters");
    }
    MathLayout p = new MathLayout(statement);
    return p.sequence(-1);
  }

  /** The boxes read back as one line of plain Unicode text (what a screen reader or a text search sees). */
  public static String plain(List<Box> boxes) {
    StringBuilder b = new StringBuilder();
    for (Box x : boxes) {
      switch (x) {
        case Run r -> b.append(r.text());
        case Sup sup -> b.append(superscript(plain(sup.content())));
        case Frac f -> b.append(wrap(f.numerator())).append('/').append(wrap(f.denominator()));
        case Root r -> b.append('√').append('(').append(plain(r.content())).append(')');
      }
    }
    return b.toString();
  }

  private static String wrap(List<Box> boxes) {
    String t = plain(boxes);
    return boxes.size() == 1 && boxes.get(0) instanceof Run ? t : "(" + t + ")";
  }

  private static String superscript(String t) {
    StringBuilder b = new StringBuilder();
    for (char c : t.toCharArray()) {
      int k = "0123456789−-".indexOf(c);
      b.append(k < 0 ? c : "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻".charAt(k));
    }
    return b.toString();
  }

  /** Reads boxes until the closing bracket {@code close} (not consumed) or the end. */
  private List<Box> sequence(int close) {
    if (++depth > MAX_DEPTH) {
      throw new IllegalArgumentException("statement: brackets nested deeper than " + MAX_DEPTH);
    }
    List<Box> out = new ArrayList<>();
    while (i < s.length() && s.charAt(i) != close) {
      char c = s.charAt(i);
      if (c == '^') {
        i++;
        out.add(new Sup(unbracket(operand())));
      } else if (c == '/' && !out.isEmpty() && isOperand(out.get(out.size() - 1)) && i + 1 < s.length()
          && s.charAt(i + 1) != ' ') {
        i++;
        List<Box> numerator = popOperand(out);
        out.add(new Frac(unbracket(numerator), unbracket(operand())));
      } else {
        atom(out);
      }
    }
    depth--;
    return merge(out);
  }

  private static boolean isOperand(Box b) {
    return switch (b) {
      case Run r -> r.style() != Style.SYMBOL && !r.text().isBlank() && !r.text().endsWith(" ")
          && (Character.isLetterOrDigit(r.text().charAt(r.text().length() - 1)) || r.text().endsWith(")"));
      case Sup sup -> true;
      case Frac f -> false;
      case Root r -> true;
    };
  }

  /**
   * Removes the operand left of a '/' from {@code out}: a bracketed group, a number, a coefficient with its
   * variables, a power with its base, or a root.
   */
  private static List<Box> popOperand(List<Box> out) {
    List<Box> taken = new ArrayList<>();
    Box last = out.remove(out.size() - 1);
    taken.add(0, last);
    if (last instanceof Run r && r.text().equals(")")) {
      int depth = 1;
      while (!out.isEmpty() && depth > 0) {
        Box b = out.remove(out.size() - 1);
        taken.add(0, b);
        if (b instanceof Run x && x.text().equals(")")) {
          depth++;
        } else if (b instanceof Run x && x.text().equals("(")) {
          depth--;
        }
      }
      return taken;
    }
    if (last instanceof Sup && !out.isEmpty()) {
      taken.addAll(0, popOperand(out));
      return taken;
    }
    // digits and variables glued together (12, 3x, 2ab) form one operand
    while (!out.isEmpty() && out.get(out.size() - 1) instanceof Run r && r.style() != Style.SYMBOL
        && !r.text().isEmpty() && Character.isLetterOrDigit(r.text().charAt(r.text().length() - 1))
        && (r.style() == Style.ITALIC || Character.isDigit(r.text().charAt(0)) || r.text().equals("."))) {
      taken.add(0, out.remove(out.size() - 1));
    }
    return taken;
  }

  /** A bracketed group's brackets are not needed once it is stacked. */
  private static List<Box> unbracket(List<Box> boxes) {
    if (boxes.size() >= 2 && boxes.get(0) instanceof Run a && a.text().equals("(")
        && boxes.get(boxes.size() - 1) instanceof Run z && z.text().equals(")")) {
      return boxes.subList(1, boxes.size() - 1);
    }
    return boxes;
  }

  /** The operand of ^ or /: a bracketed group, a signed number, a name or a root. */
  private List<Box> operand() {
    List<Box> out = new ArrayList<>();
    if (i >= s.length()) {
      return out;
    }
    char c = s.charAt(i);
    if (c == '(') {
      i++;
      List<Box> inner = sequence(')');
      if (i < s.length()) {
        i++;
      }
      out.add(new Run("(", Style.ROMAN));
      out.addAll(inner);
      out.add(new Run(")", Style.ROMAN));
      return out;
    }
    if (c == '-') {
      out.add(new Run("−", Style.SYMBOL));
      i++;
    }
    if (i < s.length() && Character.isDigit(s.charAt(i))) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      out.add(new Run(s.substring(start, i), Style.ROMAN));
    } else if (s.startsWith("sqrt(", i)) {
      atom(out);
    } else if (i < s.length() && Character.isLetter(s.charAt(i))) {
      out.add(new Run(String.valueOf(s.charAt(i++)), Style.ITALIC));
    }
    return out;
  }

  private void atom(List<Box> out) {
    char c = s.charAt(i);
    if (s.startsWith("sqrt(", i)) {
      i += 5;
      List<Box> inner = sequence(')');
      if (i < s.length()) {
        i++;
      }
      out.add(new Root(inner));
    } else if (s.startsWith("abs(", i)) {
      i += 4;
      List<Box> inner = sequence(')');
      if (i < s.length()) {
        i++;
      }
      out.add(new Run("|", Style.ROMAN));
      out.addAll(inner);
      out.add(new Run("|", Style.ROMAN));
    } else if (s.startsWith("<=", i) || s.startsWith(">=", i) || s.startsWith("!=", i)) {
      out.add(new Run(switch (c) {
        case '<' -> "≤";
        case '>' -> "≥";
        default -> "≠";
      }, Style.SYMBOL));
      i += 2;
    } else if (c == '-' || c == '−') {
      out.add(new Run("−", Style.SYMBOL));
      i++;
    } else if (c == '*' || c == '×') {
      out.add(new Run("×", Style.SYMBOL));
      i++;
    } else if (c == '÷') {
      out.add(new Run("÷", Style.SYMBOL));
      i++;
    } else if (c == '≤' || c == '≥' || c == '≠' || c == '√') {
      out.add(new Run(String.valueOf(c), Style.SYMBOL));
      i++;
    } else if (c == '(' ) {
      i++;
      List<Box> inner = sequence(')');
      out.add(new Run("(", Style.ROMAN));
      out.addAll(inner);
      if (i < s.length()) {
        i++;
        out.add(new Run(")", Style.ROMAN));
      }
    } else if (Character.isLetter(c)) {
      int start = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      String word = s.substring(start, i);
      if (word.equals("pi")) {
        out.add(new Run("π", Style.SYMBOL));
      } else if (word.length() == 1 && !isArticle(word, start)) {
        out.add(new Run(word, Style.ITALIC));
      } else if (word.length() > 1 && isRunOfVariables(word, start)) {
        // "xy" or "ab" written together is a product of variables
        out.add(new Run(word, Style.ITALIC));
      } else {
        out.add(new Run(word, Style.ROMAN));
      }
    } else {
      out.add(new Run(String.valueOf(c), Style.ROMAN));
      i++;
    }
  }

  /** "a" and "A" before a word are articles, not variables. */
  private boolean isArticle(String word, int start) {
    return (word.equals("a") || word.equals("A") || word.equals("I"))
        && start + 2 < s.length() && s.charAt(start + 1) == ' ' && Character.isLetter(s.charAt(start + 2))
        && start + 3 < s.length() && Character.isLetter(s.charAt(start + 3));
  }

  /** A short letter run glued to a digit or bracket (3xy, 2ab) is variables, not a word. */
  private boolean isRunOfVariables(String word, int start) {
    return word.length() <= 3 && start > 0
        && (Character.isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == ')');
  }

  /** Joins neighbouring runs of the same style, which keeps the PDF text compact. */
  private static List<Box> merge(List<Box> in) {
    List<Box> out = new ArrayList<>();
    for (Box b : in) {
      if (b instanceof Run r && !out.isEmpty() && out.get(out.size() - 1) instanceof Run last
          && last.style() == r.style() && r.style() != Style.SYMBOL) {
        out.set(out.size() - 1, new Run(last.text() + r.text(), r.style()));
      } else {
        out.add(b);
      }
    }
    return out;
  }
}
