package org.stepwise.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Attempt;
import org.stepwise.web.pages.AttemptRow;
import org.stepwise.web.pages.Chrome;

/** Renders the precompiled jte templates (generated at build time by the jte Maven plugin). */
final class Pages {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneOffset.UTC);
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, String template, Object page) {
    StringOutput out = new StringOutput();
    engine.render(template, page, out);
    ctx.html(out.toString());
  }

  static Chrome chrome(String title, Session session) {
    Account a = session == null ? null : session.account();
    return new Chrome(title, a == null ? null : a.displayName(), a == null ? null : roleLabel(a),
        session == null ? "" : session.csrfToken());
  }

  static AttemptRow row(Attempt a) {
    return new AttemptRow(when(a.createdAt()), PracticeViews.title(a.skillId()), a.statement(), a.answer(), a.verdict().dbName(),
        a.hintsUsed());
  }

  static String when(Instant t) {
    return WHEN.format(t);
  }

  private static String roleLabel(Account a) {
    return switch (a.role()) {
      case TEACHER -> "teacher";
      case STUDENT -> "student";
      case SCHOOL_ADMIN -> "school admin";
    };
  }
}
