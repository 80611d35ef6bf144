package org.stepwise.work;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The misconception texts, read once from {@code content/misconceptions.yaml} and validated on load. */
public final class MisconceptionLibrary {

  static final String RESOURCE = "/content/misconceptions.yaml";
  private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_]*");

  private final Map<String, Misconception> byLabel;

  private MisconceptionLibrary(Map<String, Misconception> byLabel) {
    this.byLabel = byLabel;
  }

  /** Loads the library bundled with the application. */
  public static MisconceptionLibrary bundled() {
    try (InputStream in = MisconceptionLibrary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads and validates a library; a content mistake fails loudly here rather than as a wrong diagnosis later. */
  static MisconceptionLibrary read(InputStream yaml) throws IOException {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    File file = mapper.readValue(yaml, File.class);
    if (file.misconceptions == null || file.misconceptions.isEmpty()) {
      throw new IllegalArgumentException("no misconceptions in library");
    }
    Map<String, Misconception> byLabel = new LinkedHashMap<>();
    for (Entry e : file.misconceptions) {
      requireText(e.label, "label", e.label);
      if (!LABEL.matcher(e.label).matches()) {
        throw new IllegalArgumentException("label is not snake_case: " + e.label);
      }
      requireText(e.name, "name", e.label);
      requireText(e.description, "description", e.label);
      requireText(e.rule, "rule", e.label);
      requireText(e.studentQuestion, "student_question", e.label);
      requireText(e.teacherExplanation, "teacher_explanation", e.label);
      if (!e.studentQuestion.contains("{line}")) {
        throw new IllegalArgumentException(e.label + ": student_question must name the line with {line}");
      }
      Misconception m = new Misconception(
          e.label, e.name, e.description, e.rule, e.studentQuestion.strip(), e.teacherExplanation.strip());
      if (byLabel.put(e.label, m) != null) {
        throw new IllegalArgumentException("duplicate label " + e.label);
      }
    }
    return new MisconceptionLibrary(Map.copyOf(byLabel));
  }

  private static void requireText(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("misconception " + label + ": missing " + field);
    }
  }

  public Optional<Misconception> byLabel(String label) {
    return Optional.ofNullable(byLabel.get(label));
  }

  /** The misconception whose detection rule has this id, if any. */
  public Optional<Misconception> byRule(String ruleId) {
    return byLabel.values().stream().filter(m -> m.rule().equals(ruleId)).findFirst();
  }

  public Collection<Misconception> all() {
    return byLabel.values();
  }

  // YAML shape; kept private so the public type stays the immutable record.
  private static final class File {
    @JsonProperty("misconceptions") List<Entry> misconceptions;
  }

  private static final class Entry {
    @JsonProperty("label") String label;
    @JsonProperty("name") String name;
    @JsonProperty("description") String description;
    @JsonProperty("rule") String rule;
    @JsonProperty("student_question") String studentQuestion;
    @JsonProperty("teacher_explanation") String teacherExplanation;
  }
}
