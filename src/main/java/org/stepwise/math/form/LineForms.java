package org.stepwise.math.form;

import java.util.List;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.RatFun;

/** Forms of lines and parabolas: slope-intercept, standard (Ax + By = C; ax^2 + bx + c), vertex form. */
final class LineForms {

  private LineForms() {}

  /** {@code y = mx + b}: y alone on one side, at most one x term and one number on the other. */
  static String slopeIntercept(Statement s) {
    Expr rhs = sideOpposite(s, "y");
    if (rhs == null) return "write it as y = mx + b, with y alone on one side.";
    int xTerms = 0;
    int constants = 0;
    for (Shapes.SignedTerm t : Shapes.terms(rhs)) {
      RatFun v = ExprValue.of(t.term());
      if (v.isRational()) {
        constants++;
      } else if (v.isPolynomial() && v.num().size() == 1 && v.num().totalDegree() == 1
          && v.num().variables().equals(java.util.Set.of("x"))) {
        xTerms++;
        if (Shapes.isSum(t.term())) return "write it as y = mx + b without brackets.";
      } else {
        return "write it as y = mx + b: the right side should be a number times x plus a number.";
      }
    }
    if (xTerms > 1 || constants > 1) return "combine the terms so there is one x term and one number.";
    String simplified = SimplifiedRules.problem(rhs);
    return simplified == null ? null : "in y = mx + b form, " + simplified;
  }

  /** Standard form: {@code Ax + By = C} with whole numbers for a line, or descending powers {@code = 0} / expression. */
  static String standard(Statement s) {
    if (s instanceof Statement.Bare b) return descending(b.expr());
    if (!(s instanceof Statement.Relation r) || r.operands().size() != 2 || !r.isEquation()) {
      return "write it as one equation in standard form.";
    }
    Expr left = r.operands().get(0);
    Expr right = r.operands().get(1);
    RatFun rv = ExprValue.of(right);
    var vars = Shapes.variables(left);
    if (vars.size() == 2) {
      if (!rv.isRational() || !rv.rationalValue().isInteger() || !Shapes.variables(right).isEmpty()) {
        return "in standard form the number C stands alone on the right: Ax + By = C.";
      }
      for (Shapes.SignedTerm t : Shapes.terms(left)) {
        RatFun v = ExprValue.of(t.term());
        if (!v.isPolynomial() || v.num().size() != 1 || v.num().totalDegree() != 1) {
          return "in standard form the left side is Ax + By, with one x term and one y term.";
        }
        if (!v.num().leadingCoefficient().isInteger()) {
          return "in standard form A, B and C are whole numbers (no fractions or decimals).";
        }
      }
      return Shapes.terms(left).size() == 2 ? null : "combine terms so there is one x term and one y term.";
    }
    if (!rv.isZero()) return "in standard form one side is 0: ax^2 + bx + c = 0.";
    return descending(left);
  }

  /** Expanded and written with the powers going down. */
  private static String descending(Expr e) {
    String p = ExpandedRules.problem(e);
    if (p != null) return p;
    int last = Integer.MAX_VALUE;
    for (Shapes.SignedTerm t : Shapes.terms(e)) {
      RatFun v = ExprValue.of(t.term());
      int d = v.isPolynomial() ? v.num().totalDegree() : 0;
      if (d > last) return "in standard form the terms go from the highest power down (ax^2 + bx + c).";
      last = d;
    }
    return null;
  }

  /** Vertex form {@code a(x - h)^2 + k}, optionally as {@code y = ...}. */
  static String vertex(Statement s) {
    Expr e = s instanceof Statement.Bare b ? b.expr() : sideOpposite(s, "y");
    if (e == null) return "write it in vertex form, a(x - h)^2 + k.";
    int squares = 0;
    int constants = 0;
    for (Shapes.SignedTerm t : Shapes.terms(e)) {
      if (ExprValue.of(t.term()).isRational()) {
        constants++;
        continue;
      }
      boolean ok = false;
      List<Expr> factors = Shapes.factors(t.term());
      for (Expr f : factors) {
        if (f instanceof Expr.Pow p && p.exponent() instanceof Expr.Num n && n.value().equals(
            org.stepwise.math.exact.Rational.TWO)) {
          RatFun base = ExprValue.of(p.base());
          ok = base.isPolynomial() && base.num().totalDegree() == 1 && base.num().size() <= 2
              && base.num().leadingCoefficient().isOne();
        } else if (!Shapes.isNumberLiteral(f)) {
          ok = false;
          break;
        }
      }
      if (!ok) return "write it in vertex form, a(x - h)^2 + k.";
      squares++;
    }
    if (squares != 1 || constants > 1) return "write it in vertex form, a(x - h)^2 + k, with one squared bracket.";
    return null;
  }

  /** The side of {@code v = ...} (either way round) that is not the bare variable v. */
  private static Expr sideOpposite(Statement s, String v) {
    if (!(s instanceof Statement.Relation r) || r.operands().size() != 2 || !r.isEquation()) return null;
    Expr a = r.operands().get(0);
    Expr b = r.operands().get(1);
    if (a instanceof Expr.Var x && x.name().equals(v)) return b;
    if (b instanceof Expr.Var x && x.name().equals(v)) return a;
    return null;
  }
}
