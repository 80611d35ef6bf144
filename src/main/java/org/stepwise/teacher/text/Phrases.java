package org.stepwise.teacher.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence templates kept as data ({@code teacher/*.yaml}) and filled with {@code {name}} placeholders. Wording is
 * content: changing what a lesson plan or a parent note says is a data change, not a code change. A placeholder
 * without a value is an error rather than a silent gap in a text a parent or teacher reads.
 */
public final class Phrases {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
  private final Map<String, String> templates;

  private Phrases(Map<String, String> templates) {
    this.templates = Map.copyOf(templates);
  }

  public static Phrases load(String resource) {
    try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      Map<String, String> out = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isTextual()) {
          throw new IllegalStateException(resource + ": " + e.getKey() + ": must be a text");
        }
        out.put(e.getKey(), e.getValue().asText());
      }
      return new Phrases(out);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": not readable YAML", e);
    }
  }

  public String fill(String key, Map<String, ?> values) {
    String t = templates.get(key);
    if (t == null) {
      throw new IllegalStateException("no phrase '" + key + "'");
    }
    Matcher m = PLACEHOLDER.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = values.get(m.group(1));
      if (v == null) {
        throw new IllegalStateException("phrase '" + key + "': no value for {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  public boolean has(String key) {
    return templates.containsKey(key);
  }
}
