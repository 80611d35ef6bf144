package org.stepwise.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepwise bench hostile}: the slowest answer to each hostile input (the acceptance bound is 100 ms). */
@Command(name = "hostile", description = "Time to a clear error (or verdict) for each hostile input.")
public final class BenchHostileCommand implements Callable<Integer> {

  @Option(names = "--repeat", defaultValue = "20")
  int repeat;

  static Map<String, String> inputs() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("10^10^10", "10^10^10");
    m.put("x^999999999", "x^999999999");
    m.put("(x+1)^100000", "(x+1)^100000");
    m.put("10,000 nested parentheses", "(".repeat(10_000) + "x" + ")".repeat(10_000));
    m.put("99 nested parentheses", "(".repeat(99) + "x" + ")".repeat(99));
    m.put("200 KB string", "x+".repeat(100_000) + "x");
    m.put("1,999-char sum", "x+".repeat(999) + "x");
    m.put("control and bidi characters", "x\u202E+\u0007 1");
    m.put("NUL bytes", "x\u0000\u0000+1");
    m.put("(a+...+h+1)^12", "(a+b+c+d+e+f+g+h+1)^12");
    m.put("(x+1) times itself 300 times", "(x+1)".repeat(300));
    m.put("(x+y+z+1)^30", "(x+y+z+1)^30");
    m.put("9...9^9 (1900 digits)", "9".repeat(1900) + "^9");
    return m;
  }

  @Override
  public Integer call() {
    MathEngine engine = MathEngine.standard();
    // warm up: the figures are for a running server or batch, not for class loading
    for (int i = 0; i < 3; i++) {
      for (String input : inputs().values()) {
        try {
          engine.check(CheckRequest.of(Kind.EXPRESSION, "x", input));
        } catch (MathException ignored) {
          // refused, as expected
        }
      }
    }
    System.out.println("{");
    var it = inputs().entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      long worst = 0;
      String outcome = "";
      for (int i = 0; i < repeat; i++) {
        long t0 = System.nanoTime();
        try {
          var v = engine.check(CheckRequest.of(Kind.EXPRESSION, "x", e.getValue()));
          outcome = "verdict " + v.equivalent();
        } catch (MathException ex) {
          outcome = ex.code().wireName();
        }
        worst = Math.max(worst, System.nanoTime() - t0);
      }
      System.out.printf("  \"%s\": {\"outcome\": \"%s\", \"max_ms\": %.2f}%s%n", e.getKey(), outcome, worst / 1e6,
          it.hasNext() ? "," : "");
    }
    System.out.println("}");
    return 0;
  }
}
