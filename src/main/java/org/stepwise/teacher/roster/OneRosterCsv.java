package org.stepwise.teacher.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads one OneRoster CSV file into rows (column → value) with the line each row starts on, enforcing the limits
 * and reporting, instead of throwing, everything that makes the file unreadable: bad UTF-8, a missing column, a
 * broken quote, a row with the wrong number of fields, an oversized field. Column names are matched exactly, as
 * the OneRoster CSV binding defines them; extra columns (such as {@code metadata.*}) are allowed and ignored.
 */
final class OneRosterCsv {

  record Row(long line, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "").strip();
    }
  }

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
      .get();

  private OneRosterCsv() {}

  /** The rows of the file, or null when the file as a whole is unreadable (the problem is added to {@code errors}). */
  static List<Row> read(String file, byte[] bytes, List<String> required, RosterLimits limits, Errors errors) {
    if (bytes.length > limits.maxFileBytes()) {
      errors.add(new RosterError(file, 0, "", "file is " + bytes.length + " bytes; the limit is "
          + limits.maxFileBytes()));
      return null;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      errors.add(new RosterError(file, 0, "", "not UTF-8 text; save the file as CSV UTF-8"));
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
      if (missing.isEmpty() && header.isEmpty()) {
        missing = required;
      }
      if (!missing.isEmpty()) {
        errors.add(new RosterError(file, 1, String.join(", ", missing), "missing column"
            + (missing.size() == 1 ? "" : "s") + " in the header row"));
        return null;
      }
      Iterator<CSVRecord> it = parser.iterator();
      int records = 0; // valid or not: the limit bounds the work, not the result
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          errors.add(new RosterError(file, line, "", "malformed CSV (" + rootMessage(e) + "); nothing after this"
              + " line was read"));
          return null;
        }
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue; // an empty line
        }
        if (++records > limits.maxRows()) {
          errors.add(new RosterError(file, line, "", "more than " + limits.maxRows() + " rows; split the file"));
          return null;
        }
        if (r.size() != header.size()) {
          errors.add(new RosterError(file, line, "", "expected " + header.size() + " fields, found " + r.size()));
          continue;
        }
        Map<String, String> values = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
          String v = r.get(i);
          if (v.length() > limits.maxFieldChars()) {
            errors.add(new RosterError(file, line, header.get(i), "longer than " + limits.maxFieldChars()
                + " characters"));
            ok = false;
          }
          values.put(header.get(i), v);
        }
        if (ok) {
          rows.add(new Row(line, values));
        }
      }
    } catch (IllegalArgumentException e) {
      errors.add(new RosterError(file, 1, "", "bad header row: " + e.getMessage()));
      return null;
    } catch (IOException e) {
      errors.add(new RosterError(file, 1, "", "malformed CSV: " + e.getMessage()));
      return null;
    }
    return rows;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Collects errors up to the limit. */
  static final class Errors {
    private final List<RosterError> list = new ArrayList<>();
    private final int max;
    private boolean truncated;

    Errors(int max) {
      this.max = max;
    }

    void add(RosterError e) {
      if (list.size() < max) {
        list.add(e);
      } else {
        truncated = true;
      }
    }

    boolean isEmpty() {
      return list.isEmpty() && !truncated;
    }

    List<RosterError> list() {
      return list;
    }

    boolean truncated() {
      return truncated;
    }
  }
}
