package org.stepwise.work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;

/**
 * How much of a faulty candidate line the student wrote literally: the number of terms the two lines share, side by
 * side. When two faulty steps both produce the student's line (a single number as the solution makes coincidences
 * possible), the one whose line looks like what the student wrote is the better story: {@code x+8=5} from
 * {@code 4x+8=20} divided only {@code 4x}, it did not move {@code 4x}.
 */
final class Likeness {
  private Likeness() {}

  static int score(Statement candidate, Statement student) {
    List<Expr> a = Shapes.expressions(candidate);
    List<Expr> b = Shapes.expressions(student);
    int aligned = 0;
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      aligned += shared(a.get(i), b.get(i));
    }
    if (a.size() == 2 && b.size() == 2) { // "6 = 2x" says the same as "2x = 6"
      aligned = Math.max(aligned, shared(a.get(0), b.get(1)) + shared(a.get(1), b.get(0)));
    }
    return aligned;
  }

  /** The score of a line compared with itself: no candidate can do better. */
  static int perfect(Statement student) {
    int n = 0;
    for (Expr e : Shapes.expressions(student)) {
      n += Terms.of(e).size();
    }
    return n;
  }

  private static int shared(Expr x, Expr y) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : texts(x)) {
      counts.merge(t, 1, Integer::sum);
    }
    int n = 0;
    for (String t : texts(y)) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        counts.put(t, c - 1);
        n++;
      }
    }
    return n;
  }

  private static List<String> texts(Expr e) {
    List<String> out = new ArrayList<>();
    for (Expr t : Terms.of(e)) {
      out.add(PartText.of(t));
    }
    return out;
  }
}
