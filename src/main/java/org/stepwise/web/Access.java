package org.stepwise.web;

import org.stepwise.classroom.Account;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.UserRepository;

/**
 * Who may see what. Students see only themselves; teachers see their own classes and the students enrolled in
 * them; school admins see every class and student of their school. Every look-up is also scoped by the caller's
 * school in SQL, so another school's rows are never even read.
 */
final class Access {
  private final UserRepository users;
  private final ClassRepository classes;

  Access(UserRepository users, ClassRepository classes) {
    this.users = users;
    this.classes = classes;
  }

  /** The student the caller asked about, or 404 when the caller may not see them. */
  Account student(Account caller, long studentId) {
    boolean allowed = switch (caller.role()) {
      case STUDENT -> caller.id() == studentId;
      case TEACHER -> classes.teaches(caller.schoolId(), caller.id(), studentId);
      case SCHOOL_ADMIN -> true;
    };
    if (!allowed) {
      throw HttpFailure.notFound();
    }
    return users.find(caller.schoolId(), studentId)
        .filter(a -> a.role() == Role.STUDENT)
        .orElseThrow(HttpFailure::notFound);
  }

  /** The class the caller asked about, or 404 when the caller may not see it. */
  SchoolClass schoolClass(Account caller, long classId) {
    SchoolClass c = classes.find(caller.schoolId(), classId).orElseThrow(HttpFailure::notFound);
    boolean allowed = switch (caller.role()) {
      case STUDENT -> false;
      case TEACHER -> c.teacherId() == caller.id();
      case SCHOOL_ADMIN -> true;
    };
    if (!allowed) {
      throw HttpFailure.notFound();
    }
    return c;
  }

  /**
   * A class for a write only its own teacher may make (class setup, assignments, the teacher's tools): 403 with
   * {@code refusal} for students and school admins, 404 for a class that is not the caller's.
   */
  SchoolClass ownClass(Account caller, long classId, String refusal) {
    if (caller.role() != org.stepwise.classroom.Role.TEACHER) {
      throw HttpFailure.forbidden(refusal);
    }
    return schoolClass(caller, classId);
  }
}
