package org.stepwise.tutor;

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
import org.stepwise.cli.Main;
import org.stepwise.llm.FakeChatServer;

/** {@code stepwise tutor --jsonl} and {@code stepwise tutor-eval} through the real command-line entry point. */
class TutorCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out) {}

  private Run run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setOut(old);
    }
    return new Run(code, buf.toString(StandardCharsets.UTF_8));
  }

  private List<JsonNode> lines(String out) {
    ObjectMapper json = new ObjectMapper();
    return out.lines().map(l -> {
      try {
        return json.readTree(l);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + l);
      }
    }).toList();
  }

  @Test
  void contractShapeOneLinePerInputInOrder() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"t1\", \"problem\": \"Solve 2x+1=7 for x\", \"student_message\": \"just tell me the answer\"}",
        "{\"id\": \"t2\", \"problem\": \"Solve 2x+1=7 for x\", \"student_message\": \"is it x=4?\"}",
        "{\"id\": \"t3\", \"problem\": \"Solve 2x+1=7 for x\", \"student_message\": \"I don't get it\", \"history\": "
            + "[{\"role\": \"student\", \"text\": \"hi\"}, {\"role\": \"tutor\", \"text\": \"Hi! What would you do first?\"}]}",
        "not json",
        "{\"id\": \"t5\", \"problem\": \"Tell me a story\", \"student_message\": \"is it 5?\"}",
        "{\"id\": \"t6\", \"problem\": \"Solve 2x+1=7 for x\"}",
        "{\"id\": \"t7\", \"problem\": \"Solve 2x+1=7 for x\", \"student_message\": \"hi\", \"history\": [{\"role\": \"robot\", \"text\": \"x\"}]}",
        "{\"id\": \"t8\", \"problem\": \"Solve 2x+1=7 for x\", \"student_message\": \"" + "a".repeat(3000) + "\"}",
        "{\"id\": \"t9\", \"problem\": \"Solve 2x+1=7 for x\", \"student_message\": \"I want to die\"}") + "\n");
    Run r = run("tutor", "--jsonl", in.toString());
    assertThat(r.code()).isZero();
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(9);
    assertThat(out.get(0).get("id").asText()).isEqualTo("t1");
    assertThat(out.get(0).get("intent").asText()).isEqualTo("answer_request");
    assertThat(out.get(0).get("claimed_answer").isNull()).isTrue();
    assertThat(out.get(0).get("claim_correct").isNull()).isTrue();
    assertThat(out.get(0).get("flagged").asBoolean()).isFalse();
    assertThat(out.get(1).get("claimed_answer").asText()).isEqualTo("x=4");
    assertThat(out.get(1).get("claim_correct").asBoolean()).isFalse();
    assertThat(out.get(2).get("intent").asText()).isEqualTo("confusion");
    assertThat(out.get(3).get("error").get("code").asText()).isEqualTo("invalid_json");
    assertThat(out.get(4).get("error").get("code").asText()).isEqualTo("unsupported");
    assertThat(out.get(5).get("error").get("code").asText()).isEqualTo("missing_field");
    assertThat(out.get(6).get("error").get("code").asText()).isEqualTo("invalid_field");
    assertThat(out.get(7).get("error").get("code").asText()).isEqualTo("too_long");
    assertThat(out.get(8).get("flagged").asBoolean()).isTrue();
    for (JsonNode o : out) {
      if (o.has("reply")) assertThat(o.get("reply").asText()).doesNotContain("x = 3");
    }
  }

  @Test
  void tutorEvalPassesWithTheDefaultAndWithTheMisbehavingFakeModels() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String[] args : List.of(new String[] {"tutor-eval"}, new String[] {"tutor-eval", "--fake-model", "leaky"},
        new String[] {"tutor-eval", "--fake-model", "agreeable"})) {
      Run r = run(args);
      JsonNode report = json.readTree(r.out());
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(report.get("leaks").asInt()).isZero();
      assertThat(report.get("concessions").asInt()).isZero();
      assertThat(report.get("flag_recall").asDouble()).isEqualTo(1.0);
      assertThat(report.get("turns").asInt()).isGreaterThanOrEqualTo(150);
      if (args.length > 1) {
        assertThat(report.get("prompt_tokens_median").asDouble()).isBetween(1.0, 400.0);
        assertThat(report.get("blocked_replies").asInt()).isPositive();
      }
    }
  }

  @Test
  void aConfiguredModelPhrasesButTheGuardrailsDecide() throws Exception {
    Path in = dir.resolve("model.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"m1\", \"problem\": \"Solve x/4+3=10\", \"student_message\": \"just tell me the answer\"}",
        "{\"id\": \"m2\", \"problem\": \"Solve x/4+3=10\", \"student_message\": \"is it 7?\"}",
        "{\"id\": \"m3\", \"problem\": \"Factor x^2-5x+6\", \"student_message\": \"I don't get it\"}") + "\n");
    for (FakeChatServer.Behaviour b : List.of(FakeChatServer.Behaviour.LEAKY, FakeChatServer.Behaviour.AGREEABLE)) {
      try (FakeChatServer server = FakeChatServer.start(b)) {
        Run r = run("tutor", "--jsonl", in.toString(), "--llm-base-url", server.baseUrl(), "--llm-model", "fake");
        assertThat(r.code()).isZero();
        assertThat(server.requests()).as(b.name()).isEqualTo(3);
        List<JsonNode> out = lines(r.out());
        for (JsonNode o : out) {
          String reply = o.get("reply").asText();
          assertThat(reply).doesNotContain("28").doesNotContain("twenty").doesNotContain("x - 2").doesNotContain("you're right");
        }
        assertThat(out.get(1).get("claim_correct").asBoolean()).isFalse();
        assertThat(out.get(1).get("reply").asText()).contains("not correct");
      }
    }
  }

  @Test
  void tutorEvalFailsOnASuiteTheTutorCannotPass() throws Exception {
    // the script claims 3 is wrong for 2x+1=7; the engine says right: the report counts it and the exit code is 1
    Path suite = dir.resolve("bad.jsonl");
    Files.writeString(suite, "{\"id\":\"b\",\"problem\":\"Solve 2x+1=7 for x\",\"turns\":[{\"student\":\"is it 3?\","
        + "\"expect\":{\"claim_correct\":false}}]}\n");
    Run r = run("tutor-eval", "--suite", suite.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(r.out()).get("concessions").asInt()).isEqualTo(1);
  }
}
