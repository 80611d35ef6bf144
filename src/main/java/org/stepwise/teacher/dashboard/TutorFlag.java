package org.stepwise.teacher.dashboard;

import java.time.Instant;

/** A tutor exchange the tutor flagged for a teacher (distress, safety), with the tutor's reason label. */
public record TutorFlag(String studentId, Instant at, String reason) {}
