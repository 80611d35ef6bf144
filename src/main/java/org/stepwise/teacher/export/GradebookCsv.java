package org.stepwise.teacher.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a gradebook as CSV for a spreadsheet or an LMS: one row per student, one column per assignment or skill
 * (percent, one decimal), and the student's average over what they attempted. Quoting is commons-csv's (RFC 4180);
 * text cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) are
 * prefixed with an apostrophe, the OWASP advice against CSV injection. UTF-8 with a byte-order mark so that
 * spreadsheet programs read accented names correctly.
 */
public final class GradebookCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  public byte[] write(Gradebook g) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0xEF);
    bytes.write(0xBB);
    bytes.write(0xBF);
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, FORMAT)) {
      List<String> header = new ArrayList<>(List.of("Student ID", "Family name", "Given name"));
      g.columns().forEach(c -> header.add(safe(c.title())));
      header.add("Average");
      out.printRecord(header);
      for (Gradebook.Row r : g.rows()) {
        List<String> cells = new ArrayList<>(List.of(safe(r.studentId()), safe(r.familyName()), safe(r.givenName())));
        double sum = 0;
        int n = 0;
        for (Gradebook.Column c : g.columns()) {
          Double v = r.scores().get(c.id());
          cells.add(v == null ? "" : percent(v));
          if (v != null) {
            sum += v;
            n++;
          }
        }
        cells.add(n == 0 ? "" : percent(sum / n));
        out.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the gradebook", e);
    }
    return bytes.toByteArray();
  }

  static String percent(double fraction) {
    return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A text cell a spreadsheet cannot mistake for a formula. */
  static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }
}
