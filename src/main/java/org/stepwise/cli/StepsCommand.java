package org.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepwise.work.StepsVerdict;
import org.stepwise.work.WorkChecker;
import org.stepwise.work.WorkInputException;
import org.stepwise.work.WorkLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise steps --jsonl FILE|-}: checks worked solutions, one JSON object a line in and out, in order
 * (contract in ARCHITECTURE.md). A bad line gets an {@code error} object and the batch goes on.
 */
@Command(name = "steps", mixinStandardHelpOptions = true,
    description = "Check worked solutions: first wrong line, misconception, feedback (JSON Lines in and out).")
public final class StepsCommand implements Callable<Integer> {

  /** An input line longer than this is refused before parsing, so one huge line cannot exhaust memory. */
  static final int MAX_INPUT_LINE_CHARS = 64 * 1024;

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "JSON Lines input, or - for standard input.")
  String jsonl;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    WorkChecker checker = WorkChecker.create();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (BufferedReader in = "-".equals(jsonl)
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(jsonl), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue; // blank lines carry no record (JSON Lines); they get no answer line
        }
        out.println(JSON.writeValueAsString(answer(checker, line)));
        out.flush();
      }
    } catch (java.nio.file.NoSuchFileException e) {
      System.err.println("stepwise steps: no such file: " + jsonl);
      return 2;
    }
    return 0;
  }

  /** The answer object for one input line; never throws, so one bad line cannot stop the batch. */
  static ObjectNode answer(WorkChecker checker, String line) {
    ObjectNode out = JSON.createObjectNode();
    if (line.length() > MAX_INPUT_LINE_CHARS) {
      out.putNull("id");
      return error(out, "too_large", "input line is longer than " + MAX_INPUT_LINE_CHARS + " characters");
    }
    JsonNode in;
    try {
      in = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      out.putNull("id");
      return error(out, "bad_json", "line is not valid JSON");
    }
    if (in == null || !in.isObject()) {
      out.putNull("id");
      return error(out, "bad_request", "each line must be a JSON object");
    }
    out.set("id", in.has("id") ? in.get("id") : JSON.nullNode());
    JsonNode problem = in.get("problem");
    JsonNode steps = in.get("steps");
    if (problem == null || !problem.isTextual()) {
      return error(out, "bad_request", "\"problem\" must be a string");
    }
    if (steps == null || !steps.isArray()) {
      return error(out, "bad_request", "\"steps\" must be an array of strings");
    }
    if (steps.size() > WorkLimits.MAX_STEPS) {
      return error(out, "too_large", "at most " + WorkLimits.MAX_STEPS + " steps, got " + steps.size());
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode s : steps) {
      if (!s.isTextual()) {
        return error(out, "bad_request", "\"steps\" must be an array of strings");
      }
      lines.add(s.asText());
    }
    try {
      StepsVerdict v = checker.check(problem.asText(), lines);
      if (v.firstErrorStep() == null) {
        out.putNull("first_error_step");
      } else {
        out.put("first_error_step", v.firstErrorStep());
      }
      out.put("misconception", v.misconception());
      out.put("final_correct", v.finalCorrect());
      out.put("feedback", v.feedback());
      return out;
    } catch (WorkInputException e) {
      return error(out, e.code(), e.getMessage());
    } catch (RuntimeException e) {
      // A defect must not end the batch; the message names no student input (privacy).
      return error(out, "internal", "could not check this solution (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static ObjectNode error(ObjectNode out, String code, String message) {
    ObjectNode err = out.putObject("error");
    err.put("code", code);
    err.put("message", message);
    return out;
  }
}
