package org.stepwise.classroom;

import java.time.Instant;

/** One answer a student gave to one generated item, with the verdict and feedback they were shown. */
public record Attempt(
    long id,
    long schoolId,
    long studentId,
    String skillId,
    long itemSeed,
    String statement,
    String answer,
    Verdict verdict,
    String feedback,
    int hintsUsed,
    Instant createdAt) {}
