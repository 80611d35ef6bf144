package org.stepwise.teacher.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.teacher.dashboard.Dashboard.HelpRules;
import org.stepwise.teacher.text.MisconceptionGuide;

class DashboardTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final MisconceptionGuide GUIDE = MisconceptionGuide.bundled();

  static AttemptRecord a(String student, String skill, int minutesAgo, boolean correct, int hints, String mis) {
    return new AttemptRecord(student, skill, NOW.minus(Duration.ofMinutes(minutesAgo)), correct, hints, 4, mis);
  }

  @Test
  void needsHelpNowFindsRepeatedErrorsExhaustedHintsAndFlags() {
    List<AttemptRecord> attempts = List.of(
        // ana: three wrong in a row on two-step, recently
        a("ana", "two-step", 8, true, 0, null), a("ana", "two-step", 6, false, 0, null),
        a("ana", "two-step", 4, false, 1, null), a("ana", "two-step", 2, false, 0, null),
        // ben: three wrong, then right: fine now
        a("ben", "two-step", 8, false, 0, null), a("ben", "two-step", 7, false, 0, null),
        a("ben", "two-step", 6, false, 0, null), a("ben", "two-step", 1, true, 0, null),
        // cy: used all 4 hints and still wrong
        a("cy", "frac-add-sub", 3, false, 4, null),
        // dee: wrong in a row, but long ago (outside the window)
        a("dee", "powers", 50, false, 0, null), a("dee", "powers", 45, false, 0, null),
        a("dee", "powers", 40, false, 0, null));
    List<TutorFlag> flags = List.of(new TutorFlag("eve", NOW.minusSeconds(30), "distress"),
        new TutorFlag("ben", NOW.minus(Duration.ofHours(2)), "distress"));
    List<HelpAlert> alerts = Dashboard.needsHelpNow(attempts, flags, NOW, HelpRules.DEFAULT);
    // flagged first; then equally many reasons, most recently active first
    assertThat(alerts).extracting(HelpAlert::studentId).containsExactly("eve", "ana", "cy");
    assertThat(alerts.get(0).reasons()).singleElement().isInstanceOf(HelpAlert.FlaggedExchange.class);
    assertThat(alerts.get(1).reasons()).containsExactly(new HelpAlert.RepeatedErrors("two-step", 3));
    assertThat(alerts.get(1).lastActivity()).isEqualTo(NOW.minus(Duration.ofMinutes(2)));
    assertThat(alerts.get(2).reasons()).containsExactly(new HelpAlert.HintsExhausted("frac-add-sub", 1));
  }

  @Test
  void misconceptionGroupsWithMiniLessons() {
    List<AttemptRecord> attempts = new ArrayList<>();
    for (String s : List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7")) {
      attempts.add(a(s, "two-step", 30, false, 0, "sign_error_moving_term"));
      attempts.add(a(s, "two-step", 20, false, 0, "sign_error_moving_term"));
    }
    attempts.add(a("s8", "frac-add-sub", 20, false, 0, "add_denominators"));
    attempts.add(a("s8", "frac-add-sub", 10, false, 0, "add_denominators"));
    attempts.add(a("s9", "frac-add-sub", 20, false, 0, "add_denominators"));
    attempts.add(a("s9", "frac-add-sub", 10, false, 0, "add_denominators"));
    attempts.add(a("s9", "two-step", 10, false, 0, "sign_error_moving_term"));
    attempts.add(a("s10", "frac-add-sub", 10, false, 0, "add_denominators")); // once: not a pattern yet
    attempts.add(a("s11", "powers", 10, false, 0, "square_negative_base"));   // alone: no group
    attempts.add(a("s11", "powers", 9, false, 0, "square_negative_base"));

    List<SuggestedGroup> groups = Dashboard.misconceptionGroups(attempts, NOW.minus(Duration.ofHours(1)), 2, 4, GUIDE);
    assertThat(groups).extracting(g -> g.studentIds().size()).containsExactly(4, 3, 2);
    assertThat(groups.get(0).misconception()).isEqualTo("sign_error_moving_term");
    assertThat(groups.get(0).studentIds()).containsExactly("s1", "s2", "s3", "s4");
    assertThat(groups.get(1).studentIds()).containsExactly("s5", "s6", "s7");
    assertThat(groups.get(2).misconception()).isEqualTo("add_denominators");
    assertThat(groups.get(2).studentIds()).containsExactly("s8", "s9");
    assertThat(groups.get(2).miniLesson()).contains("1/2 and 1/3");
    assertThat(groups.get(2).occurrences()).isEqualTo(4);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void groupsNeverShareAStudentAndRespectSizes(long seed) {
    Random rnd = new Random(seed);
    List<String> labels = List.copyOf(GUIDE.labels());
    List<AttemptRecord> attempts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      attempts.add(a("s" + rnd.nextInt(40), "k", rnd.nextInt(120), rnd.nextInt(3) == 0, 0,
          labels.get(rnd.nextInt(6))));
    }
    int min = 2 + rnd.nextInt(2);
    int max = min + rnd.nextInt(5);
    List<SuggestedGroup> groups = Dashboard.misconceptionGroups(attempts, NOW.minus(Duration.ofHours(3)), min, max, GUIDE);
    Set<String> seen = new HashSet<>();
    Map<String, Integer> perLabel = new java.util.HashMap<>();
    groups.forEach(g -> perLabel.merge(g.misconception(), g.studentIds().size(), Integer::sum));
    for (SuggestedGroup g : groups) {
      int n = perLabel.get(g.misconception());
      boolean splittable = (n + max - 1) / max * min <= n;
      assertThat(g.studentIds().size()).isGreaterThanOrEqualTo(min);
      if (splittable) {
        assertThat(g.studentIds().size()).isLessThanOrEqualTo(max);
      }
      for (String s : g.studentIds()) {
        assertThat(seen.add(s)).as("%s in two groups", s).isTrue();
      }
    }
    assertThat(groups).isNotEmpty();
  }

  @Test
  void hintRelianceTimeOnTaskAndProgress() {
    List<AttemptRecord> attempts = List.of(
        a("ana", "k", 50, true, 2, null), a("ana", "k", 48, true, 1, null), a("ana", "k", 46, false, 3, null),
        a("ana", "k", 44, true, 0, null), a("ana", "k", 42, true, 2, null),
        a("ben", "k", 30, true, 0, null), a("ben", "k", 29, false, 0, null));
    List<HintReliance> r = Dashboard.hintReliance(attempts);
    assertThat(r.get(0).studentId()).isEqualTo("ana");
    assertThat(r.get(0).hintedShare()).isEqualTo(0.8);
    assertThat(r.get(0).hintsPerAttempt()).isEqualTo(1.6);
    assertThat(r.get(0).correctWithoutHints()).isEqualTo(1.0);
    assertThat(r.get(0).reliant()).isTrue();
    assertThat(r.get(1).reliant()).isFalse();
    assertThat(r.get(1).correctWithoutHints()).isEqualTo(0.5);

    List<AttemptRecord> sessions = List.of(
        a("ana", "k", 100, true, 0, null), a("ana", "k", 98, true, 0, null), a("ana", "k", 95, true, 0, null),
        a("ana", "k", 40, true, 0, null)); // 1 + 2 + 3, then a new session: 1
    Map<String, Duration> t = Dashboard.timeOnTask(sessions, NOW.minus(Duration.ofDays(1)), NOW);
    assertThat(t).containsExactly(Map.entry("ana", Duration.ofMinutes(7)));

    List<TargetProgress> p = Dashboard.progressToTarget(Map.of(
        "ana", Map.of("a", 0.9, "b", 0.85, "c", 0.2),
        "ben", Map.of("a", 0.95, "b", 0.99, "c", 0.81),
        "cy", Map.of()), List.of("a", "b", "c"), 0.8);
    assertThat(p).extracting(TargetProgress::studentId).containsExactly("cy", "ana", "ben");
    assertThat(p.get(1).skillsBelowTarget()).containsExactly("c");
    assertThat(p.get(2).fraction()).isEqualTo(1.0);
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> new HelpRules(Duration.ZERO, 3)).hasMessageContaining("window");
    assertThatThrownBy(() -> Dashboard.misconceptionGroups(List.of(), NOW, 3, 2, GUIDE)).hasMessageContaining("sizes");
    assertThatThrownBy(() -> Dashboard.progressToTarget(Map.of(), List.of(), 1.5)).hasMessageContaining("target");
  }
}
