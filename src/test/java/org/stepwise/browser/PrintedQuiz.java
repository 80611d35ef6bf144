package org.stepwise.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A downloaded quiz PDF as a person holding the printout would check it: the text of every page (PDFBox's text
 * layer) and each page rendered to an image, with the share of dark pixels that tells a printed page from a blank
 * one.
 */
final class PrintedQuiz {
  /** One page: its text layer, and its rendering with the share of dark pixels on it. */
  record Page(int number, String text, BufferedImage image, double darkShare) {}

  private static final float DPI = 72;

  private PrintedQuiz() {}

  static List<Page> read(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      PDFTextStripper stripper = new PDFTextStripper();
      List<Page> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        BufferedImage img = renderer.renderImageWithDPI(p - 1, DPI);
        pages.add(new Page(p, stripper.getText(doc), img, darkShare(img)));
      }
      return pages;
    } catch (IOException e) {
      throw new AssertionError("the downloaded quiz is not a readable PDF: " + e.getMessage(), e);
    }
  }

  static void savePng(Page page, Path file) {
    try {
      ImageIO.write(page.image(), "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pixels darker than mid-grey, as a share of all pixels (ink on a white page). */
  private static double darkShare(BufferedImage img) {
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int lum = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
        if (lum < 128) {
          dark++;
        }
      }
    }
    return (double) dark / ((long) img.getWidth() * img.getHeight());
  }
}
