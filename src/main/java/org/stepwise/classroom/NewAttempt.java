package org.stepwise.classroom;

import java.time.Instant;

/** An attempt about to be stored; the store assigns its id. */
public record NewAttempt(
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
