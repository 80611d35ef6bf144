package org.stepwise.math.solve;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.math.exact.Atom;
import org.stepwise.math.exact.Numeric;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.internal.Budget;

/**
 * The exact solution set of {@code f(x) op 0} for a rational function f of one variable: critical points are the
 * real roots of numerator and denominator; the sign of f is constant between them and is read at a rational sample
 * point. Points where f is undefined are never solutions. Absolute values are removed by splitting into cases.
 */
public final class UnivariateSolver {

  private static final int MAX_ABS_SPLITS = 6;

  private UnivariateSolver() {}

  public static RealSet solve(RatFun f, RelOp op, String x) {
    return solve(f, op, x, 0);
  }

  private static RealSet solve(RatFun f, RelOp op, String x, int splits) {
    Budget.tick();
    List<Atom> compound = f.num().compoundAtomsDependingOn(x);
    compound.addAll(f.den().compoundAtomsDependingOn(x));
    for (Atom a : compound) {
      if (a instanceof Atom.Abs abs) {
        if (splits >= MAX_ABS_SPLITS) throw Budget.tooLarge("too many absolute values");
        Poly e = abs.argument();
        RealSet nonNegative = solve(RatFun.of(e), RelOp.GE, x, splits + 1);
        RealSet negative = RealSet.ALL.minus(nonNegative);
        RealSet s1 = solve(f.substitute(a, e), op, x, splits + 1).intersect(nonNegative);
        RealSet s2 = solve(f.substitute(a, e.negate()), op, x, splits + 1).intersect(negative);
        return s1.union(s2);
      }
      if (a instanceof Atom.Radical r && op == RelOp.EQ) return radicalEquation(f, r, x, splits);
      throw new MathException(Code.UNSUPPORTED,
          "I can only solve equations (not inequalities) with a square root of the variable.");
    }
    for (String v : f.variables()) {
      if (!v.equals(x)) {
        throw new MathException(Code.UNSUPPORTED, "This has more than one variable (" + x + " and " + v + ").");
      }
    }
    Poly n = f.num();
    Poly d = f.den();
    List<Real> numRoots = n.isZero() ? List.of() : RootFinder.realRoots(n, x);
    List<Real> denRoots = d.isConstant() ? List.of() : RootFinder.realRoots(d, x);
    List<Real> all = new ArrayList<>(numRoots);
    all.addAll(denRoots);
    List<Real> pts = Pieces.sortedDistinct(all);
    boolean[] pointIn = new boolean[pts.size()];
    boolean[] gapIn = new boolean[pts.size() + 1];
    for (int k = 0; k < pts.size(); k++) {
      Real p = pts.get(k);
      if (isRootOf(d, x, p)) continue; // undefined there
      int sign = n.isZero() || isRootOf(n, x, p) ? 0 : signAt(f, x, p.value());
      pointIn[k] = holds(sign, op);
    }
    for (int k = 0; k <= pts.size(); k++) {
      Rational s = Pieces.sample(k == 0 ? null : pts.get(k - 1), k == pts.size() ? null : pts.get(k));
      gapIn[k] = holds(n.isZero() ? 0 : signAt(f, x, RatFun.of(s)), op);
    }
    return RealSet.fromPieces(pts, pointIn, gapIn);
  }

  /**
   * {@code A + B sqrt(E) = 0}: squaring gives {@code A^2 = B^2 E}, whose solutions are candidates; a candidate is a
   * solution only if E is not negative there and the original equation holds exactly (squaring adds false roots).
   */
  private static RealSet radicalEquation(RatFun f, Atom.Radical r, String x, int splits) {
    if (f.den().dependsOn(x) && f.den().compoundAtomsDependingOn(x).contains(r)) {
      throw new MathException(Code.UNSUPPORTED, "I can't solve this equation with a square root in a denominator.");
    }
    Poly a = Poly.ZERO;
    Poly b = Poly.ZERO;
    for (var t : f.num().terms().entrySet()) {
      int e = t.getKey().exponentOf(r);
      Poly rest = Poly.term(t.getValue(), t.getKey().without(r));
      if (e == 0) a = a.add(rest);
      else if (e == 1) b = b.add(rest);
      else throw new MathException(Code.UNSUPPORTED, "I can't solve this equation with square roots exactly.");
    }
    Poly squared = a.multiply(a).subtract(b.multiply(b).multiply(r.argument()));
    if (squared.isZero()) {
      throw new MathException(Code.UNSUPPORTED, "I can't solve this equation with square roots exactly.");
    }
    RealSet candidates = solve(RatFun.of(squared), RelOp.EQ, x, splits + 1);
    List<Real> pts = candidates.pointsOrNull();
    if (pts == null) throw new MathException(Code.UNSUPPORTED, "I can't solve this equation with square roots exactly.");
    List<Real> solutions = new ArrayList<>();
    for (Real c : pts) {
      RatFun inside = Substitution.at(r.argument(), x, c.value());
      if (sign(inside) < 0) continue;
      RatFun root = org.stepwise.math.exact.Radicals.sqrt(inside);
      RatFun value = Substitution.at(a, x, c.value()).add(Substitution.at(b, x, c.value()).multiply(root));
      RatFun den = Substitution.at(f.den(), x, c.value());
      if (value.isZero() && !den.isZero()) solutions.add(c);
    }
    return RealSet.points(solutions);
  }

  private static boolean holds(int sign, RelOp op) {
    return switch (op) {
      case EQ -> sign == 0;
      case NE -> sign != 0;
      case LT -> sign < 0;
      case LE -> sign <= 0;
      case GT -> sign > 0;
      case GE -> sign >= 0;
    };
  }

  private static boolean isRootOf(Poly p, String x, Real r) {
    return !p.isZero() && Substitution.at(p, x, r.value()).isZero();
  }

  private static int signAt(RatFun f, String x, RatFun value) {
    RatFun n = Substitution.at(f.num(), x, value);
    RatFun d = Substitution.at(f.den(), x, value);
    return sign(n) * sign(d);
  }

  static int sign(RatFun constant) {
    if (constant.isZero()) return 0;
    if (constant.isRational()) return constant.rationalValue().signum();
    return Numeric.value(constant).signum();
  }
}
