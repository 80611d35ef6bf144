package org.stepwise.math.parse;

import java.text.Normalizer;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.internal.Budget;

/**
 * Turns what a student typed or pasted into plain ASCII math: Unicode look-alikes (− × ÷ · ≤ ≥ ≠ π √, full-width
 * digits, superscript powers, vulgar fractions) become their ASCII forms; control, format and bidirectional characters
 * are refused, because they can make a string look different from what it is.
 */
public final class InputNormalizer {

  private InputNormalizer() {}

  public static String normalize(String raw) {
    if (raw == null) {
      throw new MathException(Code.EMPTY_INPUT, "Type an answer first.");
    }
    int max = Budget.limits().maxInputChars();
    if (raw.length() > max) {
      throw new MathException(Code.TOO_LONG, "That is too long: I read at most " + max + " characters.");
    }
    StringBuilder pre = new StringBuilder(raw.length() + 8);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int type = Character.getType(c);
      if (c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u3000') {
        pre.append(' ');
        continue;
      }
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
          || type == Character.SURROGATE || type == Character.UNASSIGNED || c == '\uFFFD') {
        throw new MathException(Code.INVALID_CHARACTER,
            "There is a hidden or special character at position " + (i + 1) + " that I can't read. Retype the answer.", i);
      }
      String superscript = superscriptDigit(c);
      if (superscript != null) {
        // x² -> x^2 ; a run of superscripts is one exponent (x¹² -> x^12)
        boolean continuing = i > 0 && superscriptDigit(raw.charAt(i - 1)) != null;
        pre.append(continuing ? superscript : "^" + superscript);
        continue;
      }
      String fraction = vulgarFraction(c);
      if (fraction != null) {
        // 1½ -> "1 1/2": a digit before a vulgar fraction makes a mixed number
        if (i > 0 && Character.isDigit(raw.charAt(i - 1))) pre.append(' ');
        pre.append(fraction);
        continue;
      }
      pre.append(switch (c) {
        case '\u2212', '\u2013', '\u2014', '\u2010', '\u2011', '\uFE63', '\uFF0D' -> "-";
        case '\u00D7', '\u22C5', '\u00B7', '\u2219', '\u2217', '\u2715' -> "*";
        case '\u2044', '\u2215' -> "/";
        case '\u00F7' -> ":"; // ÷ divides by the whole fraction after it: 3/4 ÷ 1/2 = (3/4)/(1/2)
        case '\u2264', '\u2A7D' -> "<=";
        case '\u2265', '\u2A7E' -> ">=";
        case '\u2260' -> "!=";
        case '\u03C0' -> "pi";
        case '\u221A' -> "sqrt";
        case '\u2205' -> "{}";
        case '\u2223' -> "|";
        default -> String.valueOf(c);
      });
    }
    String s = Normalizer.normalize(pre, Normalizer.Form.NFKC);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 126) {
        throw new MathException(Code.INVALID_CHARACTER, "I don't know the symbol '" + c + "'.", i);
      }
    }
    s = s.trim();
    if (s.isEmpty()) {
      throw new MathException(Code.EMPTY_INPUT, "Type an answer first.");
    }
    return s;
  }

  private static String superscriptDigit(char c) {
    return switch (c) {
      case '\u2070' -> "0";
      case '\u00B9' -> "1";
      case '\u00B2' -> "2";
      case '\u00B3' -> "3";
      case '\u2074' -> "4";
      case '\u2075' -> "5";
      case '\u2076' -> "6";
      case '\u2077' -> "7";
      case '\u2078' -> "8";
      case '\u2079' -> "9";
      default -> null;
    };
  }

  private static String vulgarFraction(char c) {
    return switch (c) {
      case '\u00BD' -> "1/2";
      case '\u2153' -> "1/3";
      case '\u2154' -> "2/3";
      case '\u00BC' -> "1/4";
      case '\u00BE' -> "3/4";
      case '\u2155' -> "1/5";
      case '\u2159' -> "1/6";
      case '\u215B' -> "1/8";
      default -> null;
    };
  }
}
