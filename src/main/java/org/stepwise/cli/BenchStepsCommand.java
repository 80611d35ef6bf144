package org.stepwise.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepwise.work.StepsVerdict;
import org.stepwise.work.WorkChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise bench steps}: latency of checking one 6-line worked solution (target: p99 at most 5 ms). Three
 * cases: all lines right (every line compared once), a wrong line that a misconception rule explains, and a wrong
 * line no rule explains (the worst case: every rule is tried and every candidate compared).
 */
@Command(name = "steps", description = "Latency of checking a 6-line worked solution (p50/p99).")
public final class BenchStepsCommand implements Callable<Integer> {

  @Option(names = "--iterations", defaultValue = "2000", description = "Timed checks per case (default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--warmup", defaultValue = "2000", description = "Untimed checks per case first (default ${DEFAULT-VALUE}).")
  int warmup;

  /** CPU time of this thread: on a shared, overloaded machine wall-clock p99 mostly measures time spent descheduled. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String PROBLEM = "Solve 4(x+3)-2=2x+16 for x";
  private static final List<Case> CASES = List.of(
      new Case("correct", List.of("4x+12-2=2x+16", "4x+10=2x+16", "4x-2x=16-10", "2x=6", "x=6/2", "x=3")),
      new Case("misconception at line 5", List.of("4x+12-2=2x+16", "4x+10=2x+16", "4x-2x=16-10", "2x=6", "x=6-2", "x=4")),
      new Case("unexplained error at line 6", List.of("4x+12-2=2x+16", "4x+10=2x+16", "4x-2x=16-10", "2x=6", "x=6/2", "x=2")));

  private record Case(String name, List<String> steps) {}

  @Override
  public Integer call() {
    WorkChecker checker = WorkChecker.create();
    System.out.printf("stepwise bench steps: %s, 6 lines, %d warm-up + %d timed checks per case, %d cores, "
            + "load average %.1f, JDK %s%n", PROBLEM, warmup, iterations, Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version());
    for (Case c : CASES) {
      StepsVerdict v = checker.check(PROBLEM, c.steps());
      for (int i = 0; i < warmup; i++) {
        checker.check(PROBLEM, c.steps());
      }
      long[] wall = new long[iterations];
      long[] cpu = new long[iterations];
      for (int i = 0; i < iterations; i++) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        checker.check(PROBLEM, c.steps());
        wall[i] = System.nanoTime() - t0;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf("  %-28s wall p50 %.3f ms  p99 %.3f ms | cpu p50 %.3f ms  p99 %.3f ms"
              + "  (verdict: first_error_step=%s misconception=%s)%n",
          c.name(), ms(percentile(wall, 0.50)), ms(percentile(wall, 0.99)),
          ms(percentile(cpu, 0.50)), ms(percentile(cpu, 0.99)), v.firstErrorStep(), v.misconception());
    }
    return 0;
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
