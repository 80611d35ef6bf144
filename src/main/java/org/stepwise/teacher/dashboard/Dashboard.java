package org.stepwise.teacher.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stepwise.teacher.text.MisconceptionGuide;

/**
 * The live dashboard's questions as pure functions over attempt records, so the web layer can feed them from any
 * store and tests can feed them plain lists. Nothing here reads a clock: {@code now} is a parameter.
 */
public final class Dashboard {

  public static final int RELIANCE_MIN_ATTEMPTS = 5;
  public static final double RELIANCE_SHARE = 0.6;
  /** A gap longer than this between two answers is a break, not time on task. */
  public static final Duration IDLE_CAP = Duration.ofMinutes(5);
  /** Time counted for the first answer of a session, whose start we do not see. */
  public static final Duration FIRST_ANSWER = Duration.ofMinutes(1);

  private Dashboard() {}

  /** When a student needs the teacher: thresholds of {@link #needsHelpNow}. */
  public record HelpRules(Duration window, int wrongInARow) {
    public static final HelpRules DEFAULT = new HelpRules(Duration.ofMinutes(10), 3);

    public HelpRules {
      if (window.isNegative() || window.isZero() || wrongInARow < 2) {
        throw new IllegalArgumentException("help rules: a positive window and at least 2 wrong answers in a row");
      }
    }
  }

  /**
   * Students to go and see now: in the last {@code rules.window()}, the last answers on a skill wrong
   * {@code wrongInARow} times or more, or every hint used on items of a skill not answered right since, or a flagged
   * tutor exchange. Flagged students first, then those with more reasons, then the most recently active.
   */
  public static List<HelpAlert> needsHelpNow(
      List<AttemptRecord> attempts, List<TutorFlag> flags, Instant now, HelpRules rules) {
    Instant since = now.minus(rules.window());
    Map<String, List<HelpAlert.Reason>> reasons = new TreeMap<>();
    Map<String, Instant> last = new HashMap<>();
    Map<String, Map<String, List<AttemptRecord>>> bySkill = new TreeMap<>();
    for (AttemptRecord a : attempts) {
      if (a.at().isBefore(since) || a.at().isAfter(now)) {
        continue;
      }
      bySkill.computeIfAbsent(a.studentId(), k -> new TreeMap<>())
          .computeIfAbsent(a.skillId(), k -> new ArrayList<>()).add(a);
      last.merge(a.studentId(), a.at(), (x, y) -> x.isAfter(y) ? x : y);
    }
    bySkill.forEach((student, skills) -> skills.forEach((skill, list) -> {
      list.sort(Comparator.comparing(AttemptRecord::at));
      int streak = 0;
      for (int i = list.size() - 1; i >= 0 && !list.get(i).correct(); i--) {
        streak++;
      }
      if (streak >= rules.wrongInARow()) {
        reasons.computeIfAbsent(student, k -> new ArrayList<>()).add(new HelpAlert.RepeatedErrors(skill, streak));
      }
      int exhausted = 0;
      for (int i = list.size() - 1; i >= 0 && !list.get(i).correct(); i--) {
        if (list.get(i).hintsExhausted()) {
          exhausted++;
        }
      }
      if (exhausted > 0) {
        reasons.computeIfAbsent(student, k -> new ArrayList<>()).add(new HelpAlert.HintsExhausted(skill, exhausted));
      }
    }));
    for (TutorFlag f : flags) {
      if (!f.at().isBefore(since) && !f.at().isAfter(now)) {
        reasons.computeIfAbsent(f.studentId(), k -> new ArrayList<>()).add(new HelpAlert.FlaggedExchange(f.reason(), f.at()));
        last.merge(f.studentId(), f.at(), (x, y) -> x.isAfter(y) ? x : y);
      }
    }
    List<HelpAlert> out = new ArrayList<>();
    reasons.forEach((student, rs) -> out.add(new HelpAlert(student, rs, last.get(student))));
    out.sort(Comparator.comparing((HelpAlert h) -> !h.flagged())
        .thenComparing(h -> -h.reasons().size())
        .thenComparing(HelpAlert::lastActivity, Comparator.reverseOrder())
        .thenComparing(HelpAlert::studentId));
    return out;
  }

  /**
   * Small groups by shared misconception: each student joins the group of the misconception they showed most since
   * {@code since} (at least twice; ties go to the alphabetically first label so the grouping is stable). Groups
   * smaller than {@code minSize} are dropped; larger than {@code maxSize} are split evenly (a split never makes a
   * group smaller than {@code minSize}, so with tight bounds a group may exceed {@code maxSize}).
   */
  public static List<SuggestedGroup> misconceptionGroups(
      List<AttemptRecord> attempts, Instant since, int minSize, int maxSize, MisconceptionGuide guide) {
    if (minSize < 1 || maxSize < minSize) {
      throw new IllegalArgumentException("group sizes: 1 <= min <= max");
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (AttemptRecord a : attempts) {
      if (a.misconception() != null && !a.correct() && !a.at().isBefore(since)) {
        counts.computeIfAbsent(a.studentId(), k -> new TreeMap<>()).merge(a.misconception(), 1, Integer::sum);
      }
    }
    Map<String, List<String>> members = new TreeMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    counts.forEach((student, labels) -> labels.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry::getKey, Comparator.<String>reverseOrder()))
        .ifPresent(e -> {
          members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(student);
          occurrences.merge(e.getKey(), e.getValue(), Integer::sum);
        }));
    List<SuggestedGroup> out = new ArrayList<>();
    members.forEach((label, students) -> {
      if (students.size() < minSize) {
        return;
      }
      MisconceptionGuide.Entry g = guide.get(label);
      // as few groups as keep each within maxSize, but never so many that one falls below minSize
      int n = students.size();
      int groups = (n + maxSize - 1) / maxSize;
      while (groups > 1 && n / groups < minSize) {
        groups--;
      }
      int from = 0;
      for (int k = 0; k < groups; k++) {
        int size = n / groups + (k < n % groups ? 1 : 0);
        List<String> part = students.subList(from, from + size);
        from += size;
        int occ = part.stream().mapToInt(s -> counts.get(s).get(label)).sum();
        out.add(new SuggestedGroup(label, g.name(), part, occ, g.miniLesson()));
      }
    });
    out.sort(Comparator.comparing((SuggestedGroup s) -> -s.studentIds().size())
        .thenComparing(s -> -s.occurrences()).thenComparing(SuggestedGroup::misconception));
    return out;
  }

  /** Hint use per student, most reliant first. */
  public static List<HintReliance> hintReliance(List<AttemptRecord> attempts) {
    Map<String, int[]> c = new TreeMap<>(); // attempts, hinted, hints, unhinted, unhintedCorrect
    for (AttemptRecord a : attempts) {
      int[] x = c.computeIfAbsent(a.studentId(), k -> new int[5]);
      x[0]++;
      x[2] += a.hintsUsed();
      if (a.hintsUsed() > 0) {
        x[1]++;
      } else {
        x[3]++;
        if (a.correct()) {
          x[4]++;
        }
      }
    }
    List<HintReliance> out = new ArrayList<>();
    c.forEach((s, x) -> {
      double share = (double) x[1] / x[0];
      out.add(new HintReliance(s, x[0], x[1], (double) x[2] / x[0], share,
          x[3] == 0 ? Double.NaN : (double) x[4] / x[3], x[0] >= RELIANCE_MIN_ATTEMPTS && share >= RELIANCE_SHARE));
    });
    out.sort(Comparator.comparing((HintReliance h) -> -h.hintedShare()).thenComparing(HintReliance::studentId));
    return out;
  }

  /**
   * Time on task per student between {@code from} and {@code to}, from answer times: each answer counts the gap since
   * the previous one, up to {@link #IDLE_CAP}; the first answer of a session counts {@link #FIRST_ANSWER}.
   */
  public static Map<String, Duration> timeOnTask(List<AttemptRecord> attempts, Instant from, Instant to) {
    Map<String, List<Instant>> times = new TreeMap<>();
    for (AttemptRecord a : attempts) {
      if (!a.at().isBefore(from) && a.at().isBefore(to)) {
        times.computeIfAbsent(a.studentId(), k -> new ArrayList<>()).add(a.at());
      }
    }
    Map<String, Duration> out = new LinkedHashMap<>();
    times.forEach((s, list) -> {
      list.sort(null);
      Duration total = Duration.ZERO;
      Instant prev = null;
      for (Instant t : list) {
        Duration gap = prev == null ? null : Duration.between(prev, t);
        total = total.plus(gap == null || gap.compareTo(IDLE_CAP) > 0 ? FIRST_ANSWER : gap);
        prev = t;
      }
      out.put(s, total);
    });
    return out;
  }

  /**
   * Progress of each student towards an assignment: skills at or above {@code target} mastery. Students furthest
   * from the target come first. A skill without an estimate counts as below target.
   */
  public static List<TargetProgress> progressToTarget(
      Map<String, Map<String, Double>> masteryByStudent, List<String> skills, double target) {
    if (target <= 0 || target > 1) {
      throw new IllegalArgumentException("target mastery must be in (0, 1]");
    }
    List<TargetProgress> out = new ArrayList<>();
    new TreeMap<>(masteryByStudent).forEach((student, mastery) -> {
      List<String> below = skills.stream().filter(k -> mastery.getOrDefault(k, 0.0) < target).toList();
      out.add(new TargetProgress(student, skills.size() - below.size(), skills.size(), below));
    });
    out.sort(Comparator.comparingDouble(TargetProgress::fraction).thenComparing(TargetProgress::studentId));
    return out;
  }
}
