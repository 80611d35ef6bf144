package org.stepwise.classroom;

/** What a signed-in person may do. Stored in {@code users.role} under {@link #dbName()}. */
public enum Role {
  TEACHER("teacher"),
  STUDENT("student"),
  SCHOOL_ADMIN("school_admin");

  private final String dbName;

  Role(String dbName) {
    this.dbName = dbName;
  }

  public String dbName() {
    return dbName;
  }

  public static Role fromDb(String name) {
    for (Role r : values()) {
      if (r.dbName.equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role: " + name);
  }
}
