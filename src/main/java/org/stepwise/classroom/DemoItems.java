package org.stepwise.classroom;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Plausible practice items for the demo school's simulated histories, one small generator per skill id (ids and
 * titles as in the content package's skills graph). Used only to give seeded attempts a realistic statement, right
 * answer and typical wrong answer; real items come from the content package's templates.
 */
final class DemoItems {
  /** A generated item with its right answer and the answer a common misconception produces. */
  record Item(String statement, String correct, String typicalWrong) {}

  record Skill(String id, String title, Function<Random, Item> generator) {}

  static final List<Skill> SKILLS = List.of(
      new Skill("int-add-sub", "Add and subtract integers", r -> {
        int a = r.nextInt(19) - 9, b = r.nextInt(9) + 1;
        return new Item("Calculate " + a + " - " + b, str(a - b), str(a + b));
      }),
      new Skill("int-mul-div", "Multiply and divide integers", r -> {
        int a = -(r.nextInt(8) + 2), b = r.nextInt(8) + 2;
        return new Item("Calculate " + a + " * " + b, str(a * b), str(-a * b));
      }),
      new Skill("frac-add-sub", "Add and subtract fractions", r -> {
        int b = r.nextInt(4) + 2, d = b + r.nextInt(3) + 1;
        return new Item("Calculate 1/" + b + " + 1/" + d, frac(b + d, b * d), "2/" + (b + d));
      }),
      new Skill("frac-mul", "Multiply fractions", r -> {
        int a = r.nextInt(4) + 1, b = a + r.nextInt(4) + 1, c = r.nextInt(4) + 1, d = c + r.nextInt(4) + 1;
        return new Item("Calculate " + a + "/" + b + " * " + c + "/" + d, frac(a * c, b * d),
            frac(a * d + b * c, b * d));
      }),
      new Skill("order-of-ops", "Order of operations", r -> {
        int a = r.nextInt(9) + 1, b = r.nextInt(9) + 1, c = r.nextInt(9) + 1;
        return new Item("Calculate " + a + " + " + b + " * " + c, str(a + b * c), str((a + b) * c));
      }),
      new Skill("eval-expr", "Evaluate expressions", r -> {
        int x = r.nextInt(5) + 2, k = r.nextInt(5) + 2;
        return new Item("Evaluate " + k + "x^2 when x=" + x, str(k * x * x), str(k * k * x * x));
      }),
      new Skill("like-terms", "Combine like terms", r -> {
        int a = r.nextInt(7) + 2, b = r.nextInt(7) + 2, c = r.nextInt(9) + 1;
        return new Item("Simplify " + a + "x + " + c + " + " + b + "x", (a + b) + "x + " + c, (a + b + c) + "x");
      }),
      new Skill("distributive", "Distributive property", r -> {
        int a = r.nextInt(7) + 2, c = r.nextInt(9) + 1;
        return new Item("Expand " + a + "(x + " + c + ")", a + "x + " + (a * c), a + "x + " + c);
      }),
      new Skill("one-step-add", "One-step equations (add and subtract)", r -> {
        int a = r.nextInt(12) + 1, b = r.nextInt(20) + a + 1;
        return new Item("Solve x + " + a + " = " + b + " for x", "x=" + (b - a), "x=" + (b + a));
      }),
      new Skill("two-step", "Two-step equations", r -> {
        int a = r.nextInt(5) + 2, x = r.nextInt(9) + 1, b = r.nextInt(9) + 1;
        return new Item("Solve " + a + "x + " + b + " = " + (a * x + b) + " for x", "x=" + x,
            "x=" + frac(a * x + 2 * b, a));
      }),
      new Skill("slope-points", "Slope from two points", r -> {
        int x1 = r.nextInt(5), y1 = r.nextInt(5), dx = r.nextInt(4) + 1, dy = r.nextInt(9) - 4;
        return new Item("Find the slope of the line through (" + x1 + ", " + y1 + ") and (" + (x1 + dx) + ", "
            + (y1 + dy) + ")", frac(dy, dx), frac(dx, dy == 0 ? 1 : dy));
      }),
      new Skill("factor-trinomial", "Factor x^2 + bx + c", r -> {
        int p = r.nextInt(6) + 1, q = r.nextInt(6) + 1;
        return new Item("Factor x^2 + " + (p + q) + "x + " + (p * q), "(x + " + p + ")(x + " + q + ")",
            "(x + " + (p + q) + ")(x + " + (p * q) + ")");
      }));

  private DemoItems() {}

  private static String str(int n) {
    return Integer.toString(n);
  }

  private static String frac(int n, int d) {
    if (d < 0) {
      n = -n;
      d = -d;
    }
    int g = java.math.BigInteger.valueOf(n).gcd(java.math.BigInteger.valueOf(d)).intValue();
    if (g == 0) {
      return "0";
    }
    n /= g;
    d /= g;
    return d == 1 ? str(n) : n + "/" + d;
  }
}
