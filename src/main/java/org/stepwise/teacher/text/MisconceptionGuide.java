package org.stepwise.teacher.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the teacher tools say about each misconception label: {@code teacher/misconceptions.yaml}. */
public final class MisconceptionGuide {

  /** @param parentTip one thing a family can do at home, phrased to follow "You could " */
  public record Entry(String label, String name, String miniLesson, String parentTip) {}

  private final Map<String, Entry> entries;

  private MisconceptionGuide(Map<String, Entry> entries) {
    this.entries = entries;
  }

  public static MisconceptionGuide bundled() {
    String resource = "/teacher/misconceptions.yaml";
    try (InputStream in = MisconceptionGuide.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      JsonNode all = new ObjectMapper(new YAMLFactory()).readTree(in).path("misconceptions");
      Map<String, Entry> out = new LinkedHashMap<>();
      all.fields().forEachRemaining(e -> {
        JsonNode n = e.getValue();
        for (String field : new String[] {"name", "mini_lesson", "parent_tip"}) {
          if (!n.path(field).isTextual() || n.path(field).asText().isBlank()) {
            throw new IllegalStateException(resource + ": " + e.getKey() + ": " + field + ": required");
          }
        }
        out.put(e.getKey(), new Entry(e.getKey(), n.get("name").asText(), n.get("mini_lesson").asText(),
            n.get("parent_tip").asText()));
      });
      return new MisconceptionGuide(Map.copyOf(out));
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": not readable YAML", e);
    }
  }

  public Optional<Entry> find(String label) {
    return Optional.ofNullable(entries.get(label));
  }

  /** The entry, or a neutral one built from the label, so new labels never break a page. */
  public Entry get(String label) {
    return find(label).orElseGet(() -> new Entry(label, label.replace('_', ' '),
        "Work through two items of this kind together and ask students to explain each step.",
        "ask them to explain each step of one of their answers to you."));
  }

  public Set<String> labels() {
    return entries.keySet();
  }
}
