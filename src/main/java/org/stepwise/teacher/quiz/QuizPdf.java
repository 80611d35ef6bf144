package org.stepwise.teacher.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.stepwise.teacher.quiz.MathLayout.Box;
import org.stepwise.teacher.quiz.MathLayout.Frac;
import org.stepwise.teacher.quiz.MathLayout.Root;
import org.stepwise.teacher.quiz.MathLayout.Run;
import org.stepwise.teacher.quiz.MathLayout.Sup;

/**
 * Prints quiz variants as one PDF: each student's paper starts on a new page (title, name and date lines, the
 * variant code, numbered items with room to work), and the answer keys of all variants follow on their own pages.
 * Math is typeset with the PDF standard fonts (Times for text and italic variables, Symbol for − × ÷ √ ≤ ≥), so
 * nothing has to be embedded and every viewer shows the same thing.
 */
public final class QuizPdf {

  private static final float MARGIN = 56;
  private static final float BODY = 13;
  private static final float WORK_SPACE = 70;

  private final PDFont roman = new PDType1Font(FontName.TIMES_ROMAN);
  private final PDFont italic = new PDType1Font(FontName.TIMES_ITALIC);
  private final PDFont bold = new PDType1Font(FontName.TIMES_BOLD);
  private final PDFont symbol = new PDType1Font(FontName.SYMBOL);

  public byte[] render(List<QuizVariant> variants) {
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("no quiz variants to print");
    }
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(variants.get(0).title());
      info.setCreator("Stepwise");
      doc.setDocumentInformation(info);
      for (QuizVariant v : variants) {
        paper(doc, v);
      }
      answerKeys(doc, variants);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the quiz PDF", e);
    }
  }

  /** A cursor over pages: opens a new page when the next block does not fit. */
  private final class Pages implements AutoCloseable {
    final PDDocument doc;
    PDPageContentStream cs;
    float y;
    float width;

    Pages(PDDocument doc) throws IOException {
      this.doc = doc;
      newPage();
    }

    void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = page.getMediaBox().getHeight() - MARGIN;
      width = page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    void need(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    @Override
    public void close() throws IOException {
      if (cs != null) {
        cs.close();
        cs = null;
      }
    }
  }

  private void paper(PDDocument doc, QuizVariant v) throws IOException {
    try (Pages p = new Pages(doc)) {
      text(p.cs, bold, 18, MARGIN, p.y - 18, v.title());
      p.y -= 44;
      String name = label(v);
      text(p.cs, roman, 12, MARGIN, p.y, "Name:");
      if (!name.isEmpty()) {
        text(p.cs, roman, 12, MARGIN + 40, p.y + 2, name);
      }
      line(p.cs, MARGIN + 38, p.y - 3, MARGIN + 300, p.y - 3);
      text(p.cs, roman, 12, MARGIN + 320, p.y, "Date:");
      line(p.cs, MARGIN + 352, p.y - 3, MARGIN + p.width, p.y - 3);
      p.y -= 22;
      text(p.cs, italic, 10, MARGIN, p.y, "Variant " + v.code() + "  ·  Show your work in the space below each item.");
      p.y -= 30;
      for (QuizItem item : v.items()) {
        List<Box> boxes = MathLayout.layout(item.statement());
        float size = fit(boxes, p.width - 28);
        float height = lineHeight(boxes, size) + WORK_SPACE;
        p.need(height);
        p.y -= ascent(boxes, size);
        text(p.cs, bold, BODY, MARGIN, p.y, item.number() + ".");
        draw(p.cs, boxes, MARGIN + 28, p.y, size);
        p.y -= height - ascent(boxes, size);
      }
    }
  }

  private void answerKeys(PDDocument doc, List<QuizVariant> variants) throws IOException {
    try (Pages p = new Pages(doc)) {
      text(p.cs, bold, 18, MARGIN, p.y - 18, "Answer key: " + variants.get(0).title());
      p.y -= 46;
      for (QuizVariant v : variants) {
        p.need(60);
        String who = label(v).isEmpty() ? "" : " (" + label(v) + ")";
        text(p.cs, bold, 13, MARGIN, p.y, "Variant " + v.code() + who);
        p.y -= 22;
        for (QuizItem item : v.items()) {
          List<Box> boxes = MathLayout.layout(item.answer());
          float size = fit(boxes, p.width - 40);
          float h = lineHeight(boxes, size);
          p.need(h);
          p.y -= ascent(boxes, size);
          text(p.cs, roman, 12, MARGIN + 12, p.y, item.number() + ".");
          draw(p.cs, boxes, MARGIN + 40, p.y, size);
          if (item.requirement() != null) {
            float w = width(boxes, size);
            text(p.cs, italic, 10, MARGIN + 48 + w, p.y, "(" + requirementNote(item.requirement()) + ")");
          }
          p.y -= h - ascent(boxes, size);
        }
        p.y -= 14;
      }
    }
  }

  /**
   * The student's name as printed, or empty (a line to write on) when the standard fonts cannot show every letter
   * of it: a child's name is never printed with a '?' in it.
   */
  private String label(QuizVariant v) {
    String l = v.studentLabel().strip();
    return printable(roman, l).equals(l) && printable(bold, l).equals(l) ? l : "";
  }

  /** How the key names a required form, in a teacher's words. */
  static String requirementNote(String wireName) {
    return switch (wireName) {
      case "lowest_terms" -> "in lowest terms";
      case "mixed_number" -> "as a mixed number";
      case "simplified" -> "simplified";
      default -> wireName.startsWith("decimal") ? "as a decimal" : wireName.replace('_', ' ') + " form";
    };
  }

  // ---- layout of boxes

  private float fit(List<Box> boxes, float available) {
    float size = BODY;
    while (size > 8 && width(boxes, size) > available) {
      size -= 0.5f;
    }
    return size;
  }

  private static boolean hasFraction(List<Box> boxes) {
    return boxes.stream().anyMatch(b -> b instanceof Frac
        || b instanceof Root r && hasFraction(r.content())
        || b instanceof Sup s && hasFraction(s.content()));
  }

  private static float ascent(List<Box> boxes, float size) {
    return hasFraction(boxes) ? size * 1.4f : size * 1.1f;
  }

  private static float lineHeight(List<Box> boxes, float size) {
    return hasFraction(boxes) ? size * 2.8f : size * 1.8f;
  }

  private PDFont font(MathLayout.Style style) {
    return switch (style) {
      case ROMAN -> roman;
      case ITALIC -> italic;
      case SYMBOL -> symbol;
    };
  }

  float width(List<Box> boxes, float size) {
    float w = 0;
    for (Box b : boxes) {
      w += switch (b) {
        case Run r -> stringWidth(font(r.style()), printable(font(r.style()), r.text()), size);
        case Sup s -> width(s.content(), size * 0.7f) + 1;
        case Frac f -> Math.max(width(f.numerator(), size * 0.85f), width(f.denominator(), size * 0.85f)) + 6;
        case Root r -> stringWidth(symbol, "√", size) + width(r.content(), size) + 2;
      };
    }
    return w;
  }

  private float draw(PDPageContentStream cs, List<Box> boxes, float x, float baseline, float size)
      throws IOException {
    for (Box b : boxes) {
      switch (b) {
        case Run r -> {
          PDFont f = font(r.style());
          String t = printable(f, r.text());
          text(cs, f, size, x, baseline, t);
          x += stringWidth(f, t, size);
        }
        case Sup s -> x = draw(cs, s.content(), x + 0.5f, baseline + size * 0.42f, size * 0.7f) + 0.5f;
        case Frac f -> {
          float small = size * 0.85f;
          float wn = width(f.numerator(), small);
          float wd = width(f.denominator(), small);
          float w = Math.max(wn, wd) + 6;
          float axis = baseline + size * 0.3f;
          draw(cs, f.numerator(), x + (w - wn) / 2, axis + size * 0.25f, small);
          draw(cs, f.denominator(), x + (w - wd) / 2, axis - small * 0.95f, small);
          line(cs, x + 1, axis, x + w - 1, axis);
          x += w;
        }
        case Root r -> {
          text(cs, symbol, size, x, baseline, "√");
          x += stringWidth(symbol, "√", size);
          float top = baseline + size * 0.82f;
          float end = draw(cs, r.content(), x + 1, baseline, size) + 1;
          line(cs, x, top, end, top);
          x = end;
        }
      }
    }
    return x;
  }

  // ---- PDF primitives

  private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String t)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(printable(font, t));
    cs.endText();
  }

  private static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
    cs.setLineWidth(0.6f);
    cs.moveTo(x1, y1);
    cs.lineTo(x2, y2);
    cs.stroke();
  }

  private static float stringWidth(PDFont font, String t, float size) {
    try {
      return font.getStringWidth(t) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Characters a standard font cannot show (content is ASCII today) become '?', rather than failing a print. */
  private static String printable(PDFont font, String t) {
    StringBuilder b = new StringBuilder(t.length());
    t.codePoints().forEach(cp -> {
      String c = new String(Character.toChars(cp));
      try {
        font.encode(c);
        b.append(c);
      } catch (IOException | IllegalArgumentException e) {
        b.append('?');
      }
    });
    return b.toString();
  }
}
