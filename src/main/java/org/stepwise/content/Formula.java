package org.stepwise.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parameter formula such as {@code a*b + c}, {@code b % a == 0} or {@code distinct(a, b, c)}: the tiny,
 * exact language used by template parameters, constraints and placeholders. Parsing is bounded in
 * length and nesting; evaluation is bounded in exponent and number size, so a content file cannot make
 * the generator run away. Truth values are 1 and 0.
 */
public final class Formula {

  static final int MAX_LENGTH = 300;
  static final int MAX_DEPTH = 32;
  static final int MAX_EXPONENT = 64;

  private static final Set<String> FUNCTIONS =
      Set.of("abs", "min", "max", "gcd", "lcm", "sqrt", "issquare", "distinct");

  private final String source;
  private final Node root;

  private Formula(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** Parses {@code source}; throws {@link IllegalArgumentException} with the position of the problem. */
  public static Formula parse(String source) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("empty formula");
    }
    if (source.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("formula longer than " + MAX_LENGTH + " characters");
    }
    Parser p = new Parser(source);
    Node n = p.or(0);
    p.skipSpace();
    if (p.pos < source.length()) {
      throw p.error("unexpected '" + source.charAt(p.pos) + "'");
    }
    return new Formula(source, n);
  }

  public String source() {
    return source;
  }

  /** Names of the parameters the formula reads. */
  public Set<String> names() {
    Set<String> out = new HashSet<>();
    collect(root, out);
    return out;
  }

  /** Evaluates exactly; unknown names and undefined operations are {@link ArithmeticException}s. */
  public Exact evaluate(Map<String, Exact> env) {
    return eval(root, env);
  }

  private sealed interface Node {}

  private record Num(Exact value) implements Node {}

  private record Name(String name) implements Node {}

  private record Unary(char op, Node arg) implements Node {}

  private record Binary(String op, Node left, Node right) implements Node {}

  private record Call(String function, List<Node> args) implements Node {}

  private static void collect(Node n, Set<String> out) {
    switch (n) {
      case Num num -> {}
      case Name name -> out.add(name.name());
      case Unary u -> collect(u.arg(), out);
      case Binary b -> {
        collect(b.left(), out);
        collect(b.right(), out);
      }
      case Call c -> c.args().forEach(a -> collect(a, out));
    }
  }

  private static Exact eval(Node n, Map<String, Exact> env) {
    return switch (n) {
      case Num num -> num.value();
      case Name name -> {
        Exact v = env.get(name.name());
        if (v == null) {
          throw new ArithmeticException("unknown parameter '" + name.name() + "'");
        }
        yield v;
      }
      case Unary u -> {
        Exact v = eval(u.arg(), env);
        yield u.op() == '-' ? v.negate() : Exact.of(!v.isTrue());
      }
      case Binary b -> binary(b, env);
      case Call c -> call(c, env);
    };
  }

  private static Exact binary(Binary b, Map<String, Exact> env) {
    // Short-circuit so that a guard such as "a != 0 && b % a == 0" protects its right side.
    if (b.op().equals("&&")) {
      return Exact.of(eval(b.left(), env).isTrue() && eval(b.right(), env).isTrue());
    }
    if (b.op().equals("||")) {
      return Exact.of(eval(b.left(), env).isTrue() || eval(b.right(), env).isTrue());
    }
    Exact l = eval(b.left(), env);
    Exact r = eval(b.right(), env);
    return switch (b.op()) {
      case "+" -> l.add(r);
      case "-" -> l.subtract(r);
      case "*" -> l.multiply(r);
      case "/" -> l.divide(r);
      case "%" -> {
        BigInteger m = r.integer("%");
        if (m.signum() == 0) {
          throw new ArithmeticException("modulo by zero");
        }
        yield new Exact(l.integer("%").mod(m.abs()), BigInteger.ONE);
      }
      case "^" -> power(l, r);
      case "==" -> Exact.of(l.compareTo(r) == 0);
      case "!=" -> Exact.of(l.compareTo(r) != 0);
      case "<" -> Exact.of(l.compareTo(r) < 0);
      case "<=" -> Exact.of(l.compareTo(r) <= 0);
      case ">" -> Exact.of(l.compareTo(r) > 0);
      case ">=" -> Exact.of(l.compareTo(r) >= 0);
      default -> throw new IllegalStateException(b.op());
    };
  }

  private static Exact power(Exact base, Exact exponent) {
    BigInteger e = exponent.integer("^");
    if (e.abs().compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
      throw new ArithmeticException("exponent " + e + " is beyond the limit of " + MAX_EXPONENT);
    }
    int k = e.intValueExact();
    Exact b = k < 0 ? Exact.ONE.divide(base) : base;
    Exact out = Exact.ONE;
    for (int i = 0; i < Math.abs(k); i++) {
      out = out.multiply(b);
    }
    return out;
  }

  private static Exact call(Call c, Map<String, Exact> env) {
    List<Exact> a = new ArrayList<>();
    for (Node n : c.args()) {
      a.add(eval(n, env));
    }
    return switch (c.function()) {
      case "abs" -> one(c, a).abs();
      case "min" -> a.stream().min(Exact::compareTo).orElseThrow();
      case "max" -> a.stream().max(Exact::compareTo).orElseThrow();
      case "gcd" -> integerFold(c, a, BigInteger::gcd);
      case "lcm" ->
          integerFold(c, a, (x, y) -> x.signum() == 0 || y.signum() == 0
              ? BigInteger.ZERO : x.multiply(y).abs().divide(x.gcd(y)));
      case "sqrt" -> {
        Exact v = one(c, a);
        BigInteger[] n = exactRoot(v.num());
        BigInteger[] d = exactRoot(v.den());
        if (v.signum() < 0 || n == null || d == null) {
          throw new ArithmeticException("sqrt(" + v + ") is not rational");
        }
        yield new Exact(n[0], d[0]);
      }
      case "issquare" -> {
        Exact v = one(c, a);
        yield Exact.of(v.signum() >= 0 && exactRoot(v.num()) != null && exactRoot(v.den()) != null);
      }
      case "distinct" -> {
        Set<Exact> seen = new HashSet<>(a);
        yield Exact.of(seen.size() == a.size());
      }
      default -> throw new IllegalStateException(c.function());
    };
  }

  private static BigInteger[] exactRoot(BigInteger n) {
    if (n.signum() < 0) {
      return null;
    }
    BigInteger r = n.sqrt();
    return r.multiply(r).equals(n) ? new BigInteger[] {r} : null;
  }

  private static Exact one(Call c, List<Exact> a) {
    if (a.size() != 1) {
      throw new ArithmeticException(c.function() + " takes one argument");
    }
    return a.get(0);
  }

  private static Exact integerFold(
      Call c, List<Exact> a, java.util.function.BinaryOperator<BigInteger> f) {
    BigInteger acc = a.get(0).integer(c.function());
    for (int i = 1; i < a.size(); i++) {
      acc = f.apply(acc, a.get(i).integer(c.function()));
    }
    return new Exact(acc.abs(), BigInteger.ONE);
  }

  /** Recursive descent; every level counts depth so nesting is bounded. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(message + " at position " + pos + " in '" + s + "'");
    }

    void skipSpace() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    boolean eat(String token) {
      skipSpace();
      if (s.startsWith(token, pos)) {
        // "<" must not swallow the first character of "<=", nor "!" of "!=".
        pos += token.length();
        return true;
      }
      return false;
    }

    void guard(int depth) {
      if (depth > MAX_DEPTH) {
        throw error("formula nested deeper than " + MAX_DEPTH);
      }
    }

    Node or(int depth) {
      guard(depth);
      Node n = and(depth + 1);
      while (eat("||")) {
        n = new Binary("||", n, and(depth + 1));
      }
      return n;
    }

    Node and(int depth) {
      Node n = comparison(depth + 1);
      while (eat("&&")) {
        n = new Binary("&&", n, comparison(depth + 1));
      }
      return n;
    }

    Node comparison(int depth) {
      Node n = sum(depth + 1);
      for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
        if (eat(op)) {
          return new Binary(op, n, sum(depth + 1));
        }
      }
      return n;
    }

    Node sum(int depth) {
      Node n = term(depth + 1);
      while (true) {
        if (eat("+")) {
          n = new Binary("+", n, term(depth + 1));
        } else if (eat("-")) {
          n = new Binary("-", n, term(depth + 1));
        } else {
          return n;
        }
      }
    }

    Node term(int depth) {
      Node n = unary(depth + 1);
      while (true) {
        skipSpace();
        if (pos < s.length() && "*/%".indexOf(s.charAt(pos)) >= 0) {
          String op = String.valueOf(s.charAt(pos++));
          n = new Binary(op, n, unary(depth + 1));
        } else {
          return n;
        }
      }
    }

    Node unary(int depth) {
      guard(depth);
      if (eat("-")) {
        return new Unary('-', unary(depth + 1));
      }
      skipSpace();
      if (s.startsWith("!", pos) && !s.startsWith("!=", pos)) {
        pos++;
        return new Unary('!', unary(depth + 1));
      }
      Node base = atom(depth + 1);
      if (eat("^")) {
        return new Binary("^", base, unary(depth + 1));
      }
      return base;
    }

    Node atom(int depth) {
      guard(depth);
      skipSpace();
      if (pos >= s.length()) {
        throw error("formula ends too early");
      }
      char c = s.charAt(pos);
      if (c == '(') {
        pos++;
        Node n = or(depth + 1);
        if (!eat(")")) {
          throw error("missing ')'");
        }
        return n;
      }
      if (Character.isDigit(c)) {
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
          pos++;
        }
        if (pos - start > 18) {
          throw error("number literal too long");
        }
        try {
          return new Num(Exact.parseLiteral(s.substring(start, pos)));
        } catch (NumberFormatException e) {
          throw error("bad number '" + s.substring(start, pos) + "'");
        }
      }
      if (Character.isLetter(c)) {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
          pos++;
        }
        String name = s.substring(start, pos);
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '(') {
          if (!FUNCTIONS.contains(name)) {
            throw error("unknown function '" + name + "' (known: " + FUNCTIONS + ")");
          }
          pos++;
          List<Node> args = new ArrayList<>();
          if (!eat(")")) {
            do {
              args.add(or(depth + 1));
            } while (eat(","));
            if (!eat(")")) {
              throw error("missing ')' after arguments of " + name);
            }
          }
          if (args.isEmpty()) {
            throw error(name + " needs arguments");
          }
          return new Call(name, List.copyOf(args));
        }
        return new Name(name);
      }
      throw error("unexpected '" + c + "'");
    }
  }
}
