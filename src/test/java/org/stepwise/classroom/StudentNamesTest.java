package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading typed and pasted students, and the usernames names suggest. */
class StudentNamesTest {
  @Test
  void aListGivesOneEntryPerNonBlankLineWithLineNumbersAsTheTeacherSeesThem() {
    var parsed = StudentNames.list("  Ada   Lovelace \n\n\tAlan Turing , Alan.T\r\nBo\n");
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.entries()).containsExactly(
        new StudentNames.Entry(1, "Ada Lovelace", Optional.empty()),
        new StudentNames.Entry(3, "Alan Turing", Optional.of("alan.t")),
        new StudentNames.Entry(4, "Bo", Optional.empty()));
  }

  @Test
  void everyBadLineIsReportedNotJustTheFirst() {
    var parsed = StudentNames.list("""
        Ada Lovelace, ada
        , nobody
        Cy Young, ada
        Dee, d e
        Eve, a, b
        Fay,
        12345
        Gus, %s
        %s
        Ivy, -ivy
        """.formatted("g".repeat(33), "n".repeat(101)));
    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.errors()).extracting(StudentNames.LineError::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(parsed.errors().get(1).toString()).isEqualTo("Line 3: username 'ada' is also on line 1");
    assertThat(parsed.errors().get(5).message()).isEqualTo("the name has no letters");
    assertThat(parsed.errors().get(6).message()).contains("longer than 32");
    assertThat(parsed.errors().get(7).message()).contains("longer than 100");
  }

  @Test
  void anEmptyListAndNonPrintingCharactersAreRefused() {
    assertThat(StudentNames.list(" \n \n").errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("empty"));
    assertThat(StudentNames.one("Ada\u0007", "").errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("cannot be printed"));
    assertThat(StudentNames.one("", "").errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).isEqualTo("the name is missing"));
  }

  @Test
  void suggestedUsernamesAreFirstNameDotInitialInPlainLetters() {
    assertThat(StudentNames.suggestedUsername("Mira Kowalski")).isEqualTo("mira.k");
    assertThat(StudentNames.suggestedUsername("Zoë Weiß")).isEqualTo("zoe.w");
    assertThat(StudentNames.suggestedUsername("Łukasz Ørsted-Æbelø")).isEqualTo("lukasz.a");
    assertThat(StudentNames.suggestedUsername("Tom O'Brien")).isEqualTo("tom.b");
    assertThat(StudentNames.suggestedUsername("Cher")).isEqualTo("cher");
    assertThat(StudentNames.suggestedUsername("李雷")).isEqualTo("student");
    assertThat(StudentNames.suggestedUsername("Maximiliansebastianus Long")).isEqualTo("maximiliansebastianu.l");
  }
}
