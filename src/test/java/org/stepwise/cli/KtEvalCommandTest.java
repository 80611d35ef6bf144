package org.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KtEvalCommandTest {
  static final Path DATA = Path.of("../shared/datasets/assist09_gervet/assist09_gervet.csv");
  static final String HEADER = "student_id,skill_id,correct,order_idx,item_id,orig_skills,split,fold5\n";

  @TempDir
  Path dir;

  /** Runs the CLI in-process and returns {exit code, stdout, stderr}. */
  static Object[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Object[] {code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void meetsTheTargetOnTheAssist09TestStudents() throws Exception {
    assumeTrue(Files.isRegularFile(DATA), "benchmark data set not present");

    Object[] r = run("kt-eval", "--data", DATA.toString());

    assertThat(r[0]).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree((String) r[1]);
    assertThat(json.properties()).extracting(java.util.Map.Entry::getKey)
        .containsExactlyInAnyOrder("auc", "rmse", "n_test", "fit_seconds");
    assertThat(json.get("n_test").asInt()).isEqualTo(58_266);
    assertThat(json.get("auc").asDouble()).isGreaterThanOrEqualTo(0.77);
    assertThat(json.get("rmse").asDouble()).isBetween(0.3, 0.45);
  }

  @Test
  void plainBktMatchesItsPublishedReferenceOnTheSameSplit() throws Exception {
    assumeTrue(Files.isRegularFile(DATA), "benchmark data set not present");

    Object[] r = run("kt-eval", "--model", "bkt", "--data", DATA.toString());

    assertThat(r[0]).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree((String) r[1]);
    // The data set's README gives AUC 0.716 / RMSE 0.440 for per-skill BKT fitted by EM.
    assertThat(json.get("auc").asDouble()).isBetween(0.70, 0.73);
    assertThat(json.get("rmse").asDouble()).isBetween(0.43, 0.45);
  }

  @Test
  void anUnknownModelIsRejected() throws Exception {
    Path file = dir.resolve("ok.csv");
    Files.writeString(file, HEADER + "1,2,1,0,3,2,train,0\n2,2,1,0,3,2,test,1\n");

    Object[] r = run("kt-eval", "--model", "dkt", "--data", file.toString());

    assertThat(r[0]).isEqualTo(2);
    assertThat((String) r[2]).contains("--model must be lr or bkt");
  }

  @Test
  void runsOnASmallFileAndPredictsEveryTestRow() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    java.util.Random random = new java.util.Random(3);
    for (int s = 0; s < 60; s++) {
      double ability = random.nextGaussian();
      for (int t = 0; t < 12; t++) {
        int item = random.nextInt(30);
        boolean right = random.nextDouble() < 1 / (1 + Math.exp(-(ability + (item % 3 - 1) + 0.1 * t)));
        csv.append(s).append(',').append(item % 3).append(',').append(right ? 1 : 0).append(',').append(t)
            .append(',').append(item).append(',').append(item % 3).append('_').append(3)
            .append(',').append(s < 45 ? "train" : "test").append(',').append(s % 5).append('\n');
      }
    }
    Path file = dir.resolve("small.csv");
    Files.writeString(file, csv);

    Object[] r = run("kt-eval", "--data", file.toString());

    assertThat(r[0]).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree((String) r[1]);
    assertThat(json.get("n_test").asInt()).isEqualTo(15 * 12);
    assertThat(json.get("auc").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void rowsAreOrderedByOrderIdxNotByFilePosition() throws Exception {
    Path file = dir.resolve("shuffled.csv");
    Files.writeString(file, HEADER
        + "1,0,1,1,5,0,train,0\n"
        + "1,0,0,0,4,0,train,0\n");

    var ds = KtEvalCommand.read(file);

    assertThat(ds.train().get(0).responses()).extracting(org.stepwise.mastery.KtResponse::item)
        .containsExactly(4, 5);
  }

  @Test
  void aMissingFileIsAClearError() {
    Object[] r = run("kt-eval", "--data", dir.resolve("nope.csv").toString());

    assertThat(r[0]).isEqualTo(2);
    assertThat((String) r[2]).contains("no such data file");
    assertThat((String) r[1]).isEmpty();
  }

  @Test
  void badRowsAreReportedWithTheirLine() throws Exception {
    assertError(HEADER + "1,2,1,0,3,2,train,0\n1,2,7,1,3,2,train,0\n", "line 3: correct must be 0 or 1");
    assertError(HEADER + "1,2,1,0,3,2,valid,0\n", "split must be train or test");
    assertError(HEADER + "1,2,1,0,x,2,train,0\n", "item_id is not a whole number");
    assertError(HEADER + "1,2,1,0,3,,train,0\n", "orig_skills");
    assertError(HEADER + "1,2,1,0,3,2,train,0\n1,2,1,0,4,2,train,0\n", "repeated order_idx");
    assertError(HEADER + "1,2,1,0,3,2,train,0\n1,2,1,1,4,2,test,0\n", "disagree");
    assertError(HEADER + "1,2,1,0,3,2,train,9\n", "fold5 must be 0..4");
    assertError(HEADER + "-1,2,1,0,3,2,train,0\n", "student_id out of range");
    assertError("student_id,skill_id,correct\n1,2,1\n", "missing columns");
    assertError(HEADER, "no rows");
    assertError(HEADER + "1,2,1,0,3,2,train,0\n", "both train and test");
  }

  @Test
  void limitsOnSizeAndRowsAreEnforced() throws Exception {
    Path file = dir.resolve("big.csv");
    Files.writeString(file, HEADER + "1,2,1,0,3,2,train,0\n1,2,1,1,3,2,train,0\n1,2,1,2,3,2,train,0\n");

    assertThatThrownBy(() -> KtEvalCommand.read(file, 1_000_000, 2)).hasMessageContaining("more than 2 rows");
    assertThatThrownBy(() -> KtEvalCommand.read(file, 50, 100)).hasMessageContaining("larger than 50 bytes");
  }

  private void assertError(String csv, String message) throws Exception {
    Path file = Files.createTempFile(dir, "bad", ".csv");
    Files.writeString(file, csv);
    Object[] r = run("kt-eval", "--data", file.toString());
    assertThat(r[0]).as(csv).isEqualTo(2);
    assertThat((String) r[2]).as(csv).contains(message);
  }
}
