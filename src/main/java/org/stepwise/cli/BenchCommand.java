package org.stepwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the benchmark commands ({@code stepwise bench check}, {@code bench steps}, ...). Figures go to docs/BENCHMARKS.md. */
@Command(
    name = "bench",
    description = "Benchmarks anyone can run; record the figures in docs/BENCHMARKS.md.",
    subcommands = {
        CommandLine.HelpCommand.class,
        BenchCheckCommand.class,
        BenchHostileCommand.class,
        BenchStepsCommand.class,
        BenchLoadCommand.class,
        BenchTutorCommand.class,
        BenchDashboardCommand.class,
    })
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
