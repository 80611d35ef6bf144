package org.stepwise.classroom;

import java.time.Instant;

/** A student took rung {@code rung} (1 = nudge ... last = worked sibling example) of an item's hint ladder. */
public record HintEvent(long schoolId, long studentId, String skillId, long itemSeed, int rung, Instant at) {}
