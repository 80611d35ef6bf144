package org.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stepwise.cli.CheckCorpus;
import org.stepwise.math.check.CheckRequest;

/** One engine shared by threads gives exactly the verdicts it gives on one thread. */
class ConcurrencyTest {

  // A generous time budget: this test is about shared state, not about time-outs under a loaded CI machine.
  private static final MathEngine ENGINE = new MathEngine(new Limits(2_000, 100, 120, 4_000, 4_096, 1_000,
      Duration.ofSeconds(30)));

  private static String verdict(CheckRequest r) {
    try {
      var v = ENGINE.check(r);
      return v.equivalent() + "/" + v.accept() + "/" + v.feedback();
    } catch (MathException e) {
      return "error:" + e.code();
    }
  }

  @Test
  void fourThreadsGiveTheSingleThreadVerdicts() throws Exception {
    List<CheckRequest> corpus = CheckCorpus.generate(100_000, 7);
    List<String> single = new ArrayList<>(corpus.size());
    for (CheckRequest r : corpus) single.add(verdict(r));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        final int offset = t * 25_000; // each thread starts at a different place so they overlap differently
        runs.add(pool.submit(() -> {
          String[] out = new String[corpus.size()];
          for (int k = 0; k < corpus.size(); k++) {
            int i = (k + offset) % corpus.size();
            out[i] = verdict(corpus.get(i));
          }
          return List.of(out);
        }));
      }
      for (Future<List<String>> f : runs) assertThat(f.get()).isEqualTo(single);
    } finally {
      pool.shutdownNow();
    }
  }
}
