package org.stepwise.teacher.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;

/** Every statement and answer the course can print goes through the typesetter without losing a symbol. */
class MathLayoutCourseTest {

  static List<QuizItem> everyTemplateOnce() {
    QuizGenerator g = new QuizGenerator(QuizGeneratorTest.COURSE, QuizGeneratorTest.ENGINE);
    List<QuizItem> out = new ArrayList<>();
    ItemGenerator items = new ItemGenerator();
    int n = 1;
    for (ItemTemplate t : QuizGeneratorTest.COURSE.templates()) {
      Item item = items.generate(t, 1234 + n);
      out.add(new QuizItem(n++, t.skill(), t.id(), item.seed(), item.statement(), item.authorAnswer().orElse("0"),
          "expression", null));
    }
    return out;
  }

  @Test
  void layoutKeepsEveryLetterAndDigitInOrder() {
    for (QuizItem item : everyTemplateOnce()) {
      for (String text : List.of(item.statement(), item.answer())) {
        String plain = MathLayout.plain(MathLayout.layout(text));
        assertThat(essence(fromPlain(plain))).as(text + "  →  " + plain).isEqualTo(essence(fromSource(text)));
        assertThat(plain).doesNotContain("^", "*", "sqrt");
      }
    }
  }

  @Test
  void theWholeCoursePrintsWithoutUnprintableCharacters() throws IOException {
    List<QuizItem> all = everyTemplateOnce();
    byte[] pdf = new QuizPdf().render(List.of(new QuizVariant("q", "Every template", "C0FFEE", "", all)));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(10);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("?").contains(all.size() + ".");
    }
  }

  private static String fromSource(String s) {
    return s.replace("sqrt", "").replace("abs", "");
  }

  private static String fromPlain(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      int k = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
      b.append(k >= 0 ? (char) ('0' + k) : c == 'π' ? "pi" : String.valueOf(c));
    }
    return b.toString();
  }

  /** Letters and digits in order: what must survive typesetting. */
  private static String essence(String s) {
    return s.replaceAll("[^A-Za-z0-9]", "");
  }
}
