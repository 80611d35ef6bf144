package org.stepwise.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.Kind;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.check.Requirement.Form;

/**
 * A seeded, mixed corpus of check requests shaped like real practice traffic: expanded vs factored products,
 * linear and quadratic equations, inequalities, solution sets, fraction arithmetic, systems; about half right,
 * half near misses. Used by {@code stepwise bench check} and by the concurrency test.
 */
public final class CheckCorpus {

  private CheckCorpus() {}

  public static List<CheckRequest> generate(int count, long seed) {
    Random r = new Random(seed);
    List<CheckRequest> out = new ArrayList<>(count);
    while (out.size() < count) {
      boolean right = r.nextBoolean();
      out.add(switch (r.nextInt(8)) {
        case 0 -> product(r, right);
        case 1 -> linearEquation(r, right);
        case 2 -> quadratic(r, right);
        case 3 -> inequality(r, right);
        case 4 -> solutionSet(r, right);
        case 5 -> fractions(r, right);
        case 6 -> system(r, right);
        default -> simplify(r, right);
      });
    }
    return out;
  }

  private static int nz(Random r, int bound) {
    int v = 0;
    while (v == 0) v = r.nextInt(2 * bound + 1) - bound;
    return v;
  }

  private static String signed(int v) {
    return v < 0 ? " - " + (-v) : " + " + v;
  }

  private static CheckRequest product(Random r, boolean right) {
    int a = nz(r, 5), b = nz(r, 9), c = nz(r, 5), d = nz(r, 9);
    String factored = "(" + a + "x" + signed(b) + ")(" + c + "x" + signed(d) + ")";
    int x2 = a * c, x1 = a * d + b * c, x0 = b * d + (right ? 0 : nz(r, 3));
    String expanded = x2 + "x^2" + signed(x1) + "x" + signed(x0);
    boolean forward = r.nextBoolean();
    Requirement req = r.nextInt(3) == 0 ? Requirement.of(forward ? Form.EXPANDED : Form.FACTORED) : null;
    return new CheckRequest(Kind.EXPRESSION, forward ? factored : expanded, forward ? expanded : factored, req, null);
  }

  private static CheckRequest linearEquation(Random r, boolean right) {
    int a = nz(r, 9), x = r.nextInt(21) - 10, b = r.nextInt(21) - 10, k = nz(r, 4);
    int c = a * x + b;
    String eq = a + "x" + signed(b) + " = " + c;
    String answer = switch (r.nextInt(3)) {
      case 0 -> "x = " + (right ? x : x + nz(r, 2));
      case 1 -> (k * a) + "x" + signed(k * b) + " = " + (k * c + (right ? 0 : 1));
      default -> (right ? x : -x - 1) + " = x";
    };
    return CheckRequest.of(Kind.EQUATION, eq, answer);
  }

  private static CheckRequest quadratic(Random r, boolean right) {
    int p = r.nextInt(19) - 9, q = r.nextInt(19) - 9;
    String eq = "x^2" + signed(-(p + q)) + "x" + signed(p * q) + " = 0";
    String answer = right ? "x = " + p + " or x = " + q : "x = " + p + " or x = " + (q + 1);
    if (p == q + 1 && !right) answer = "x = " + (p + 2);
    return CheckRequest.of(Kind.EQUATION, eq, answer);
  }

  private static CheckRequest inequality(Random r, boolean right) {
    int a = nz(r, 6), b = r.nextInt(21) - 10, bound = r.nextInt(21) - 10;
    String op = r.nextBoolean() ? "<" : ">=";
    String expected = a + "x" + signed(b) + " " + op + " " + (a * bound + b);
    boolean flip = a < 0;
    String ans = switch (op) {
      case "<" -> flip ? ">" : "<";
      default -> flip ? "<=" : ">=";
    };
    if (!right) ans = ans.startsWith("<") ? ans.replace('<', '>') : ans.replace('>', '<');
    return CheckRequest.of(Kind.INEQUALITY, expected, "x " + ans + " " + bound);
  }

  private static CheckRequest solutionSet(Random r, boolean right) {
    int p = r.nextInt(21) - 10, q = r.nextInt(21) - 10;
    return CheckRequest.of(Kind.SOLUTION_SET, "{" + p + ", " + q + "}",
        right ? "{" + q + ", " + p + "}" : "{" + q + ", " + (p + nz(r, 2)) + "}");
  }

  private static CheckRequest fractions(Random r, boolean right) {
    int a = 1 + r.nextInt(9), b = 2 + r.nextInt(9), c = 1 + r.nextInt(9), d = 2 + r.nextInt(9);
    int num = a * d + c * b, den = b * d;
    int g = java.math.BigInteger.valueOf(num).gcd(java.math.BigInteger.valueOf(den)).intValue();
    num /= g;
    den /= g;
    String expected = a + "/" + b + " + " + c + "/" + d;
    return switch (r.nextInt(3)) {
      case 0 -> new CheckRequest(Kind.NUMERIC, expected, (right ? num : num + 1) + "/" + den,
          Requirement.of(Form.LOWEST_TERMS), null);
      case 1 -> {
        String mixed = num >= den && num % den != 0 ? (num / den) + " " + (num % den) + "/" + den : num + "/" + den;
        yield new CheckRequest(Kind.NUMERIC, expected, right ? mixed : num + "/" + (den + 1),
            Requirement.of(Form.MIXED_NUMBER), null);
      }
      default -> new CheckRequest(Kind.NUMERIC, expected,
          new BigDecimal(num).divide(new BigDecimal(den), 3, java.math.RoundingMode.HALF_UP).add(
              right ? BigDecimal.ZERO : BigDecimal.ONE).toPlainString(),
          null, new BigDecimal("0.001"));
    };
  }

  private static CheckRequest system(Random r, boolean right) {
    int x = r.nextInt(21) - 10, y = r.nextInt(21) - 10, a = nz(r, 4), b = nz(r, 4);
    String expected = "x + y = " + (x + y) + ", " + a + "x" + signed(b) + "y = " + (a * x + b * y);
    if (a == b) expected = "x + y = " + (x + y) + ", x - y = " + (x - y);
    String answer = r.nextBoolean() ? "(" + x + ", " + (right ? y : y + 1) + ")"
        : "x = " + x + ", y = " + (right ? y : y - 1);
    return CheckRequest.of(Kind.EQUATION, expected, answer);
  }

  private static CheckRequest simplify(Random r, boolean right) {
    int a = nz(r, 9), b = nz(r, 9), c = r.nextInt(19) - 9, d = r.nextInt(19) - 9;
    String expected = a + "x" + signed(c) + signed(b) + "x" + signed(d) + " - " + "2(x - 1)";
    int coef = a + b - 2, cons = c + d + 2 + (right ? 0 : 1);
    return new CheckRequest(Kind.EXPRESSION, expected, coef + "x" + signed(cons), Requirement.of(Form.SIMPLIFIED), null);
  }
}
