package org.stepwise.web.pages;

import java.util.List;

/**
 * The school admin's confirmation before a student's data is deleted: what will go, and a field where the admin
 * types the student's username ({@code confirmWord}) to confirm. {@code error} is set when a confirmation failed.
 */
public record StudentDeletePage(Chrome chrome, long studentId, String displayName, String confirmWord,
    List<StudentDataPage.TableRows> tables, String error) {}
