package org.stepwise.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.cli.Main;

/** {@code stepwise steps --jsonl FILE} through the real command line: the contract of ARCHITECTURE.md. */
class StepsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private record Run(int exit, List<JsonNode> lines) {}

  private Run steps(String input) throws Exception {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, input, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = Main.run("steps", "--jsonl", file.toString());
    } finally {
      System.setOut(original);
    }
    List<JsonNode> out = new ArrayList<>();
    for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return new Run(exit, out);
  }

  @Test
  void answersEveryLineInOrderWithItsIdAndGoesOnAfterBadLines() throws Exception {
    String longLine = "x=" + "1+".repeat(WorkLimits.MAX_STEP_CHARS) + "1";
    Run r = steps(String.join("\n",
        "{\"id\": \"s1\", \"problem\": \"Solve 2x+1=7 for x\", \"steps\": [\"2x=6\", \"x=3\"]}",
        "{\"id\": \"s2\", \"problem\": \"Expand (x+2)^2\", \"steps\": [\"x^2+4\"]}",
        "{\"id\": \"s3\", \"problem\": \"Tell me a story\", \"steps\": [\"once upon a time\"]}",
        "this line is not json",
        "{\"id\": 7, \"problem\": \"Solve 2x+1=7 for x\", \"steps\": [\"2x=6\", \"x=(3\"]}",
        "{\"id\": \"s5\", \"problem\": \"Solve 2x+1=7 for x\", \"steps\": \"2x=6\"}",
        "{\"id\": \"s6\", \"problem\": \"Solve 2x+1=7 for x\", \"steps\": [\"2x=6\", \"" + longLine + "\"]}",
        "{\"id\": \"s7\", \"problem\": \"Solve 2x+1=7 for x\", \"steps\": [\"2x=6\"]}",
        ""));
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(8);

    JsonNode s1 = r.lines().get(0);
    assertThat(s1.get("id").asText()).isEqualTo("s1");
    assertThat(s1.get("first_error_step").isNull()).isTrue();
    assertThat(s1.get("misconception").isNull()).isTrue();
    assertThat(s1.get("final_correct").asBoolean()).isTrue();
    assertThat(s1.get("feedback").asText()).isNotBlank();

    JsonNode s2 = r.lines().get(1);
    assertThat(s2.get("first_error_step").asInt()).isZero();
    assertThat(s2.get("misconception").asText()).isEqualTo("square_of_sum");
    assertThat(s2.get("final_correct").asBoolean()).isFalse();
    assertThat(s2.get("feedback").asText()).startsWith("Look at line 1:").contains("(x + 2)^2");

    assertThat(r.lines().get(2).get("id").asText()).isEqualTo("s3");
    assertThat(r.lines().get(2).get("error").get("code").asText()).isEqualTo("unsupported_problem");
    assertThat(r.lines().get(3).get("error").get("code").isTextual()).isTrue();
    assertThat(r.lines().get(4).get("id").asInt()).isEqualTo(7);
    assertThat(r.lines().get(4).get("error").get("code").asText()).isEqualTo("unreadable_step");
    assertThat(r.lines().get(4).get("error").get("message").asText()).startsWith("line 2");
    assertThat(r.lines().get(5).get("error").get("code").asText()).isEqualTo("invalid_field");
    assertThat(r.lines().get(6).get("error").get("code").asText()).isEqualTo("too_large");
    assertThat(r.lines().get(7).get("feedback").asText()).contains("What's your next step?");
  }

  @Test
  void tooManyStepsIsAClearErrorForThatLineOnly() throws Exception {
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i <= WorkLimits.MAX_STEPS; i++) {
      steps.append(i == 0 ? "" : ",").append("\"2x=6\"");
    }
    Run r = steps("{\"id\": \"big\", \"problem\": \"Solve 2x+1=7 for x\", \"steps\": [" + steps + "]}\n"
        + "{\"id\": \"ok\", \"problem\": \"Solve 2x+1=7 for x\", \"steps\": [\"x=3\"]}\n");
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0).get("error").get("code").asText()).isEqualTo("too_large");
    assertThat(r.lines().get(0).get("error").get("message").asText()).contains(String.valueOf(WorkLimits.MAX_STEPS));
    assertThat(r.lines().get(1).get("final_correct").asBoolean()).isTrue();
  }
}
