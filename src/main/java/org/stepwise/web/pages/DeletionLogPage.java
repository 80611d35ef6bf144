package org.stepwise.web.pages;

import java.util.List;

/** The school's audit trail of deleted students, newest first: ids, who, when, rows per table; never a name. */
public record DeletionLogPage(Chrome chrome, List<Entry> entries, int limit) {

  public record Entry(long id, long studentId, String deletedBy, String when, String rows) {}
}
