package org.stepwise.tutor;

import java.util.List;
import java.util.Map;

/** The tutor's authored words ({@code tutor/phrases.yaml}); a variant is chosen from a seed so replies are reproducible. */
public final class Phrasebook {

  private static final Phrasebook BUNDLED = new Phrasebook(Lexicon.readYaml("tutor/phrases.yaml"));

  private final Map<String, List<String>> phrases;

  private Phrasebook(Map<String, List<String>> phrases) {
    this.phrases = Map.copyOf(phrases);
  }

  public static Phrasebook bundled() {
    return BUNDLED;
  }

  public String pick(String name, int seed) {
    List<String> variants = phrases.get(name);
    if (variants == null || variants.isEmpty()) throw new IllegalStateException("tutor/phrases.yaml has no '" + name + "'");
    return variants.get(Math.floorMod(seed, variants.size()));
  }

  /** The phrase with each {key} replaced. */
  public String fill(String name, int seed, Map<String, String> values) {
    String s = pick(name, seed);
    for (var e : values.entrySet()) s = s.replace("{" + e.getKey() + "}", e.getValue());
    return s.replaceAll("\\s+", " ").strip();
  }
}
