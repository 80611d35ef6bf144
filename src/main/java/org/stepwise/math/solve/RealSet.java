package org.stepwise.math.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A subset of the real line as a canonical list of disjoint, sorted, maximally merged intervals. Two sets are equal
 * iff their lists are equal, so comparing a student's solution set with the expected one is exact.
 */
public final class RealSet {

  public static final RealSet EMPTY = new RealSet(List.of());
  public static final RealSet ALL = new RealSet(List.of(new Interval(null, false, null, false)));

  private final List<Interval> intervals;

  private RealSet(List<Interval> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  public List<Interval> intervals() {
    return intervals;
  }

  public static RealSet points(List<Real> values) {
    List<Real> sorted = Pieces.sortedDistinct(values);
    boolean[] in = new boolean[sorted.size()];
    java.util.Arrays.fill(in, true);
    return fromPieces(sorted, in, new boolean[sorted.size() + 1]);
  }

  public boolean isEmpty() {
    return intervals.isEmpty();
  }

  public boolean isAll() {
    return equals(ALL);
  }

  /** Finite sets only: the points, else null. */
  public List<Real> pointsOrNull() {
    List<Real> out = new ArrayList<>();
    for (Interval i : intervals) {
      if (!i.isPoint()) return null;
      out.add(i.lo());
    }
    return out;
  }

  public RealSet union(RealSet o) {
    return combine(o, (a, b) -> a || b);
  }

  public RealSet intersect(RealSet o) {
    return combine(o, (a, b) -> a && b);
  }

  public RealSet minus(RealSet o) {
    return combine(o, (a, b) -> a && !b);
  }

  private RealSet combine(RealSet o, BiPredicate<Boolean, Boolean> op) {
    List<Real> ends = new ArrayList<>();
    for (RealSet s : List.of(this, o)) {
      for (Interval i : s.intervals) {
        if (i.lo() != null) ends.add(i.lo());
        if (i.hi() != null) ends.add(i.hi());
      }
    }
    List<Real> pts = Pieces.sortedDistinct(ends);
    boolean[] pointIn = new boolean[pts.size()];
    boolean[] gapIn = new boolean[pts.size() + 1];
    for (int k = 0; k < pts.size(); k++) pointIn[k] = op.test(containsPoint(pts.get(k)), o.containsPoint(pts.get(k)));
    for (int k = 0; k <= pts.size(); k++) {
      Real a = k == 0 ? null : pts.get(k - 1);
      Real b = k == pts.size() ? null : pts.get(k);
      gapIn[k] = op.test(containsGap(a, b), o.containsGap(a, b));
    }
    return fromPieces(pts, pointIn, gapIn);
  }

  public boolean containsPoint(Real x) {
    for (Interval i : intervals) {
      int lo = i.lo() == null ? 1 : x.compareTo(i.lo());
      int hi = i.hi() == null ? -1 : x.compareTo(i.hi());
      if ((lo > 0 || lo == 0 && i.loClosed()) && (hi < 0 || hi == 0 && i.hiClosed())) return true;
    }
    return false;
  }

  /** Whether the open gap (a, b) lies in the set; a or b null means infinite. Endpoints of the set never fall inside. */
  boolean containsGap(Real a, Real b) {
    for (Interval i : intervals) {
      boolean loOk = i.lo() == null || (a != null && i.lo().compareTo(a) <= 0);
      boolean hiOk = i.hi() == null || (b != null && b.compareTo(i.hi()) <= 0);
      if (loOk && hiOk && !i.isPoint()) return true;
    }
    return false;
  }

  /**
   * Builds a canonical set from sorted distinct points p0 < p1 < ... and which pieces are in:
   * gapIn[k] is the open gap before point k (gapIn[n] the one after the last point).
   */
  static RealSet fromPieces(List<Real> pts, boolean[] pointIn, boolean[] gapIn) {
    List<Interval> out = new ArrayList<>();
    Real lo = null;
    boolean loClosed = false;
    boolean open = gapIn[0]; // currently inside an interval
    for (int k = 0; k < pts.size(); k++) {
      Real p = pts.get(k);
      boolean after = gapIn[k + 1];
      if (open) {
        if (!pointIn[k]) {
          out.add(new Interval(lo, loClosed, p, false));
          open = false;
          if (after) {
            lo = p;
            loClosed = false;
            open = true;
          }
        } else if (!after) {
          out.add(new Interval(lo, loClosed, p, true));
          open = false;
        }
      } else {
        if (pointIn[k] && !after) {
          out.add(new Interval(p, true, p, true));
        } else if (after) {
          lo = p;
          loClosed = pointIn[k];
          open = true;
        }
      }
    }
    if (open) out.add(new Interval(lo, loClosed, null, false));
    return new RealSet(out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RealSet s) || s.intervals.size() != intervals.size()) return false;
    for (int k = 0; k < intervals.size(); k++) {
      Interval a = intervals.get(k);
      Interval b = s.intervals.get(k);
      if (a.loClosed() != b.loClosed() || a.hiClosed() != b.hiClosed()) return false;
      if (!sameEnd(a.lo(), b.lo()) || !sameEnd(a.hi(), b.hi())) return false;
    }
    return true;
  }

  private static boolean sameEnd(Real a, Real b) {
    return a == null ? b == null : b != null && a.exactlyEquals(b);
  }

  @Override
  public int hashCode() {
    return intervals.size();
  }

  @Override
  public String toString() {
    if (intervals.isEmpty()) return "{}";
    StringBuilder sb = new StringBuilder();
    for (Interval i : intervals) {
      if (!sb.isEmpty()) sb.append(" U ");
      sb.append(i);
    }
    return sb.toString();
  }
}
