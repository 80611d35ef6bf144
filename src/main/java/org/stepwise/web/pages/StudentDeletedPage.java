package org.stepwise.web.pages;

import java.util.List;

/**
 * The receipt of a deletion: the student id (no name: nothing identifying the child is kept), the audit record,
 * the rows deleted per table, and how many signed-in sessions of the student were ended.
 */
public record StudentDeletedPage(Chrome chrome, long studentId, long logId, String when,
    List<StudentDataPage.TableRows> tables, long totalRows, int sessionsEnded) {}
