package org.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stepwise check --jsonl} contract, through the real command line entry point. */
class CheckCommandTest {

  @TempDir
  Path dir;

  private List<JsonNode> run(String... lines) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n", lines) + "\n");
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = Main.run("check", "--jsonl", in.toString());
    } finally {
      System.setOut(old);
    }
    assertThat(code).isZero();
    ObjectMapper json = new ObjectMapper();
    return buf.toString(StandardCharsets.UTF_8).lines().map(l -> {
      try {
        return json.readTree(l);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + l);
      }
    }).toList();
  }

  @Test
  void oneAnswerPerLineInOrderWithTheInputsId() throws Exception {
    List<JsonNode> out = run(
        "{\"id\": \"a\", \"kind\": \"expression\", \"expected\": \"2(x+3)\", \"answer\": \"2x+6\"}",
        "{\"id\": 7, \"kind\": \"expression\", \"expected\": \"x^2-9\", \"answer\": \"x^2-9\", \"requirement\": \"factored\"}",
        "not json at all",
        "{\"id\": \"c\", \"kind\": \"numeric\", \"expected\": \"1/3\", \"answer\": \"0.33\", \"tolerance\": 0.01}",
        "{\"id\": \"d\", \"kind\": \"expression\", \"expected\": \"x+1\", \"answer\": \"(x+\"}",
        "{\"id\": \"e\", \"kind\": \"expression\", \"expected\": \"x\", \"answer\": null}",
        "{\"id\": \"f\", \"kind\": \"banana\", \"expected\": \"x\", \"answer\": \"x\"}",
        "{\"id\": \"g\", \"kind\": \"expression\", \"expected\": \"x\", \"answer\": \"x\", \"requirement\": \"pretty\"}",
        "[1, 2]");
    assertThat(out).hasSize(9);
    assertThat(out.get(0).get("id").asText()).isEqualTo("a");
    assertThat(out.get(0).get("equivalent").asBoolean()).isTrue();
    assertThat(out.get(0).get("accept").asBoolean()).isTrue();
    assertThat(out.get(1).get("id").asInt()).isEqualTo(7);
    assertThat(out.get(1).get("equivalent").asBoolean()).isTrue();
    assertThat(out.get(1).get("accept").asBoolean()).isFalse();
    assertThat(out.get(1).get("feedback").asText()).contains("not fully factored");
    assertThat(out.get(2).get("error").get("code").asText()).isEqualTo("invalid_json");
    assertThat(out.get(3).get("accept").asBoolean()).isTrue();
    assertThat(out.get(4).get("error").get("code").asText()).isEqualTo("missing_operand");
    assertThat(out.get(4).get("id").asText()).isEqualTo("d");
    assertThat(out.get(5).get("error").get("code").asText()).isEqualTo("missing_field");
    assertThat(out.get(6).get("error").get("code").asText()).isEqualTo("invalid_request");
    assertThat(out.get(7).get("error").get("code").asText()).isEqualTo("invalid_request");
    assertThat(out.get(8).get("error").get("code").asText()).isEqualTo("invalid_json");
  }

  @Test
  void anOverlongLineGetsAnErrorAndTheBatchGoesOn() throws Exception {
    String huge = "{\"id\": 1, \"kind\": \"expression\", \"expected\": \"x\", \"answer\": \""
        + "x".repeat(JsonlBatch.MAX_LINE_CHARS + 10) + "\"}";
    List<JsonNode> out = run(huge, "{\"id\": 2, \"kind\": \"expression\", \"expected\": \"x\", \"answer\": \"x\"}");
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("error").get("code").asText()).isEqualTo("too_long");
    assertThat(out.get(1).get("accept").asBoolean()).isTrue();
  }
}
