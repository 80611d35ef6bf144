package org.stepwise.math.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.internal.Budget;

/**
 * Recursive-descent parser for math as students type it (see ARCHITECTURE.md, "Math as students type it").
 * Precedence, loosest first: {@code or}; {@code and} / comma; relations (chains allowed); {@code + -};
 * {@code * /} and juxtaposition; unary sign; {@code ^} (right-associative, {@code -x^2} is {@code -(x^2)});
 * postfix {@code %}. Depth is bounded so that no input can overflow the stack.
 */
public final class MathParser {

  private static final Set<String> FUNCTIONS = Set.of("sqrt", "abs");
  private static final List<String> NO_SOLUTION = List.of(
      "no solution", "no solutions", "no real solution", "no real solutions", "none", "no real roots", "no roots",
      "empty set", "the empty set");
  private static final List<String> ALL_REALS = List.of(
      "all real numbers", "all reals", "all numbers", "infinitely many solutions", "infinite solutions",
      "every real number", "any real number", "all real x");

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern TRAILING_STOP = java.util.regex.Pattern.compile("[.!]$");
  private static final java.util.regex.Pattern ANSWER_PREFIX = java.util.regex.Pattern.compile("^x:? (is |= )?");

  /** Phrases are words only: skip the phrase lookup for ordinary math. */
  private static boolean mayBePhrase(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) letters++;
    return letters >= 4 || s.equals("R");
  }

  private final String src;
  private final List<Token> tokens;
  private int pos;
  private int depth;
  private int absDepth;

  private MathParser(String normalized) {
    this.src = normalized;
    this.tokens = Lexer.tokenize(normalized);
  }

  /** Reads a whole line: an expression, a relation, a combination, a set or a phrase such as "no solution". */
  public static Statement parseStatement(String raw) {
    String s = InputNormalizer.normalize(raw);
    if (mayBePhrase(s)) {
      String phrase = WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
      phrase = TRAILING_STOP.matcher(phrase).replaceAll("");
      String rest = ANSWER_PREFIX.matcher(phrase).replaceFirst("");
      if (NO_SOLUTION.contains(phrase) || NO_SOLUTION.contains(rest)) return new Statement.NoSolution();
      if (ALL_REALS.contains(phrase) || ALL_REALS.contains(rest) || s.equals("R")) {
        return new Statement.AllReals(); // R is also what NFKC makes of the blackboard ℝ
      }
    }
    MathParser p = new MathParser(s);
    Statement st = p.disjunction();
    p.expectEnd();
    return st;
  }

  /** Reads a single expression; a relation or set is an error here. */
  public static Expr parseExpression(String raw) {
    MathParser p = new MathParser(InputNormalizer.normalize(raw));
    Expr e = p.additive();
    p.expectEnd();
    return e;
  }

  // ---- statements -------------------------------------------------------------------------------------------

  private Statement disjunction() {
    List<Statement> parts = new ArrayList<>();
    parts.add(conjunction());
    while (peek().isWord("or")) {
      pos++;
      parts.add(conjunction());
    }
    return parts.size() == 1 ? parts.get(0) : new Statement.Or(parts);
  }

  private Statement conjunction() {
    List<Statement> parts = new ArrayList<>();
    parts.add(relationOrSet());
    while (peek().isWord("and") || peek().is(",")) {
      pos++;
      parts.add(relationOrSet());
    }
    return parts.size() == 1 ? parts.get(0) : new Statement.And(parts);
  }

  private Statement relationOrSet() {
    if (peek().is("{")) return set();
    if (peek().is("(")) {
      Statement tuple = tryTuple();
      if (tuple != null) return tuple;
    }
    List<Expr> operands = new ArrayList<>();
    List<RelOp> ops = new ArrayList<>();
    operands.add(additive());
    while (true) {
      RelOp op = relOp(peek());
      if (op == null) break;
      Token t = next();
      if (peek().type() == Token.Type.END) {
        throw new MathException(Code.MISSING_OPERAND, "Something is missing after '" + t.text() + "'.", t.position());
      }
      ops.add(op);
      operands.add(additive());
    }
    if (ops.isEmpty()) return new Statement.Bare(operands.get(0));
    return new Statement.Relation(operands, ops);
  }

  private static RelOp relOp(Token t) {
    if (t.type() != Token.Type.SYMBOL) return null;
    return switch (t.text()) {
      case "=" -> RelOp.EQ;
      case "!=" -> RelOp.NE;
      case "<" -> RelOp.LT;
      case "<=" -> RelOp.LE;
      case ">" -> RelOp.GT;
      case ">=" -> RelOp.GE;
      default -> null;
    };
  }

  private Statement set() {
    Token open = next(); // {
    enter(open);
    List<Statement> elements = new ArrayList<>();
    if (!peek().is("}")) {
      do {
        if (peek().is("(")) {
          Statement tuple = tryTuple();
          elements.add(tuple != null ? tuple : new Statement.Bare(additive()));
        } else {
          elements.add(new Statement.Bare(additive()));
        }
      } while (accept(","));
    }
    if (!accept("}")) {
      throw new MathException(Code.UNBALANCED_PARENTHESIS, "The '{' is never closed with '}'.", open.position());
    }
    depth--;
    return new Statement.SetOf(elements);
  }

  /** {@code (a, b, ...)} followed by something that can end a statement; otherwise rewinds and returns null. */
  private Statement tryTuple() {
    int mark = pos;
    int markDepth = depth;
    try {
      Token open = next();
      enter(open);
      List<Expr> items = new ArrayList<>();
      items.add(additive());
      if (!peek().is(",")) {
        pos = mark;
        depth = markDepth;
        return null;
      }
      while (accept(",")) items.add(additive());
      if (!accept(")")) {
        pos = mark;
        depth = markDepth;
        return null;
      }
      depth--;
      Token after = peek();
      if (after.type() == Token.Type.END || after.is(",") || after.is("}") || after.isWord("or") || after.isWord("and")) {
        return new Statement.Tuple(items);
      }
    } catch (MathException e) {
      if (e.code() == Code.TOO_DEEP || e.code() == Code.TIMEOUT) throw e;
    }
    pos = mark;
    depth = markDepth;
    return null;
  }

  // ---- expressions ------------------------------------------------------------------------------------------

  private Expr additive() {
    Expr left = term();
    while (peek().is("+") || peek().is("-")) {
      Token op = next();
      requireOperand(op);
      Expr right = term();
      left = op.text().equals("+") ? new Expr.Add(left, right) : new Expr.Sub(left, right);
    }
    return left;
  }

  private Expr term() {
    Expr left = unary();
    while (true) {
      Token t = peek();
      if (t.is(":")) {
        // "÷" (and a ratio colon) takes the whole fraction after it as the divisor
        next();
        requireOperand(t);
        Expr divisor = unary();
        while (peek().is("/")) {
          Token slash = next();
          requireOperand(slash);
          divisor = new Expr.Div(divisor, unary());
        }
        left = new Expr.Div(left, divisor);
      } else if (t.is("*") || t.is("/")) {
        next();
        requireOperand(t);
        Expr right = unary();
        left = t.text().equals("*") ? new Expr.Mul(left, right, false) : new Expr.Div(left, right);
      } else if (startsImplicitFactor(t)) {
        if (t.type() == Token.Type.NUMBER && endsWithNumber(left)) {
          throw new MathException(Code.UNEXPECTED_SYMBOL,
              "Two numbers are next to each other: put an operation such as + or * between them.", t.position());
        }
        Expr right = unary();
        left = new Expr.Mul(left, right, true);
      } else {
        return left;
      }
    }
  }

  private boolean startsImplicitFactor(Token t) {
    return switch (t.type()) {
      case NUMBER -> true;
      case WORD -> !t.isWord("or") && !t.isWord("and");
      case SYMBOL -> t.is("(") || (t.is("|") && absDepth == 0);
      case END -> false;
    };
  }

  private static boolean endsWithNumber(Expr e) {
    return switch (e) {
      case Expr.Num n -> true;
      case Expr.Mixed m -> true;
      case Expr.Mul m -> endsWithNumber(m.right());
      case Expr.Pow p -> true; // 2^3 4 reads as two numbers side by side, too
      default -> false;
    };
  }

  private Expr unary() {
    Token t = peek();
    if (t.is("-") || t.is("+")) {
      next();
      requireOperand(t);
      enter(t);
      Expr operand = unary();
      depth--;
      return t.text().equals("-") ? new Expr.Neg(operand) : operand;
    }
    return power();
  }

  private Expr power() {
    Expr base = postfix();
    if (peek().is("^")) {
      Token caret = next();
      requireOperand(caret);
      enter(caret);
      Expr exponent = exponentOperand();
      depth--;
      return new Expr.Pow(base, exponent);
    }
    return base;
  }

  /** The exponent may carry its own sign ({@code x^-2}) and is itself a power ({@code 2^3^2} = 2^9). */
  private Expr exponentOperand() {
    Token t = peek();
    if (t.is("-") || t.is("+")) {
      next();
      requireOperand(t);
      enter(t);
      Expr operand = exponentOperand();
      depth--;
      return t.text().equals("-") ? new Expr.Neg(operand) : operand;
    }
    return power();
  }

  private Expr postfix() {
    Expr e = primary();
    while (peek().is("%")) {
      next();
      e = new Expr.Percent(e);
    }
    return e;
  }

  private Expr primary() {
    Token t = next();
    switch (t.type()) {
      case NUMBER -> {
        return number(t);
      }
      case WORD -> {
        return word(t);
      }
      case END -> throw new MathException(Code.MISSING_OPERAND,
          pos >= 2 ? "Something is missing after '" + tokens.get(pos - 2).text() + "'." : "Type an answer first.",
          t.position());
      default -> {
        if (t.is("(")) {
          enter(t);
          Expr inner = additive();
          if (!accept(")")) {
            if (peek().is(",")) {
              throw new MathException(Code.UNEXPECTED_SYMBOL,
                  "A comma can't go inside brackets here.", peek().position());
            }
            throw unclosed(t);
          }
          depth--;
          return inner;
        }
        if (t.is("|")) {
          enter(t);
          absDepth++;
          Expr inner = additive();
          absDepth--;
          if (!accept("|")) {
            throw new MathException(Code.UNBALANCED_PARENTHESIS, "The absolute value bar '|' is never closed.", t.position());
          }
          depth--;
          return new Expr.Call("abs", inner);
        }
        throw unexpected(t);
      }
    }
  }

  private Expr number(Token t) {
    Rational value;
    try {
      value = Rational.ofDecimal(t.text());
    } catch (NumberFormatException e) {
      throw new MathException(Code.BAD_NUMBER, "I can't read the number '" + t.text() + "'.", t.position());
    }
    Expr.Num num = new Expr.Num(value, t.text());
    // Mixed number: "2 1/2" - a whole number, a space, then a fraction of whole numbers.
    Token a = peek();
    if (!num.isDecimal() && a.type() == Token.Type.NUMBER && a.spaceBefore() && pos + 2 < tokens.size()
        && tokens.get(pos + 1).is("/") && tokens.get(pos + 2).type() == Token.Type.NUMBER) {
      Token b = tokens.get(pos + 2);
      if (a.text().contains(".") || b.text().contains(".")) return num;
      BigInteger n = new BigInteger(a.text());
      BigInteger d = new BigInteger(b.text());
      if (d.signum() == 0) {
        throw new MathException(Code.DIVISION_BY_ZERO, "You can't divide by 0.", b.position());
      }
      // "2 3/2" is read as 2 + 3/2 (its value is clear); the mixed_number and simplified forms then say that the
      // fraction part should be less than 1.
      pos += 3;
      return new Expr.Mixed(value.num(), n, d);
    }
    return num;
  }

  private Expr word(Token t) {
    String w = t.text();
    String lower = w.toLowerCase(Locale.ROOT);
    if (FUNCTIONS.contains(lower)) {
      enter(t);
      Expr arg;
      if (peek().is("(")) {
        arg = primary();
      } else if (peek().type() == Token.Type.NUMBER || peek().type() == Token.Type.WORD) {
        arg = power(); // sqrt2, sqrt x
      } else {
        throw new MathException(Code.MISSING_OPERAND, "'" + lower + "' needs something in brackets after it, like "
            + lower + "(2).", t.position());
      }
      depth--;
      return new Expr.Call(lower, arg);
    }
    if (lower.equals("pi")) return new Expr.Const("pi");
    if (lower.equals("or") || lower.equals("and")) throw unexpected(t);
    if (w.length() == 1) return new Expr.Var(w);
    if (startsWithFunctionName(lower)) {
      throw new MathException(Code.UNSUPPORTED, "I don't know the function '" + w + "'.", t.position());
    }
    throw new MathException(Code.UNSUPPORTED, "I don't know the word '" + w + "'. Use single letters for variables.",
        t.position());
  }

  private static boolean startsWithFunctionName(String w) {
    return Set.of("sin", "cos", "tan", "log", "ln", "exp", "min", "max", "mod", "lim").contains(w);
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  private void enter(Token at) {
    if (++depth > Budget.limits().maxDepth()) {
      throw new MathException(Code.TOO_DEEP,
          "There are too many brackets or powers inside each other (more than " + Budget.limits().maxDepth() + ").",
          at.position());
    }
    Budget.tick();
  }

  private void requireOperand(Token op) {
    Token n = peek();
    if (n.type() == Token.Type.END || n.is(")") || n.is("}") || n.is(",") || relOp(n) != null
        || (n.type() == Token.Type.SYMBOL && "*/^%:".contains(n.text()))) {
      if (n.type() == Token.Type.END) {
        throw new MathException(Code.MISSING_OPERAND, "Something is missing after '" + op.text() + "'.", op.position());
      }
      throw new MathException(Code.MISSING_OPERAND,
          "Something is missing between '" + op.text() + "' and '" + n.text() + "'.", n.position());
    }
  }

  private void expectEnd() {
    Token t = peek();
    if (t.type() != Token.Type.END) throw unexpected(t);
  }

  private MathException unexpected(Token t) {
    String before = src.substring(0, t.position()).trim();
    if (before.length() > 12) before = before.substring(before.length() - 12).trim();
    if (t.is(")")) {
      return new MathException(Code.UNBALANCED_PARENTHESIS, before.isEmpty()
          ? "There is a ')' with no '(' before it."
          : "There is an extra ')' after " + before + ".", t.position());
    }
    if (t.is("}")) {
      return new MathException(Code.UNBALANCED_PARENTHESIS, "There is an extra '}'.", t.position());
    }
    String what = t.type() == Token.Type.END ? "the end" : "'" + t.text() + "'";
    if (before.isEmpty()) {
      return new MathException(Code.UNEXPECTED_SYMBOL, what + " can't come first.", t.position());
    }
    return new MathException(Code.UNEXPECTED_SYMBOL, "I didn't expect " + what + " after " + before + ".", t.position());
  }

  private MathException unclosed(Token open) {
    return new MathException(Code.UNBALANCED_PARENTHESIS,
        "A '(' is never closed: add a ')' to match it.", open.position());
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (pos < tokens.size() - 1) pos++;
    return t;
  }

  private boolean accept(String symbol) {
    if (peek().is(symbol)) {
      pos++;
      return true;
    }
    return false;
  }
}
