package org.stepwise.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.stepwise.mastery.BktFitter;
import org.stepwise.mastery.KnowledgeTracer;
import org.stepwise.mastery.KtConfig;
import org.stepwise.mastery.KtCrossValidation;
import org.stepwise.mastery.KtResponse;
import org.stepwise.mastery.SkillSetBkt;
import org.stepwise.mastery.StudentSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise kt-eval --data CSV}: fits the knowledge-tracing model on the {@code train} students and
 * predicts every response of the {@code test} students in order, each from that student's earlier responses.
 * Prints one JSON object {@code {"auc", "rmse", "n_test", "fit_seconds"}}.
 */
@Command(name = "kt-eval", description = "Evaluate the mastery model (knowledge tracing) on a response CSV.")
public final class KtEvalCommand implements Callable<Integer> {
  /** Far above the benchmark's 8.2 MB / 278,336 rows; a guard against feeding the wrong file. */
  static final long MAX_BYTES = 512L * 1024 * 1024;
  static final int MAX_ROWS = 5_000_000;
  static final int MAX_ID = 10_000_000;
  static final int MAX_SKILLS_PER_ITEM = 32;
  static final List<String> COLUMNS =
      List.of("student_id", "skill_id", "correct", "order_idx", "item_id", "orig_skills", "split", "fold5");

  @Option(names = "--data", required = true, description = "CSV with columns " + "student_id, skill_id, "
      + "correct, order_idx, item_id, orig_skills, split, fold5 (see ../shared/datasets/assist09_gervet)")
  Path data;

  @Option(names = "--model", defaultValue = "lr", description = "lr (the project's model, default) or bkt "
      + "(plain per-skill-set BKT fitted by EM, for comparison).")
  String model;

  @Option(names = "--cv", description = "Also run the 5-fold cross-validation grid on the train students "
      + "(fold5) and print its table to standard error.")
  boolean crossValidate;

  @Override
  public Integer call() {
    Dataset ds;
    try {
      ds = read(data);
    } catch (DataException | IOException e) {
      System.err.println("kt-eval: " + e.getMessage());
      return 2;
    }
    if (ds.train().isEmpty() || ds.test().isEmpty()) {
      System.err.println("kt-eval: the data needs both train and test students (split column)");
      return 2;
    }
    if (!model.equals("lr") && !model.equals("bkt")) {
      System.err.println("kt-eval: --model must be lr or bkt");
      return 2;
    }
    if (crossValidate) {
      KtCrossValidation.grid(KtConfig.DEFAULT).forEach(cfg -> {
        var r = KtCrossValidation.evaluate(ds.train(), cfg);
        System.err.printf("cv %s auc=%.4f logloss=%.4f%n", cfg, r.auc(), r.logLoss());
      });
    }
    long start = System.nanoTime();
    KnowledgeTracer.Evaluation eval;
    double fitSeconds;
    if (model.equals("bkt")) {
      SkillSetBkt bkt = SkillSetBkt.fit(ds.train(), BktFitter.standard());
      fitSeconds = (System.nanoTime() - start) / 1e9;
      eval = KnowledgeTracer.Evaluation.of(ds.test(), bkt::predict);
    } else {
      KnowledgeTracer tracer = KnowledgeTracer.fit(ds.train(), KtConfig.DEFAULT);
      fitSeconds = (System.nanoTime() - start) / 1e9;
      eval = tracer.evaluate(ds.test());
    }
    ObjectNode out = new ObjectMapper().createObjectNode();
    out.put("auc", round(eval.auc()));
    out.put("rmse", round(eval.rmse()));
    out.put("n_test", eval.size());
    out.put("fit_seconds", Math.round(fitSeconds * 100) / 100.0);
    System.out.println(out);
    return 0;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  /** Train and test students, each with responses in {@code order_idx} order. */
  record Dataset(List<StudentSequence> train, List<StudentSequence> test) {}

  static final class DataException extends Exception {
    DataException(String message) {
      super(message);
    }
  }

  static Dataset read(Path file) throws IOException, DataException {
    return read(file, MAX_BYTES, MAX_ROWS);
  }

  static Dataset read(Path file, long maxBytes, int maxRows) throws IOException, DataException {
    if (!Files.isRegularFile(file)) {
      throw new DataException("no such data file: " + file);
    }
    if (Files.size(file) > maxBytes) {
      throw new DataException("data file larger than " + maxBytes + " bytes: " + file);
    }
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Map<Integer, TreeMap<Integer, KtResponse>> byStudent = new LinkedHashMap<>();
    Map<Integer, String> splitOf = new LinkedHashMap<>();
    Map<Integer, Integer> foldOf = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows =
            mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
      int line = 1;
      while (rows.hasNextValue()) {
        line++;
        if (line - 1 > maxRows) {
          throw new DataException("more than " + maxRows + " rows");
        }
        Map<String, String> row = rows.nextValue();
        if (line == 2) {
          List<String> missing = COLUMNS.stream().filter(c -> !row.containsKey(c)).toList();
          if (!missing.isEmpty()) {
            throw new DataException("missing columns " + missing + "; expected " + COLUMNS);
          }
        }
        int student = id(row, "student_id", line);
        int order = id(row, "order_idx", line);
        int fold = id(row, "fold5", line);
        if (fold > 4) {
          throw new DataException("line " + line + ": fold5 must be 0..4");
        }
        String split = row.get("split");
        if (!"train".equals(split) && !"test".equals(split)) {
          throw new DataException("line " + line + ": split must be train or test");
        }
        String correct = row.get("correct");
        if (!"0".equals(correct) && !"1".equals(correct)) {
          throw new DataException("line " + line + ": correct must be 0 or 1");
        }
        KtResponse r = new KtResponse(
            id(row, "item_id", line), id(row, "skill_id", line), skills(row, line), correct.equals("1"));
        if (!split.equals(splitOf.computeIfAbsent(student, k -> split))
            || fold != foldOf.computeIfAbsent(student, k -> fold)) {
          throw new DataException("line " + line + ": a student's rows disagree on split or fold5");
        }
        if (byStudent.computeIfAbsent(student, k -> new TreeMap<>()).put(order, r) != null) {
          throw new DataException("line " + line + ": repeated order_idx for a student");
        }
      }
    } catch (RuntimeException e) { // Jackson reports malformed CSV as unchecked exceptions
      throw new DataException("malformed CSV: " + e.getMessage());
    }
    if (byStudent.isEmpty()) {
      throw new DataException("no rows in " + file);
    }
    List<StudentSequence> train = new ArrayList<>();
    List<StudentSequence> test = new ArrayList<>();
    byStudent.forEach((student, responses) -> {
      StudentSequence s = new StudentSequence(student, foldOf.get(student), new ArrayList<>(responses.values()));
      ("train".equals(splitOf.get(student)) ? train : test).add(s);
    });
    return new Dataset(train, test);
  }

  private static int id(Map<String, String> row, String column, int line) throws DataException {
    String v = row.get(column);
    try {
      int x = Integer.parseInt(v == null ? "" : v.trim());
      if (x < 0 || x > MAX_ID) {
        throw new DataException("line " + line + ": " + column + " out of range 0.." + MAX_ID);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new DataException("line " + line + ": " + column + " is not a whole number");
    }
  }

  private static int[] skills(Map<String, String> row, int line) throws DataException {
    String v = row.get("orig_skills");
    String[] parts = v == null || v.isBlank() ? new String[0] : v.trim().split("_", -1);
    if (parts.length == 0 || parts.length > MAX_SKILLS_PER_ITEM) {
      throw new DataException("line " + line + ": orig_skills needs 1.." + MAX_SKILLS_PER_ITEM + " ids joined with _");
    }
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw new DataException("line " + line + ": orig_skills is not ids joined with _");
      }
      if (out[i] < 0 || out[i] > MAX_ID) {
        throw new DataException("line " + line + ": orig_skills id out of range");
      }
    }
    return Arrays.stream(out).distinct().toArray();
  }
}
