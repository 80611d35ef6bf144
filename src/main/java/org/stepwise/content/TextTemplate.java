package org.stepwise.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text with placeholders, e.g. {@code "Solve {a:coef}x {b:+} = {c} for x"}. A placeholder is
 * {@code {formula}} or {@code {formula:format}}; {@code {{} and {@code }}} are literal braces. Formats
 * exist so that generated statements read the way a teacher writes them (see docs/CONTENT.md):
 *
 * <ul>
 *   <li>(none) {@code 3}, {@code -3}, {@code 3/4}
 *   <li>{@code +} signed term: {@code + 3}, {@code - 3}
 *   <li>{@code coef} coefficient: empty for 1, {@code -} for -1, else the number
 *   <li>{@code +coef} signed coefficient: {@code + }, {@code - }, {@code + 3}, {@code - 3}
 *   <li>{@code paren} negatives in parentheses: {@code (-3)}
 *   <li>{@code mixed} mixed number {@code 2 1/3}; {@code dec} terminating decimal {@code 0.75}
 * </ul>
 *
 * <p>{@code {?condition|yes|no}} picks one of two plain texts, e.g. "no solution" or "all real numbers".
 */
public final class TextTemplate {

  static final int MAX_LENGTH = 2_000;
  static final int MAX_PLACEHOLDERS = 40;

  private sealed interface Part {}

  private record Literal(String text) implements Part {}

  private record Slot(Formula formula, String format) implements Part {}

  /** {@code {?condition|text if true|text if false}}: for answers such as "no solution". */
  private record Choice(Formula condition, String ifTrue, String ifFalse) implements Part {}

  private static final Set<String> FORMATS = Set.of("", "+", "coef", "+coef", "paren", "mixed", "dec");

  private final String source;
  private final List<Part> parts;

  private TextTemplate(String source, List<Part> parts) {
    this.source = source;
    this.parts = parts;
  }

  public static TextTemplate parse(String source) {
    if (source == null) {
      throw new IllegalArgumentException("missing text");
    }
    if (source.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("text longer than " + MAX_LENGTH + " characters");
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int slots = 0;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("{{", i) || source.startsWith("}}", i)) {
        lit.append(c);
        i += 2;
      } else if (c == '{') {
        int end = source.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed '{' at position " + i + " in '" + source + "'");
        }
        String body = source.substring(i + 1, end);
        if (body.startsWith("?")) {
          String[] branches = body.substring(1).split("\\|", -1);
          if (branches.length != 3) {
            throw new IllegalArgumentException(
                "a choice is {?condition|text if true|text if false}, got '{" + body + "}'");
          }
          if (++slots > MAX_PLACEHOLDERS) {
            throw new IllegalArgumentException("more than " + MAX_PLACEHOLDERS + " placeholders");
          }
          if (!lit.isEmpty()) {
            parts.add(new Literal(lit.toString()));
            lit.setLength(0);
          }
          parts.add(new Choice(Formula.parse(branches[0]), branches[1], branches[2]));
          i = end + 1;
          continue;
        }
        int colon = body.lastIndexOf(':');
        String format = colon < 0 ? "" : body.substring(colon + 1).trim();
        String expr = colon < 0 ? body : body.substring(0, colon);
        if (!FORMATS.contains(format)) {
          throw new IllegalArgumentException(
              "unknown format ':" + format + "' in '{" + body + "}' (known: + coef +coef paren mixed dec)");
        }
        if (++slots > MAX_PLACEHOLDERS) {
          throw new IllegalArgumentException("more than " + MAX_PLACEHOLDERS + " placeholders");
        }
        if (!lit.isEmpty()) {
          parts.add(new Literal(lit.toString()));
          lit.setLength(0);
        }
        parts.add(new Slot(Formula.parse(expr), format));
        i = end + 1;
      } else if (c == '}') {
        throw new IllegalArgumentException(
            "stray '}' at position " + i + " in '" + source + "' (write }} for a literal brace)");
      } else {
        lit.append(c);
        i++;
      }
    }
    if (!lit.isEmpty()) {
      parts.add(new Literal(lit.toString()));
    }
    return new TextTemplate(source, List.copyOf(parts));
  }

  public String source() {
    return source;
  }

  public Set<String> names() {
    Set<String> out = new HashSet<>();
    for (Part p : parts) {
      if (p instanceof Slot s) {
        out.addAll(s.formula().names());
      } else if (p instanceof Choice c) {
        out.addAll(c.condition().names());
      }
    }
    return out;
  }

  public String render(Map<String, Exact> env) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      switch (p) {
        case Literal l -> out.append(l.text());
        case Slot s -> out.append(format(s.formula().evaluate(env), s.format()));
        case Choice c -> out.append(c.condition().evaluate(env).isTrue() ? c.ifTrue() : c.ifFalse());
      }
    }
    return out.toString();
  }

  static String format(Exact v, String format) {
    return switch (format) {
      case "" -> v.toString();
      case "+" -> (v.signum() < 0 ? "- " : "+ ") + v.abs();
      case "coef" -> v.equals(Exact.ONE) ? "" : v.equals(Exact.ONE.negate()) ? "-" : coefficient(v);
      case "+coef" ->
          (v.signum() < 0 ? "- " : "+ ") + (v.abs().equals(Exact.ONE) ? "" : coefficient(v.abs()));
      case "paren" -> v.signum() < 0 ? "(" + v + ")" : v.toString();
      case "mixed" -> v.toMixed();
      case "dec" -> v.toDecimal();
      default -> throw new IllegalStateException(format);
    };
  }

  /** A fractional coefficient in front of a variable must be bracketed: "3/4x" reads as 3/(4x). */
  private static String coefficient(Exact v) {
    return v.isInteger() ? v.toString() : "(" + v + ")";
  }
}
