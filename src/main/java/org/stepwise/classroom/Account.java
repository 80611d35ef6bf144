package org.stepwise.classroom;

/**
 * A person who can sign in. Teachers and school admins have an e-mail; students have a username that is unique
 * within their school, and no e-mail.
 */
public record Account(long id, long schoolId, Role role, String displayName, String email, String username) {}
