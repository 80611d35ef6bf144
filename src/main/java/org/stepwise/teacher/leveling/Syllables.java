package org.stepwise.teacher.leveling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word: vowel groups, corrected for the usual spelling patterns (silent final e,
 * -ed and -es endings, consonant + le, "qu", vowel pairs said as two syllables), and a list of exceptions kept as
 * data in {@code teacher/syllable-exceptions.txt}. Readability formulas only need a good average, but the hard-word
 * list shows single words to a teacher, so common classroom words should be right.
 */
public final class Syllables {

  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
  /** Vowel pairs that are two syllables (pi-a-no, vi-de-o, ac-tu-al), except the -tion/-cial kind. */
  private static final Pattern SPLIT_PAIR = Pattern.compile("(?<![tcsgxln])i[ao]|eo|[^q]ua|uo|ya");

  private static final Pattern NON_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern CONSONANT_LE = Pattern.compile(".*[^aeiouy]le");
  private static final Pattern VOICED_ED = Pattern.compile(".*[td]ed");
  private static final Pattern SIBILANT_ES = Pattern.compile(".*(s|x|z|ch|sh|c|g)es");

  private static final Map<String, Integer> EXCEPTIONS = load();

  private Syllables() {}

  public static int count(String word) {
    String w = NON_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    if (w.isEmpty()) {
      return 0;
    }
    Integer known = EXCEPTIONS.get(w);
    if (known != null) {
      return known;
    }
    if (w.length() <= 3) {
      return 1;
    }
    String s = w.replace("qu", "q");
    int extra = 0;
    if (s.endsWith("e") && !s.endsWith("ee") && !s.endsWith("ie")) {
      if (CONSONANT_LE.matcher(s).matches() && s.length() > 3) {
        extra = 0; // ta-ble: the e is silent, but the "le" keeps its own syllable
        s = s.substring(0, s.length() - 2) + "el";
      } else {
        s = s.substring(0, s.length() - 1);
      }
    } else if (s.endsWith("ed") && !VOICED_ED.matcher(s).matches()) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("es") && !SIBILANT_ES.matcher(s).matches()) {
      s = s.substring(0, s.length() - 2);
    }
    int n = 0;
    Matcher m = VOWEL_GROUP.matcher(s);
    while (m.find()) {
      n++;
    }
    Matcher p = SPLIT_PAIR.matcher(s);
    while (p.find()) {
      n++;
    }
    return Math.max(1, n + extra);
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> out = new HashMap<>();
    try (InputStream in = Syllables.class.getResourceAsStream("/teacher/syllable-exceptions.txt")) {
      if (in == null) {
        throw new IllegalStateException("teacher/syllable-exceptions.txt is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        out.put(parts[0].toLowerCase(Locale.ROOT), Integer.parseInt(parts[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
