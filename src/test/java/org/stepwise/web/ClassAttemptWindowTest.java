package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.store.TeacherQueries.AttemptRow;
import org.stepwise.teacher.dashboard.AttemptRecord;

/** The dashboard's answer window: reads only what is new, never loses a late commit, forgets what is too old. */
class ClassAttemptWindowTest {
  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
  private static final Duration HISTORY = Duration.ofDays(14);

  /** A table of committed answers; records which `since` each read asked for. */
  private final List<AttemptRow> committed = new ArrayList<>();
  private final List<Instant> reads = new ArrayList<>();
  private int converted;

  private final ClassAttemptWindow.Source source = (since, limit) -> {
    reads.add(since);
    return committed.stream().filter(r -> !r.at().isBefore(since))
        .sorted(Comparator.comparing(AttemptRow::at).reversed()).limit(limit).toList();
  };

  private AttemptRecord convert(AttemptRow r) {
    converted++;
    return new AttemptRecord(String.valueOf(r.studentId()), r.skillId(), r.at(), r.verdict().equals("correct"),
        r.hintsUsed(), 0, null);
  }

  private void commit(long id, Instant at) {
    committed.add(new AttemptRow(id, 1, "two-step", id, "s", "a", "incorrect", 0, at));
  }

  private List<AttemptRecord> refresh(Instant now, ClassAttemptWindow w) {
    return w.refresh(source, this::convert, now, HISTORY, 20_000);
  }

  @Test
  void aRefreshReadsOnlyTheRecentPastAndCountsEachAnswerOnce() {
    ClassAttemptWindow w = new ClassAttemptWindow();
    commit(1, T0.minus(Duration.ofDays(3)));
    commit(2, T0.minusSeconds(30));
    assertThat(refresh(T0, w)).hasSize(2);
    assertThat(reads.getLast()).isEqualTo(T0.minus(HISTORY));

    commit(3, T0.plusSeconds(5));
    List<AttemptRecord> next = refresh(T0.plusSeconds(10), w);
    assertThat(next).hasSize(3);
    // the second read starts at the previous read less the overlap, not a fortnight back
    assertThat(reads.getLast()).isEqualTo(T0.plusSeconds(10).minus(Duration.ofSeconds(10)).minus(
        ClassAttemptWindow.OVERLAP));
    // rows read twice (in the overlap) were converted once
    assertThat(converted).isEqualTo(3);
  }

  @Test
  void anAnswerStampedBeforeTheLastReadButCommittedAfterItIsNotLost() {
    ClassAttemptWindow w = new ClassAttemptWindow();
    commit(1, T0.minusSeconds(60));
    refresh(T0, w);
    // stamped 20 s before the read above, committed only now by a busy writer
    commit(2, T0.minusSeconds(20));
    assertThat(refresh(T0.plusSeconds(10), w)).extracting(AttemptRecord::at)
        .contains(T0.minusSeconds(20));
  }

  @Test
  void answersOlderThanTheHistoryLeaveTheWindowAndAFullReloadComesRegularly() {
    ClassAttemptWindow w = new ClassAttemptWindow();
    commit(1, T0.minus(HISTORY).plusSeconds(30));
    commit(2, T0);
    assertThat(refresh(T0, w)).hasSize(2);
    assertThat(refresh(T0.plusSeconds(60), w)).hasSize(1);

    committed.clear(); // e.g. the student's data was deleted on request
    Instant later = T0.plus(ClassAttemptWindow.FULL_RELOAD).plusSeconds(1);
    assertThat(refresh(later, w)).isEmpty();
    assertThat(reads.getLast()).isEqualTo(later.minus(HISTORY));
  }

  @Test
  void theNewestAreKeptWhenThereAreMoreThanTheLimit() {
    ClassAttemptWindow w = new ClassAttemptWindow();
    for (int i = 0; i < 50; i++) {
      commit(i + 1, T0.minusSeconds(100 - i));
    }
    List<AttemptRecord> out = w.refresh(source, this::convert, T0, HISTORY, 10);
    assertThat(out).hasSize(10);
    assertThat(out.getFirst().at()).isEqualTo(T0.minusSeconds(51));
  }
}
