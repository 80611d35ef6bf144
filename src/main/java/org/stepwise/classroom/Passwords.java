package org.stepwise.classroom;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt password hashing. Cost 10 keeps a login near 60 ms on the 2-core reference machine. */
public final class Passwords {
  private static final int COST = 10;
  /** bcrypt reads at most 72 bytes; longer inputs are refused rather than silently truncated. */
  public static final int MAX_BYTES = 72;

  // Verified against when the account does not exist, so that a missing account costs the same time as a wrong
  // password and login timing does not reveal which e-mails or usernames exist.
  private static final String DUMMY_HASH = hash("no-such-account-placeholder");

  private Passwords() {}

  public static String hash(String password) {
    byte[] bytes = checkedBytes(password);
    return new String(BCrypt.withDefaults().hash(COST, bytes), StandardCharsets.UTF_8);
  }

  public static boolean verify(String password, String hash) {
    byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      return false;
    }
    return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.UTF_8)).verified;
  }

  /** Spends the time of one verification; used when there is no account to check against. */
  public static void burnVerification(String password) {
    verify(password.length() > 60 ? password.substring(0, 60) : password, DUMMY_HASH);
  }

  private static byte[] checkedBytes(String password) {
    byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 8 || bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("a password must be 8 to " + MAX_BYTES + " bytes long");
    }
    return bytes;
  }
}
