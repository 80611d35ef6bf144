package org.stepwise.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.stepwise.store.DrilldownQueries.Filter;

/**
 * The drill-down's query parameters, checked: {@code skill} (a skill id of the course), {@code from} and {@code to}
 * (dates, yyyy-mm-dd, both days included, in UTC like the times on the page), {@code page} and {@code size} of the
 * attempts list. Anything else is a 400 with a message saying what is allowed.
 */
record DrilldownParams(String skill, LocalDate from, LocalDate to, int page, int size) {
  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;
  /** Deep enough for years of practice (200,000 attempts at the largest page size) and bounds the OFFSET. */
  static final int MAX_PAGE = 1000;
  private static final Pattern SKILL_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,99}");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  static DrilldownParams of(Context ctx, Predicate<String> knownSkill) {
    String skill = blankToNull(ctx.queryParam("skill"));
    if (skill != null && (!SKILL_ID.matcher(skill).matches() || !knownSkill.test(skill))) {
      throw HttpFailure.badRequest("skill must be the id of a skill of the course.");
    }
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw HttpFailure.badRequest("from must not be after to.");
    }
    int page = number(ctx, "page", 1, MAX_PAGE, 1);
    int size = number(ctx, "size", 1, MAX_SIZE, DEFAULT_SIZE);
    return new DrilldownParams(skill, from, to, page, size);
  }

  /** The stored rows' window: from the start of {@code from} to the end of {@code to}. */
  Filter filter() {
    return new Filter(skill, from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  int offset() {
    return (page - 1) * size;
  }

  /** The query string of this filter on another page of attempts (empty parts left out). */
  String query(int otherPage) {
    StringBuilder q = new StringBuilder();
    if (skill != null) {
      q.append("&skill=").append(skill); // a checked id: letters, digits, '.' and '-' need no escaping
    }
    if (from != null) {
      q.append("&from=").append(from);
    }
    if (to != null) {
      q.append("&to=").append(to);
    }
    if (size != DEFAULT_SIZE) {
      q.append("&size=").append(size);
    }
    if (otherPage != 1) {
      q.append("&page=").append(otherPage);
    }
    return q.isEmpty() ? "" : "?" + q.substring(1);
  }

  private static LocalDate date(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) {
      return null;
    }
    try {
      if (v.length() != 10) {
        throw new DateTimeParseException("length", v, 0);
      }
      LocalDate d = LocalDate.parse(v);
      if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
        throw HttpFailure.badRequest(name + " must be a date between " + EARLIEST + " and " + LATEST + ".");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw HttpFailure.badRequest(name + " must be a date written yyyy-mm-dd.");
    }
  }

  private static int number(Context ctx, String name, int min, int max, int fallback) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) {
      return fallback;
    }
    try {
      if (v.length() > 9) {
        throw new NumberFormatException();
      }
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpFailure.badRequest(name + " must be a whole number from " + min + " to " + max + ".");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
