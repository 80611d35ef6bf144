package org.stepwise.teacher.roster;

import java.util.List;

/**
 * A validated roster, ready for the web layer to apply in one transaction. It exists only when every row of every
 * file was valid, so applying it never leaves a half-imported class. Passwords in users.csv are never read: Stepwise
 * accounts get their own credentials.
 *
 * @param skippedRows rows left out on purpose (status tobedeleted, or enrolment roles Stepwise does not use)
 */
public record RosterPlan(List<RosterClass> classes, List<RosterUser> users, List<RosterEnrollment> enrollments,
    int skippedRows) {

  public RosterPlan {
    classes = List.copyOf(classes);
    users = List.copyOf(users);
    enrollments = List.copyOf(enrollments);
  }

  public record RosterClass(String sourcedId, String title, String classCode, String schoolSourcedId) {}

  public record RosterUser(
      String sourcedId, String givenName, String familyName, String username, String identifier, boolean enabled) {}

  public enum Role {
    STUDENT,
    TEACHER
  }

  public record RosterEnrollment(String sourcedId, String classSourcedId, String userSourcedId, Role role,
      boolean primary) {}
}
