package org.stepwise.teacher.leveling;

import java.util.List;

/**
 * The readability of a text. Grades are US school grades; {@code smogGrade} is only meaningful for texts of about
 * 30 sentences or more, which {@code smogReliable} says.
 *
 * @param hardWords     distinct words of three or more syllables, most frequent first
 * @param longSentences sentences longer than the long-sentence threshold, in text order
 */
public record ReadabilityReport(
    int sentences,
    int words,
    int syllables,
    int letters,
    double fleschKincaidGrade,
    double fleschReadingEase,
    double colemanLiauGrade,
    double smogGrade,
    boolean smogReliable,
    List<HardWord> hardWords,
    List<LongSentence> longSentences) {

  public ReadabilityReport {
    hardWords = List.copyOf(hardWords);
    longSentences = List.copyOf(longSentences);
  }

  public record HardWord(String word, int syllables, int occurrences) {}

  /** @param index 0-based position of the sentence in the text */
  public record LongSentence(int index, int words, String text) {}
}
