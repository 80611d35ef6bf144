package org.stepwise.tutor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The tutor's phrase lists (resource {@code tutor/lexicon.yaml}): patterns by name, compiled once. */
public final class Lexicon {

  private static final Lexicon BUNDLED = load("tutor/lexicon.yaml");

  private final Map<String, List<Pattern>> lists;

  private Lexicon(Map<String, List<Pattern>> lists) {
    this.lists = lists;
  }

  public static Lexicon bundled() {
    return BUNDLED;
  }

  /** The named list; fails loudly for a name the data does not have (a typo must not silently match nothing). */
  public List<Pattern> list(String name) {
    List<Pattern> l = lists.get(name);
    if (l == null) throw new IllegalStateException("tutor/lexicon.yaml has no list '" + name + "'");
    return l;
  }

  public boolean any(String name, String text) {
    for (Pattern p : list(name)) {
      if (p.matcher(text).find()) return true;
    }
    return false;
  }

  /** The text with every match of the named list removed (used to drop negated verdict words). */
  public String without(String name, String text) {
    String out = text;
    for (Pattern p : list(name)) out = p.matcher(out).replaceAll(" ");
    return out;
  }

  /** Message text as the patterns expect it: straight quotes, collapsed spaces, lower case. */
  public static String normalize(String s) {
    String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    return CONTRACTION.matcher(t).replaceAll(m -> {
      for (int g = 1; g < m.groupCount(); g += 2) {
        if (m.group(g) != null) return m.group(g) + "'" + m.group(g + 1);
      }
      return m.group();
    });
  }

  /** Children skip apostrophes: "cant", "dont", "im", "youre" read as "can't", "don't", "i'm", "you're". */
  private static final Pattern CONTRACTION = Pattern.compile(
      "\\b(can|don|won|didn|doesn|isn|wasn|aren|couldn|shouldn|wouldn|haven)(t)\\b|\\b(i)(m|ve)\\b|\\b(you|they|we)(re)\\b|\\b(that|what|it)(s)\\b(?= (?:wrong|right|correct|the|a|my|your|not|it|x|\\d))");

  static Map<String, List<String>> readYaml(String resource) {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
      return yaml.readValue(in, yaml.getTypeFactory().constructMapType(LinkedHashMap.class,
          yaml.getTypeFactory().constructType(String.class),
          yaml.getTypeFactory().constructCollectionType(List.class, String.class)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static Lexicon load(String resource) {
    Map<String, List<Pattern>> out = new LinkedHashMap<>();
    readYaml(resource).forEach((k, v) -> out.put(k,
        v.stream().map(s -> Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList()));
    return new Lexicon(Map.copyOf(out));
  }
}
