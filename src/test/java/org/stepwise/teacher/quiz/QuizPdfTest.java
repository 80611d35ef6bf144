package org.stepwise.teacher.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class QuizPdfTest {

  final QuizGenerator generator = new QuizGenerator(QuizGeneratorTest.COURSE, QuizGeneratorTest.ENGINE);

  @Test
  void layoutUsesRealTypography() {
    assertThat(MathLayout.plain(MathLayout.layout("Simplify 3x^2 * 4x^(-3) - 5"))).isEqualTo("Simplify 3x² × 4x⁻³ − 5");
    List<MathLayout.Box> frac = MathLayout.layout("Solve x/4 + (x+1)/(x-2) = 3 for x");
    assertThat(frac).filteredOn(b -> b instanceof MathLayout.Frac).hasSize(2);
    assertThat(MathLayout.plain(frac)).isEqualTo("Solve x/4 + (x+1)/(x−2) = 3 for x");
    assertThat(MathLayout.plain(MathLayout.layout("Evaluate sqrt(49) + 2 when a >= 3"))).isEqualTo("Evaluate √(49) + 2 when a ≥ 3");
    assertThat(MathLayout.layout("Find the slope of a line")).allSatisfy(b ->
        assertThat(((MathLayout.Run) b).style()).isEqualTo(MathLayout.Style.ROMAN));
  }

  @Test
  void printablePaperRendersWithItemsNameDateAndASeparateKey() throws IOException {
    QuizSpec spec = new QuizSpec("q-7", "Powers and equations", List.of("powers", "two-step", "frac-add-sub"), 8,
        Difficulty.MIXED);
    List<QuizVariant> variants = List.of(
        generator.forStudent(spec, "s-1", "Ada"), generator.forStudent(spec, "s-2", ""));
    byte[] pdf = new QuizPdf().render(variants);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage img = renderer.renderImageWithDPI(p, 72);
        assertThat(darkPixels(img)).as("page %d is not blank", p + 1).isGreaterThan(500);
      }
      String first = text(doc, 1, 1);
      assertThat(first).contains("Powers and equations", "Name:", "Ada", "Date:", "Variant " + variants.get(0).code());
      for (int n = 1; n <= 8; n++) {
        assertThat(text(doc, 1, doc.getNumberOfPages() - 1)).contains(n + ".");
      }
      String all = text(doc, 1, doc.getNumberOfPages());
      assertThat(all).doesNotContain("^").doesNotContain("*").doesNotContain("sqrt");
      // the words of every statement are on the paper
      for (QuizVariant v : variants) {
        for (QuizItem item : v.items()) {
          assertThat(all).contains(item.statement().split(" ")[0]);
        }
      }
      String last = text(doc, doc.getNumberOfPages(), doc.getNumberOfPages());
      assertThat(last).contains("Answer key", "Variant " + variants.get(0).code(), "Variant " + variants.get(1).code());
      assertThat(text(doc, 1, doc.getNumberOfPages() - 1)).doesNotContain("Answer key");
      // exponents are typeset as raised, smaller text, not as '^'
      boolean hasPower = variants.stream().flatMap(v -> v.items().stream()).anyMatch(i -> i.statement().contains("^"));
      assertThat(hasPower).isTrue();
      assertThat(smallGlyphs(doc)).as("superscript glyphs").isNotEmpty();
    }
  }

  @Test
  void symbolsComeOutAsMathCharacters() throws IOException {
    QuizItem item = new QuizItem(1, "powers", "t", 1, "Calculate -3^2 * 4 - sqrt(16)", "-40", "numeric", null);
    byte[] pdf = new QuizPdf().render(List.of(new QuizVariant("q", "Symbols", "ABC123", "", List.of(item))));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String t = text(doc, 1, 1);
      assertThat(t).contains("−", "×", "√").doesNotContain("*");
    }
  }

  @Test
  void layoutRefusesOversizedOrTooDeeplyNestedInput() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MathLayout.layout("1+".repeat(MathLayout.MAX_CHARS)))
        .hasMessageContaining("longer than");
    String deep = "(".repeat(MathLayout.MAX_DEPTH + 1) + "x" + ")".repeat(MathLayout.MAX_DEPTH + 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MathLayout.layout(deep)).hasMessageContaining("nested");
    String ok = "(".repeat(10) + "x" + ")".repeat(10);
    assertThat(MathLayout.plain(MathLayout.layout(ok))).isEqualTo(ok);
  }

  @Test
  void aNameTheStandardFontsCannotShowLeavesTheNameLineBlank() throws IOException {
    QuizItem item = new QuizItem(1, "powers", "t", 1, "Calculate 2^3", "8", "numeric", null);
    byte[] pdf = new QuizPdf().render(List.of(new QuizVariant("q", "Names", "ABC123", "Łukasz Nowak", List.of(item)),
        new QuizVariant("q", "Names", "DEF456", "Zoë Brontë", List.of(item))));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String all = text(doc, 1, doc.getNumberOfPages());
      assertThat(all).doesNotContain("?").doesNotContain("ukasz").contains("Zoë Brontë").contains("Variant ABC123");
    }
  }

  private static String text(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(from);
    s.setEndPage(to);
    return s.getText(doc);
  }

  private static List<TextPosition> smallGlyphs(PDDocument doc) throws IOException {
    List<TextPosition> small = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
          if (Character.isDigit(p.getUnicode().charAt(0)) && p.getFontSizeInPt() < 10) {
            small.add(p);
          }
        }
      }
    };
    s.setEndPage(doc.getNumberOfPages() - 1);
    s.getText(doc);
    return small;
  }

  private static int darkPixels(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
        if (lum < 300) {
          n++;
        }
      }
    }
    return n;
  }
}
