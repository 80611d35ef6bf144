package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.math.MathEngine;

class PracticeStatementMathTest {
  private static final StatementMath SPLITTER = new StatementMath(MathEngine.standard());

  /** Words in brackets [..], maths as {latex}. */
  @ParameterizedTest
  @CsvSource(delimiterString = " ::: ", value = {
      "Solve 3x + 5 = 20 for x ::: [Solve ]{3x + 5 = 20}[ for ]{x}",
      "Calculate 3/4 + 1/6, give a fraction in lowest terms ::: [Calculate ]{\\frac{3}{4} + \\frac{1}{6}}[, give a fraction in lowest terms]",
      "Evaluate 3a - b when a=2 and b=-1 ::: [Evaluate ]{3a - b}[ when ]{a = 2}[ and ]{b = -1}",
      "Find the slope of the line through (1, 2) and (3, 8) ::: [Find the slope of the line through ]{\\left(1, 2\\right)}[ and ]{\\left(3, 8\\right)}",
      "Calculate sqrt(49) ::: [Calculate ]{\\sqrt{49}}",
      "Factor x^2 + 5x + 6 ::: [Factor ]{{x}^{2} + 5x + 6}",
  })
  void cutsWordsFromMaths(String statement, String expected) {
    StringBuilder sb = new StringBuilder();
    for (StatementMath.Segment s : SPLITTER.of(statement)) {
      sb.append(s.latex() == null ? "[" + s.text() + "]" : "{" + s.latex() + "}");
    }
    assertThat(sb.toString()).isEqualTo(expected);
  }

  /** Nothing is lost: the pieces put back together are the statement, for an item of every bundled template. */
  @Test
  void thePiecesAreTheWholeStatementForEveryTemplate() {
    ItemGenerator generator = new ItemGenerator();
    int withMath = 0;
    for (ItemTemplate t : TestItems.COURSE.templates()) {
      String statement = generator.generate(t, 7).statement();
      List<StatementMath.Segment> parts = SPLITTER.of(statement);
      StringBuilder joined = new StringBuilder();
      for (StatementMath.Segment s : parts) {
        joined.append(s.text());
      }
      assertThat(joined.toString()).as(t.id()).isEqualTo(statement);
      if (parts.stream().anyMatch(s -> s.latex() != null)) {
        withMath++;
      }
    }
    assertThat(withMath).isEqualTo(TestItems.COURSE.templates().size());
  }
}
