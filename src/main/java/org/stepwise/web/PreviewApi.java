package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.ExprLatex;

/**
 * {@code GET /api/preview?text=...}: what the maths engine reads in an answer as it is typed, as LaTeX for the
 * page to render, or the engine's plain-words reason it cannot read it ({@code {"message": ..., "position": ...}}).
 * Signed-in users only (the guard); the text is limited like an answer, and the engine's own depth and time limits
 * apply.
 */
final class PreviewApi {
  static final int MAX_TEXT = 500;

  private final MathEngine engine;

  PreviewApi(MathEngine engine) {
    this.engine = engine;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/preview", this::preview);
  }

  private void preview(Context ctx) {
    String text = ctx.queryParam("text");
    if (text == null) {
      throw HttpFailure.badRequest("Send the answer to preview as ?text=");
    }
    if (text.length() > MAX_TEXT) {
      throw new HttpFailure(413, "too_long", "That answer is too long to preview (at most " + MAX_TEXT
          + " characters).");
    }
    ctx.header("Cache-Control", "no-store");
    try {
      ctx.json(Map.of("latex", ExprLatex.of(engine.parse(text))));
    } catch (MathException e) {
      ctx.json(Map.of("code", e.code().wireName(), "message", e.getMessage(), "position", e.position()));
    }
  }
}
