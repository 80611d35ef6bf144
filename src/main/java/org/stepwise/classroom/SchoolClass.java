package org.stepwise.classroom;

/** A class taught by one teacher; students join with its class code. */
public record SchoolClass(long id, long schoolId, long teacherId, String name, String classCode, boolean archived) {}
