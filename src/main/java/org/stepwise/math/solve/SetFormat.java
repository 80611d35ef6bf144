package org.stepwise.math.solve;

import java.util.ArrayList;
import java.util.List;

/** Writes a solution set the way a student would, in text the parser reads back: {@code x = 2 or x = -3}. */
public final class SetFormat {

  private SetFormat() {}

  public static String statement(RealSet s, String x) {
    if (s.isEmpty()) return "no solution";
    if (s.isAll()) return "all real numbers";
    List<String> parts = new ArrayList<>();
    for (Interval i : s.intervals()) {
      if (i.isPoint()) {
        parts.add(x + " = " + i.lo());
      } else if (i.lo() == null && i.hi() == null) {
        parts.add("all real numbers");
      } else if (i.lo() == null) {
        parts.add(x + (i.hiClosed() ? " <= " : " < ") + i.hi());
      } else if (i.hi() == null) {
        parts.add(x + (i.loClosed() ? " >= " : " > ") + i.lo());
      } else {
        parts.add(i.lo() + (i.loClosed() ? " <= " : " < ") + x + (i.hiClosed() ? " <= " : " < ") + i.hi());
      }
    }
    return String.join(" or ", parts);
  }

  /** {@code {2, -3}} for a finite set, else the statement form. */
  public static String set(RealSet s, String x) {
    List<Real> pts = s.pointsOrNull();
    if (pts == null) return statement(s, x);
    List<String> items = new ArrayList<>();
    for (Real r : pts) items.add(r.toString());
    return "{" + String.join(", ", items) + "}";
  }
}
