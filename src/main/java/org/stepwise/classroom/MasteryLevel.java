package org.stepwise.classroom;

/** The latest mastery estimate of one student on one skill (0..1), with how many attempts it rests on. */
public record MasteryLevel(String skillId, double pMastery, int attempts) {}
