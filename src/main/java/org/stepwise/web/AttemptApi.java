package org.stepwise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.AnswerJudge;
import org.stepwise.classroom.AnswerJudge.Judgement;
import org.stepwise.classroom.NewAttempt;
import org.stepwise.classroom.Role;
import org.stepwise.content.Course;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.AttemptWriter;
import org.stepwise.store.MasteryRepository;

/**
 * The JSON API: who am I (with the CSRF token API clients must echo), submit an attempt ({@code skillId},
 * {@code templateId}, {@code itemSeed}, {@code answer}, {@code hintsUsed}), and read a student's
 * attempts and mastery within the caller's scope. An attempt is committed to the database (group commit) before the 201 answer.
 */
final class AttemptApi {
  static final int MAX_TEXT = 2000;
  static final int MAX_BODY_BYTES = 16 * 1024;
  private static final java.time.Duration STORE_TIMEOUT = java.time.Duration.ofSeconds(10);
  private static final Pattern SKILL_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,99}");

  private final AttemptRepository attempts;
  private final AttemptWriter writer;
  private final Course course;
  private final ItemGenerator generator = new ItemGenerator();
  private final MasteryRepository mastery;
  private final Access access;
  private final AnswerJudge judge;
  private final ObjectMapper json;
  private final Clock clock;

  AttemptApi(Course course, AttemptRepository attempts, AttemptWriter writer, MasteryRepository mastery, Access access, AnswerJudge judge,
      ObjectMapper json, Clock clock) {
    this.attempts = attempts;
    this.writer = writer;
    this.course = course;
    this.mastery = mastery;
    this.access = access;
    this.judge = judge;
    this.json = json;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/me", this::me);
    routes.post("/api/attempts", this::submit);
    routes.get("/api/students/{id}/attempts", this::studentAttempts);
    routes.get("/api/students/{id}/mastery", this::studentMastery);
  }

  private void me(Context ctx) {
    Account a = Guard.account(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("role", a.role().dbName());
    out.put("displayName", a.displayName());
    out.put("csrfToken", Guard.session(ctx).csrfToken());
    ctx.json(out);
  }

  private void submit(Context ctx) {
    Account me = Guard.account(ctx);
    if (me.role() != Role.STUDENT) {
      throw HttpFailure.forbidden("Only students submit attempts.");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY_BYTES) {
      throw new HttpFailure(413, "too_large", "An attempt is at most " + MAX_BODY_BYTES + " bytes.");
    }
    JsonNode n;
    try {
      n = json.readTree(body);
    } catch (java.io.IOException e) {
      throw HttpFailure.badRequest("The body must be a JSON object.");
    }
    if (n == null || !n.isObject()) {
      throw HttpFailure.badRequest("The body must be a JSON object.");
    }
    String skillId = text(n, "skillId", 100);
    if (!SKILL_ID.matcher(skillId).matches()) {
      throw HttpFailure.badRequest("skillId must be lower-case letters, digits, '.' and '-'.");
    }
    JsonNode seedNode = n.get("itemSeed");
    if (seedNode == null || !seedNode.canConvertToLong()) {
      throw HttpFailure.badRequest("itemSeed must be an integer.");
    }
    String templateId = text(n, "templateId", 200);
    ItemTemplate template = course.template(templateId).filter(t -> t.skill().equals(skillId)).orElseThrow(
        () -> HttpFailure.badRequest("templateId is not a problem template of skill " + skillId + "."));
    String answer = text(n, "answer", MAX_TEXT);
    int hints = n.path("hintsUsed").asInt(0);
    if (hints < 0 || hints > 10) {
      throw HttpFailure.badRequest("hintsUsed must be 0..10.");
    }
    long seed = seedNode.asLong();
    if (seed < 1 || seed > Integer.MAX_VALUE) {
      throw HttpFailure.badRequest("itemSeed must be 1..2147483647.");
    }
    // The problem is regenerated here from (template, seed): a statement sent by the client is never trusted.
    String statement = generator.generate(template, seed).statement();
    Judgement j = judge.judge(skillId, seed, statement, answer);
    long id;
    try {
      id = writer.store(new NewAttempt(me.schoolId(), me.id(), skillId, seed, statement, answer, j.verdict(),
          j.feedback(), hints, clock.instant()), STORE_TIMEOUT);
    } catch (AttemptWriter.Unavailable e) {
      ctx.header("Retry-After", "1");
      throw new HttpFailure(503, "busy", "Your answer was not saved: the server is busy. Please try again.");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("verdict", j.verdict().dbName());
    out.put("feedback", j.feedback());
    ctx.status(201).json(out);
  }

  private void studentAttempts(Context ctx) {
    Account me = Guard.account(ctx);
    Account student = access.student(me, PathIds.id(ctx));
    int limit = 50;
    String l = ctx.queryParam("limit");
    if (l != null) {
      try {
        limit = Integer.parseInt(l);
      } catch (NumberFormatException e) {
        throw HttpFailure.badRequest("limit must be a number.");
      }
      if (limit < 1 || limit > 500) {
        throw HttpFailure.badRequest("limit must be 1..500.");
      }
    }
    ctx.json(attempts.recentOfStudent(me.schoolId(), student.id(), limit));
  }

  private void studentMastery(Context ctx) {
    Account me = Guard.account(ctx);
    Account student = access.student(me, PathIds.id(ctx));
    ctx.json(mastery.latestOfStudent(me.schoolId(), student.id()).values());
  }

  private static String text(JsonNode n, String field, int max) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw HttpFailure.badRequest(field + " must be a non-empty string.");
    }
    if (v.asText().length() > max) {
      throw HttpFailure.badRequest(field + " is too long (at most " + max + " characters).");
    }
    return v.asText();
  }
}
