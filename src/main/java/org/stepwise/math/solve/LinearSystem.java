package org.stepwise.math.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.exact.Atom;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.Monomial;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.internal.Budget;

/**
 * A system of linear equations with rational coefficients in reduced row echelon form. Two systems over the same
 * variables have the same solution set iff their reduced forms are equal (or both are inconsistent).
 */
public record LinearSystem(List<String> variables, List<List<Rational>> rref, boolean inconsistent) {

  /** Reads a conjunction of linear equations (or a single one); null if some part is not a linear equation. */
  public static LinearSystem from(Statement s, TreeSet<String> variables) {
    List<Poly> rows = new ArrayList<>();
    if (!collect(s, variables, rows)) return null;
    return reduce(new ArrayList<>(variables), rows);
  }

  private static boolean collect(Statement s, TreeSet<String> vars, List<Poly> rows) {
    switch (s) {
      case Statement.And a -> {
        for (Statement p : a.parts()) if (!collect(p, vars, rows)) return false;
        return true;
      }
      case Statement.Relation r -> {
        if (!r.isEquation()) return false;
        for (int i = 0; i + 1 < r.operands().size(); i++) {
          RatFun f = ExprValue.of(r.operands().get(i)).subtract(ExprValue.of(r.operands().get(i + 1)));
          if (!f.isPolynomial() || !isLinear(f.num())) return false;
          rows.add(f.num());
        }
        return true;
      }
      case Statement.Tuple t -> {
        // (a, b) assigns the variables in alphabetical order
        if (t.items().size() != vars.size()) return false;
        List<String> names = new ArrayList<>(vars);
        for (int i = 0; i < names.size(); i++) {
          RatFun v = ExprValue.of(t.items().get(i));
          if (!v.isRational()) return false;
          rows.add(Poly.variable(names.get(i)).subtract(Poly.constant(v.rationalValue())));
        }
        return true;
      }
      case Statement.SetOf set -> {
        if (set.elements().size() != 1) return false;
        return collect(set.elements().get(0), vars, rows);
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean isLinear(Poly p) {
    for (var t : p.terms().entrySet()) {
      Monomial m = t.getKey();
      if (m.size() > 1 || (m.size() == 1 && (!(m.atom(0) instanceof Atom.Variable) || m.exponent(0) != 1))) return false;
    }
    return true;
  }

  private static LinearSystem reduce(List<String> vars, List<Poly> polys) {
    int n = vars.size();
    List<Rational[]> m = new ArrayList<>();
    for (Poly p : polys) {
      Rational[] row = new Rational[n + 1];
      java.util.Arrays.fill(row, Rational.ZERO);
      for (var t : p.terms().entrySet()) {
        Monomial mono = t.getKey();
        if (mono.isOne()) {
          row[n] = t.getValue().negate();
        } else {
          int idx = vars.indexOf(((Atom.Variable) mono.atom(0)).name());
          if (idx < 0) throw new MathException(Code.UNSUPPORTED, "Unexpected variable in a linear system.");
          row[idx] = t.getValue();
        }
      }
      m.add(row);
    }
    int r = 0;
    for (int col = 0; col < n && r < m.size(); col++) {
      int pivot = -1;
      for (int i = r; i < m.size(); i++) if (!m.get(i)[col].isZero()) { pivot = i; break; }
      if (pivot < 0) continue;
      java.util.Collections.swap(m, r, pivot);
      Rational[] pr = m.get(r);
      Rational inv = pr[col].reciprocal();
      for (int j = 0; j <= n; j++) pr[j] = pr[j].multiply(inv);
      for (int i = 0; i < m.size(); i++) {
        if (i == r || m.get(i)[col].isZero()) continue;
        Budget.tick();
        Rational f = m.get(i)[col];
        Rational[] row = m.get(i);
        for (int j = 0; j <= n; j++) row[j] = row[j].subtract(f.multiply(pr[j]));
      }
      r++;
    }
    List<List<Rational>> out = new ArrayList<>();
    boolean inconsistent = false;
    for (Rational[] row : m) {
      boolean zero = true;
      for (int j = 0; j < n; j++) zero &= row[j].isZero();
      if (zero) {
        if (!row[n].isZero()) inconsistent = true;
        continue;
      }
      out.add(List.of(row));
    }
    return new LinearSystem(vars, inconsistent ? List.of() : out, inconsistent);
  }

  /** The unique solution as variable → value, or null when there is none or infinitely many. */
  public Map<String, Rational> uniqueSolution() {
    if (inconsistent || rref.size() != variables.size()) return null;
    Map<String, Rational> out = new TreeMap<>();
    for (int i = 0; i < variables.size(); i++) out.put(variables.get(i), rref.get(i).get(variables.size()));
    return out;
  }

  public boolean sameSolutions(LinearSystem o) {
    return variables.equals(o.variables) && inconsistent == o.inconsistent && rref.equals(o.rref);
  }
}
