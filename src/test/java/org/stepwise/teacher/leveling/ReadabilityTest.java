package org.stepwise.teacher.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

  @ParameterizedTest(name = "{0} has {1} syllables")
  @CsvSource({
    "cat,1", "the,1", "make,1", "jumped,1", "boxes,2", "wanted,2", "table,2", "little,2", "apple,2",
    "happy,2", "water,2", "number,2", "fraction,2", "answer,2", "student,2", "problem,2", "teacher,2",
    "beautiful,3", "triangle,3", "quadratic,3", "equation,3", "syllable,3", "positive,3", "negative,3",
    "piano,3", "video,3", "actual,3", "multiply,3", "exponent,3", "important,3", "library,3",
    "readability,5", "temperature,4", "calculator,4", "variable,4", "mathematics,4", "expression,3",
    "simplify,3", "subtraction,3", "denominator,5", "numerator,4", "everything,4", "people,2", "science,2",
    "were,1", "create,2", "idea,3", "nation,2", "special,2", "region,2", "million,2", "quick,1", "liked,1",
    "added,2", "places,2", "makes,1"
  })
  void syllablesOfKnownWords(String word, int expected) {
    assertThat(Syllables.count(word)).isEqualTo(expected);
  }

  @Test
  void formulasOnAHandCountedText() {
    // 6 words, 1 sentence, 6 syllables, 17 letters
    ReadabilityReport r = new Readability().measure("The cat sat on the mat.");
    assertThat(r.sentences()).isEqualTo(1);
    assertThat(r.words()).isEqualTo(6);
    assertThat(r.syllables()).isEqualTo(6);
    assertThat(r.letters()).isEqualTo(17);
    assertThat(r.fleschKincaidGrade()).isCloseTo(0.39 * 6 + 11.8 - 15.59, within(0.01)); // -1.45
    assertThat(r.fleschReadingEase()).isCloseTo(206.835 - 1.015 * 6 - 84.6, within(0.01));
    assertThat(r.colemanLiauGrade()).isCloseTo(0.0588 * (1700.0 / 6) - 0.296 * (100.0 / 6) - 15.8, within(0.01));
    assertThat(r.hardWords()).isEmpty();
    assertThat(r.smogReliable()).isFalse();
  }

  @Test
  void harderTextScoresHigherOnEveryMeasureAndListsHardWordsAndLongSentences() {
    String easy = "Sam has a red ball. He likes to play. The dog runs to him. They play in the sun all day.";
    String hard = "Mathematical understanding of proportional relationships necessarily involves recognising"
        + " multiplicative comparisons between quantities, interpreting representations consistently across"
        + " contexts, and communicating generalisations with considerable precision and justification. Dr. Smith"
        + " measured 3.5 litres.";
    ReadabilityReport e = new Readability().measure(easy);
    ReadabilityReport h = new Readability().measure(hard);
    assertThat(e.sentences()).isEqualTo(4);
    assertThat(h.sentences()).as("Dr. and 3.5 do not end sentences").isEqualTo(2);
    assertThat(h.fleschKincaidGrade()).isGreaterThan(e.fleschKincaidGrade() + 8);
    assertThat(h.colemanLiauGrade()).isGreaterThan(e.colemanLiauGrade() + 8);
    assertThat(h.smogGrade()).isGreaterThan(e.smogGrade());
    assertThat(h.fleschReadingEase()).isLessThan(e.fleschReadingEase());
    assertThat(h.hardWords()).extracting(ReadabilityReport.HardWord::word)
        .contains("mathematical", "proportional", "relationships", "multiplicative");
    assertThat(h.longSentences()).singleElement().satisfies(s -> {
      assertThat(s.index()).isZero();
      assertThat(s.words()).isGreaterThan(20);
    });
    assertThat(e.longSentences()).isEmpty();
  }

  @Test
  void hardWordsAreCountedAndSortedByFrequency() {
    ReadabilityReport r = new Readability().measure(
        "An equation is a statement. Every equation has two sides. Solve the equation with a calculator.");
    assertThat(r.hardWords().get(0)).isEqualTo(new ReadabilityReport.HardWord("equation", 3, 3));
  }

  @Test
  void refusesEmptyAndOversizedText() {
    assertThatThrownBy(() -> new Readability().measure("  ")).hasMessageContaining("paste");
    assertThatThrownBy(() -> new Readability().measure("12 + 5 = 17.")).hasMessageContaining("no words");
    String big = "word ".repeat(Readability.MAX_CHARS / 5 + 1);
    assertThatThrownBy(() -> new Readability().measure(big)).hasMessageContaining("characters");
  }

  @Test
  void accentedWordsAreWholeWords() {
    ReadabilityReport r = new Readability().measure("Zoë's café serves crème brûlée.");
    assertThat(r.words()).isEqualTo(5);
    assertThat(r.letters()).isEqualTo(4 + 4 + 6 + 5 + 6); // the apostrophe is not a letter
  }

  @Test
  void hardWordListDoesNotDependOnCase() {
    Map<String, Integer> counts = new java.util.HashMap<>();
    new Readability().measure("Temperature rises. temperature falls.").hardWords()
        .forEach(w -> counts.put(w.word(), w.occurrences()));
    assertThat(counts).containsExactly(Map.entry("temperature", 2));
  }
}
