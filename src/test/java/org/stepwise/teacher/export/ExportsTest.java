package org.stepwise.teacher.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.stepwise.teacher.export.StudentProgress.SkillProgress;
import org.stepwise.teacher.text.MisconceptionGuide;

class ExportsTest {

  @Test
  void gradebookCsvRoundTripsThroughACsvParserWithEscapingAndFormulaProtection() throws Exception {
    Gradebook g = new Gradebook("7B", List.of(
        new Gradebook.Column("a1", "Quiz 1, fractions"), new Gradebook.Column("a2", "=HYPERLINK(\"x\")"),
        new Gradebook.Column("two-step", "Two-step \"equations\"")),
        List.of(
            new Gradebook.Row("s1", "O'Brien", "Zoë", Map.of("a1", 0.8, "a2", 1.0, "two-step", 0.456)),
            new Gradebook.Row("s2", "@evil", "+1 line\nbreak", Map.of("a1", 0.5)),
            new Gradebook.Row("-s3", "Ng", "Al", Map.of())));
    byte[] bytes = new GradebookCsv().write(g);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> rows;
    try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      rows = p.getRecords();
    }
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).toList()).containsExactly("Student ID", "Family name", "Given name", "Quiz 1, fractions",
        "'=HYPERLINK(\"x\")", "Two-step \"equations\"", "Average");
    assertThat(rows.get(1).toList()).containsExactly("s1", "O'Brien", "Zoë", "80.0", "100.0", "45.6", "75.2");
    assertThat(rows.get(2).toList()).containsExactly("s2", "'@evil", "'+1 line\nbreak", "50.0", "", "", "50.0");
    assertThat(rows.get(3).toList()).containsExactly("'-s3", "Ng", "Al", "", "", "", "");
    assertThat(text).contains("\r\n");
  }

  @Test
  void gradebookRefusesScoresOutsideTheRangeOrForUnknownColumns() {
    List<Gradebook.Column> cols = List.of(new Gradebook.Column("a", "A"));
    assertThatThrownBy(() -> new Gradebook("c", cols, List.of(new Gradebook.Row("s", "F", "G", Map.of("a", 1.5)))))
        .hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> new Gradebook("c", cols, List.of(new Gradebook.Row("s", "F", "G", Map.of("b", 0.5)))))
        .hasMessageContaining("unknown column 'b'");
  }

  final ParentNote notes = new ParentNote(MisconceptionGuide.bundled());

  @Test
  void parentNoteIsSpecificPlainAndKind() {
    StudentProgress p = new StudentProgress("Maya", "this week", 4, 95, 62, 2, 3, List.of(
        new SkillProgress("Two-step equations", 0.35, 0.86),
        new SkillProgress("Equations with brackets", 0.1, 0.42),
        new SkillProgress("Adding fractions", 0.9, 0.93)),
        Optional.of("distribute_first_term_only"));
    String note = notes.draft(p);
    assertThat(note).startsWith("Here is an update on Maya's maths practice this week.");
    assertThat(note).contains("practised on 4 days for about 95 minutes and answered 62 questions");
    assertThat(note).contains("finished 2 of the 3 assignments");
    assertThat(note).contains("confident with two-step equations and adding fractions");
    assertThat(note).contains("The biggest step forward was in two-step equations: from making progress to confident.");
    assertThat(note).contains("Next we are working on equations with brackets, where Maya is making progress.");
    assertThat(note).contains("putting in a small number");
    for (String jargon : List.of("mastery", "misconception", "probability", "%", "0.", "distribute_first", "BKT",
        "knowledge tracing", "fail", "poor", "weak", "behind", "lazy", "struggl")) {
      assertThat(note.toLowerCase()).as("no '%s'", jargon).doesNotContain(jargon.toLowerCase());
    }
  }

  @Test
  void parentNoteForAStudentWhoHasNotStartedIsEncouraging() {
    String note = notes.draft(new StudentProgress("Leo", "since Monday", 0, 0, 0, 0, 2, List.of(), Optional.empty()));
    assertThat(note).contains("Leo has not practised since Monday yet, so this is a good moment to start together.");
    assertThat(note).contains("finished 0 of the 2 assignments");
    assertThat(note).doesNotContain("{");
  }

  @Test
  void oneDayIsSingular() {
    String note = notes.draft(new StudentProgress("Ana", "today", 1, 12, 9, 0, 0,
        List.of(new SkillProgress("Order of operations", 0.2, 0.5)), Optional.empty()));
    assertThat(note).contains("on 1 day for").doesNotContain("assignments");
  }
}
