package org.stepwise.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens each student may spend on the model per UTC day. A student without a key shares one anonymous budget. */
public final class DailyBudget {

  private final int perDay;
  private final Clock clock;
  private final ConcurrentHashMap<String, Integer> spent = new ConcurrentHashMap<>();
  private volatile LocalDate day;

  public DailyBudget(int perDay, Clock clock) {
    this.perDay = perDay;
    this.clock = clock;
    this.day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** Reserves {@code tokens} for {@code student}; false (and nothing reserved) when that would pass the limit. */
  public boolean tryReserve(String student, int tokens) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (!today.equals(day)) {
      synchronized (this) {
        if (!today.equals(day)) {
          spent.clear();
          day = today;
        }
      }
    }
    String key = student == null ? "" : student;
    boolean[] ok = {false};
    spent.compute(key, (k, used) -> {
      int u = used == null ? 0 : used;
      if (u + tokens > perDay) return used;
      ok[0] = true;
      return u + tokens;
    });
    return ok[0];
  }

  public int spent(String student) {
    return spent.getOrDefault(student == null ? "" : student, 0);
  }
}
