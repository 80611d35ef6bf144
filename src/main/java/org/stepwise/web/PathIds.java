package org.stepwise.web;

import io.javalin.http.Context;

/** Ids in URL paths: a positive number, or 404 (a malformed id names nothing, like an unknown one). */
final class PathIds {
  private PathIds() {}

  /** The {@code {id}} of the path. */
  static long id(Context ctx) {
    return of(ctx, "id");
  }

  static long of(Context ctx, String name) {
    try {
      long id = Long.parseLong(ctx.pathParam(name));
      if (id <= 0) {
        throw HttpFailure.notFound();
      }
      return id;
    } catch (NumberFormatException e) {
      throw HttpFailure.notFound();
    }
  }
}
