package org.stepwise.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.store.StudentDataRepository;
import org.stepwise.store.StudentDataTables.Column;

/**
 * Writes a student's export as one JSON document while the rows are read, so nothing but the current page is held:
 *
 * <pre>
 * {"format": "stepwise-student-data", "schemaVersion": 1, "exportedAt": "...Z",
 *  "school": {"id": 1, "name": "..."}, "studentId": 42,
 *  "tables": {"users": [{...}], "enrolments": [...], "attempts": [...], ...},
 *  "rowCounts": {"users": 1, "enrolments": 1, "attempts": 412, ...}, "complete": true}
 * </pre>
 *
 * Each table is an array of rows named by their database columns; times are ISO-8601 UTC. {@code complete} comes
 * last, so a file cut off in transfer is recognisably incomplete (and is not valid JSON either).
 */
final class StudentExportJson implements StudentDataRepository.RowSink {
  static final String FORMAT = "stepwise-student-data";
  /** Raised when a table or column is renamed or removed; adding tables or columns keeps the version. */
  static final int SCHEMA_VERSION = 1;

  private final JsonGenerator out;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private List<Column> columns = List.of();

  private final Instant exportedAt;
  private final long schoolId;
  private final String schoolName;
  private final long studentId;
  private boolean started;

  StudentExportJson(JsonGenerator out, Instant exportedAt, long schoolId, String schoolName, long studentId) {
    this.out = out;
    this.exportedAt = exportedAt;
    this.schoolId = schoolId;
    this.schoolName = schoolName;
    this.studentId = studentId;
  }

  /** Nothing is written before the first table, so a refused export can still answer with an error status. */
  private void start() throws IOException {
    started = true;
    out.writeStartObject();
    out.writeStringField("format", FORMAT);
    out.writeNumberField("schemaVersion", SCHEMA_VERSION);
    out.writeStringField("exportedAt", exportedAt.toString());
    out.writeObjectFieldStart("school");
    out.writeNumberField("id", schoolId);
    out.writeStringField("name", schoolName);
    out.writeEndObject();
    out.writeNumberField("studentId", studentId);
    out.writeObjectFieldStart("tables");
  }

  @Override
  public void startTable(String table, List<Column> columns) {
    this.columns = columns;
    io(() -> {
      if (!started) {
        start();
      }
      out.writeArrayFieldStart(table);
    });
  }

  @Override
  public void row(Object[] values) {
    io(() -> {
      out.writeStartObject();
      for (int i = 0; i < values.length; i++) {
        out.writeFieldName(columns.get(i).name());
        switch (values[i]) {
          case null -> out.writeNull();
          case Long n -> out.writeNumber(n);
          case Double d -> out.writeNumber(d);
          case Boolean b -> out.writeBoolean(b);
          case Instant t -> out.writeString(t.toString());
          default -> out.writeString(values[i].toString());
        }
      }
      out.writeEndObject();
    });
  }

  @Override
  public void endTable(String table, long rows) {
    counts.put(table, rows);
    io(out::writeEndArray);
  }

  /** Closes the document after the last table. */
  void finish() {
    io(() -> {
      out.writeEndObject();
      out.writeObjectFieldStart("rowCounts");
      for (var e : counts.entrySet()) {
        out.writeNumberField(e.getKey(), e.getValue());
      }
      out.writeEndObject();
      out.writeBooleanField("complete", true);
      out.writeEndObject();
      out.flush();
    });
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void io(Write w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
