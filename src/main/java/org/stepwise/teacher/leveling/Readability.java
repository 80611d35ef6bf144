package org.stepwise.teacher.leveling;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stepwise.teacher.leveling.ReadabilityReport.HardWord;
import org.stepwise.teacher.leveling.ReadabilityReport.LongSentence;

/**
 * Measures a pasted text: Flesch–Kincaid grade and reading ease, Coleman–Liau index and SMOG grade, with the hard
 * words (three or more syllables) and long sentences a teacher would rewrite first. Formulas as published (Kincaid
 * et al. 1975; Coleman and Liau 1975; McLaughlin 1969).
 */
public final class Readability {

  public static final int MAX_CHARS = 100_000;
  public static final int DEFAULT_LONG_SENTENCE = 20;
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:^|\\s)(?:Mr|Mrs|Ms|Dr|Prof|St|vs|etc|e\\.g|i\\.e)\\.\\s*$");

  private final int longSentenceWords;

  public Readability() {
    this(DEFAULT_LONG_SENTENCE);
  }

  public Readability(int longSentenceWords) {
    if (longSentenceWords < 5) {
      throw new IllegalArgumentException("a long sentence has at least 5 words");
    }
    this.longSentenceWords = longSentenceWords;
  }

  public ReadabilityReport measure(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text: paste some text to measure");
    }
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "text: " + text.length() + " characters is more than the " + MAX_CHARS + " this tool measures at once");
    }
    List<String> sentences = sentences(text);
    int words = 0;
    int syllables = 0;
    int letters = 0;
    int polysyllables = 0;
    Map<String, int[]> hard = new LinkedHashMap<>();
    List<LongSentence> longOnes = new ArrayList<>();
    int counted = 0;
    for (String s : sentences) {
      Matcher m = WORD.matcher(s);
      int inSentence = 0;
      while (m.find()) {
        String w = m.group();
        int syl = Syllables.count(w);
        inSentence++;
        syllables += syl;
        letters += (int) w.chars().filter(Character::isLetter).count();
        if (syl >= 3) {
          polysyllables++;
          hard.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[] {syl, 0})[1]++;
        }
      }
      if (inSentence == 0) {
        continue; // a line of numbers or symbols is not a sentence
      }
      if (inSentence > longSentenceWords) {
        longOnes.add(new LongSentence(counted, inSentence, s.strip()));
      }
      words += inSentence;
      counted++;
    }
    if (words == 0) {
      throw new IllegalArgumentException("text: no words to measure");
    }
    double wps = (double) words / counted;
    double spw = (double) syllables / words;
    double fk = 0.39 * wps + 11.8 * spw - 15.59;
    double ease = 206.835 - 1.015 * wps - 84.6 * spw;
    double l = 100.0 * letters / words;
    double sPer100 = 100.0 * counted / words;
    double cli = 0.0588 * l - 0.296 * sPer100 - 15.8;
    double smog = 1.0430 * Math.sqrt(polysyllables * (30.0 / counted)) + 3.1291;
    List<HardWord> hardWords = hard.entrySet().stream()
        .map(e -> new HardWord(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingInt(HardWord::occurrences).reversed())
        .toList();
    return new ReadabilityReport(
        counted, words, syllables, letters, round(fk), round(ease), round(cli), round(smog), counted >= 30,
        hardWords, longOnes);
  }

  /** Sentences as the JDK's sentence rules find them (they know "Dr." and "3.5" are not sentence ends). */
  static List<String> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      pending.append(text, start, end);
      // the JDK's rules end a sentence after "Dr." before a capital; a title never ends one
      if (ABBREVIATION.matcher(pending).find()) {
        continue;
      }
      if (!pending.toString().isBlank()) {
        out.add(pending.toString());
      }
      pending.setLength(0);
    }
    if (!pending.toString().isBlank()) {
      out.add(pending.toString());
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
