package org.stepwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code stepwise} command. Each capability contributes one subcommand class. */
@Command(
    name = "stepwise",
    mixinStandardHelpOptions = true,
    version = "Stepwise 0.1.0",
    description = "Practice-first mathematics tutor for schools.",
    subcommands = {
        CommandLine.HelpCommand.class,
        BenchCommand.class,
        CheckCommand.class,
        StepsCommand.class,
        KtEvalCommand.class,
        SimulateCommand.class,
        ServeCommand.class,
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code; used by tests to call commands in-process. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
