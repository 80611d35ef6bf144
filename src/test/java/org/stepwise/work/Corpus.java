package org.stepwise.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A hand-checked worked solution from {@code src/test/resources/work/*.jsonl}. */
record Corpus(String id, String problem, List<String> steps, Integer firstErrorStep, String misconception,
    boolean finalCorrect) {

  /** Hand-written while the library was designed: the acceptance bar. */
  static final String SOLUTIONS = "/work/solutions.jsonl";
  /** Written after the rules, with fresh numbers and shapes: shows whether the rules generalise. */
  static final String HELD_OUT = "/work/heldout.jsonl";

  static List<Corpus> read(String resource) {
    ObjectMapper json = new ObjectMapper();
    List<Corpus> out = new ArrayList<>();
    try (InputStream in = Corpus.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        List<String> steps = new ArrayList<>();
        n.get("steps").forEach(s -> steps.add(s.asText()));
        out.add(new Corpus(n.get("id").asText(), n.get("problem").asText(), steps,
            n.get("first_error_step").isNull() ? null : n.get("first_error_step").asInt(),
            n.get("misconception").isNull() ? null : n.get("misconception").asText(),
            n.get("final_correct").asBoolean()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public String toString() {
    return id + " " + problem + " " + steps;
  }
}
