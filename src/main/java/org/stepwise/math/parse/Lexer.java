package org.stepwise.math.parse;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;

/** Splits normalised ASCII input into numbers, words and symbols. */
final class Lexer {

  /** Words that are not products of single-letter variables. */
  private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
      "sqrt", "abs", "pi", "or", "and", "sin", "cos", "tan", "log", "ln", "exp", "min", "max", "mod", "lim");

  private Lexer() {}

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    boolean space = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        space = true;
        i++;
        continue;
      }
      int start = i;
      if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
        boolean dot = false;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
          if (s.charAt(i) == '.') {
            if (dot) {
              throw new MathException(Code.BAD_NUMBER,
                  "The number '" + s.substring(start, i + 1) + "' has two decimal points.", i);
            }
            dot = true;
          }
          i++;
        }
        if (s.charAt(i - 1) == '.') {
          throw new MathException(Code.BAD_NUMBER, "The number '" + s.substring(start, i) + "' ends with a decimal point.", i - 1);
        }
        out.add(new Token(Token.Type.NUMBER, s.substring(start, i), start, space));
      } else if (Character.isLetter(c)) {
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        String word = s.substring(start, i);
        if (word.length() <= 3 && !KEYWORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
          // "xy" is x times y: one token per letter, so that "xy^2" is x*(y^2)
          for (int k = 0; k < word.length(); k++) {
            out.add(new Token(Token.Type.WORD, word.substring(k, k + 1), start + k, k == 0 && space));
          }
        } else {
          out.add(new Token(Token.Type.WORD, word, start, space));
        }
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        String sym = switch (two) {
          case "<=", ">=", "!=", "=<", "=>", "**", "<>" -> two;
          default -> String.valueOf(c);
        };
        sym = switch (sym) {
          case "=<" -> "<=";
          case "=>" -> ">=";
          case "<>" -> "!=";
          case "**" -> "^";
          case "[" -> "(";
          case "]" -> ")";
          default -> sym;
        };
        if ("+-*/^(){},|%=<>!;:".indexOf(sym.charAt(0)) < 0) {
          throw new MathException(Code.INVALID_CHARACTER, "I don't know the symbol '" + c + "' in math.", i);
        }
        if (sym.equals("!")) {
          throw new MathException(Code.UNSUPPORTED, "Factorials (!) are not something I can check yet.", i);
        }
        if (sym.equals(";")) sym = ",";
        out.add(new Token(Token.Type.SYMBOL, sym, start, space));
        i += two.equals("**") || two.equals("<=") || two.equals(">=") || two.equals("!=") || two.equals("=<")
            || two.equals("=>") || two.equals("<>") ? 2 : 1;
      }
      space = false;
    }
    out.add(new Token(Token.Type.END, "", s.length(), space));
    return out;
  }
}
