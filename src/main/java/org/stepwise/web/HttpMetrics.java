package org.stepwise.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/** Times every request by method, route pattern (never the raw path: ids are personal data) and status. */
final class HttpMetrics {
  private static final String START = "stepwise.request.start";
  private final PrometheusMeterRegistry registry;

  HttpMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  void start(Context ctx) {
    ctx.attribute(START, System.nanoTime());
  }

  void stop(Context ctx) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    String route = route(ctx);
    Timer.builder("http.server.requests")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram(false)
        .register(registry)
        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  /** The route pattern that handled the request ("/teacher/classes/{id}"), or "unmatched". */
  static String route(Context ctx) {
    try {
      var e = ctx.endpoints().matchedHttpEndpoint();
      return e == null ? "unmatched" : e.path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }
}
