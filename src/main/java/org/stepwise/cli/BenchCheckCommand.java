package org.stepwise.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.check.CheckRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepwise bench check}: time per check, in-process and warm, over a seeded mixed corpus. */
@Command(name = "check", description = "Median and p99 time per answer check over a mixed corpus.")
public final class BenchCheckCommand implements Callable<Integer> {

  @Option(names = "--count", defaultValue = "20000", description = "checks in the corpus (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--warmup", defaultValue = "3", description = "untimed passes over the corpus first")
  int warmup;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--show-slowest", defaultValue = "0", description = "also list the N slowest checks (to stderr)")
  int showSlowest;

  @Option(names = "--write-jsonl", paramLabel = "FILE",
      description = "write the corpus as 'stepwise check' input to FILE and stop (to time the CLI end to end)")
  java.nio.file.Path writeJsonl;

  @Override
  public Integer call() throws java.io.IOException {
    MathEngine engine = MathEngine.standard();
    List<CheckRequest> corpus = CheckCorpus.generate(count, seed);
    if (writeJsonl != null) {
      try (var w = java.nio.file.Files.newBufferedWriter(writeJsonl)) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < corpus.size(); i++) {
          CheckRequest r = corpus.get(i);
          var o = json.createObjectNode();
          o.put("id", i);
          o.put("kind", r.kind().wireName());
          o.put("expected", r.expected());
          o.put("answer", r.answer());
          if (r.requirement() != null) o.put("requirement", r.requirement().wireName());
          if (r.tolerance() != null) o.put("tolerance", r.tolerance());
          w.write(json.writeValueAsString(o));
          w.newLine();
        }
      }
      return 0;
    }
    int errors = 0;
    for (int w = 0; w < warmup; w++) {
      for (CheckRequest r : corpus) run(engine, r);
    }
    long[] nanos = new long[corpus.size()];
    long[] cpu = new long[corpus.size()];
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    for (int i = 0; i < corpus.size(); i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      if (!run(engine, corpus.get(i))) errors++;
      nanos[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    long total = System.nanoTime() - start;
    if (showSlowest > 0) {
      Integer[] order = new Integer[nanos.length];
      for (int i = 0; i < order.length; i++) order[i] = i;
      Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
      for (int i = 0; i < Math.min(showSlowest, order.length); i++) {
        System.err.printf("%8.1f us  %s%n", nanos[order[i]] / 1e3, corpus.get(order[i]));
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    // Wall time is what a caller waits; thread CPU time is the cost of the check itself, unaffected by other load.
    System.out.printf(
        "{\"checks\": %d, \"errors\": %d, \"median_us\": %.1f, \"p99_us\": %.1f, \"max_us\": %.1f, \"mean_us\": %.1f,"
            + " \"cpu_median_us\": %.1f, \"cpu_p99_us\": %.1f, \"checks_per_s\": %.0f}%n",
        corpus.size(), errors, nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3,
        nanos[nanos.length - 1] / 1e3, total / 1e3 / corpus.size(), cpu[cpu.length / 2] / 1e3,
        cpu[(int) (cpu.length * 0.99)] / 1e3, corpus.size() / (total / 1e9));
    return 0;
  }

  private static boolean run(MathEngine engine, CheckRequest r) {
    try {
      engine.check(r);
      return true;
    } catch (MathException e) {
      return false;
    }
  }
}
