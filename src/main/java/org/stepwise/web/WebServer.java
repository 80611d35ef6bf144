package org.stepwise.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.stepwise.classroom.AnswerJudge;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.classroom.LoginService;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.AttemptWriter;
import org.stepwise.store.WorkCheckRepository;
import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.work.WorkChecker;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.Database;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.UserRepository;
import org.stepwise.web.pages.ErrorPage;

/** The Stepwise web application: opens the database, seeds the demo, and serves pages, the API, health and metrics. */
public final class WebServer implements AutoCloseable {
  private final Database db;
  private AttemptWriter writer;
  private final Javalin app;
  private final PrometheusMeterRegistry metrics;
  private final boolean seeded;
  private volatile boolean ready;

  private final Course course = ContentLoader.loadBundled();

  private WebServer(ServerConfig config, AnswerJudge judge, LoginRateLimiter limiter, Clock clock) {
    this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmGcMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    this.db = Database.open(config.jdbcUrl(), config.poolSize(), metrics);
    try {
      this.seeded = config.seedDemo() && DemoSchool.seedIfEmpty(db, clock.instant());
      this.app = build(config, judge, limiter, clock);
      app.start(config.host(), config.port());
      ready = true;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Starts a server; it is listening and ready when this returns. */
  public static WebServer start(ServerConfig config, AnswerJudge judge) {
    return new WebServer(config, judge, LoginRateLimiter.standard(), Clock.systemUTC());
  }

  /** Starts a server with a given rate limiter (tests use a small window). */
  public static WebServer start(ServerConfig config, AnswerJudge judge, LoginRateLimiter limiter) {
    return new WebServer(config, judge, limiter, Clock.systemUTC());
  }

  public int port() {
    return app.port();
  }

  public Database database() {
    return db;
  }

  /** True when this start seeded the demo school into an empty database. */
  public boolean seededDemo() {
    return seeded;
  }

  private Javalin build(ServerConfig config, AnswerJudge judge, LoginRateLimiter limiter, Clock clock) {
    ObjectMapper json = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    var users = new UserRepository(db.jdbi());
    var classes = new ClassRepository(db.jdbi());
    var assignments = new AssignmentRepository(db.jdbi());
    var attempts = new AttemptRepository(db.jdbi());
    var mastery = new MasteryRepository(db.jdbi());
    var sessions = new SessionStore(clock);
    var pages = new Pages();
    var access = new Access(users, classes);
    // one cache of recognised items for the dashboard and the drill-down, which look at the same answers
    var items = new TeacherToolsItems(course);
    var guard = new Guard(sessions);
    var httpMetrics = new HttpMetrics(metrics);
    var auth = new AuthRoutes(sessions, new LoginService(users, limiter), pages);
    var student = new StudentRoutes(classes, assignments, attempts, mastery, pages, course);
    var teacher = new TeacherRoutes(new SchoolRepository(db.jdbi()), users, classes, assignments, attempts,
        mastery, access, pages, new StudentDrilldown(course, items, new org.stepwise.store.DrilldownQueries(db.jdbi()),
            new WorkCheckRepository(db.jdbi()), new org.stepwise.store.TutorExchangeRepository(db.jdbi()), mastery,
            access, pages));
    // H2 serialises commits anyway, so one writer; PostgreSQL overlaps a few commits.
    writer = new AttemptWriter(db.jdbi(), db.isPostgres() ? 4 : 1, 10_000);
    var practice = new PracticeRoutes(course, judge, writer, attempts, mastery, pages, clock,
        new org.stepwise.store.TutorExchangeRepository(db.jdbi()), org.stepwise.tutor.Tutor.standard());
    var checkWork = new CheckWorkRoutes(WorkChecker.create(), new WorkCheckRepository(db.jdbi()), json, pages,
        clock);
    var api = new AttemptApi(course, attempts, writer, mastery, access, judge, json, clock);

    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = 64 * 1024;
      // multipart uploads (roster CSVs) are bounded by Jetty as they are read, so a huge upload is never buffered
      // (the roster page checks each file against its own, smaller limit and lists the problem)
      cfg.jetty.multipartConfig.maxTotalRequestSize(4, io.javalin.config.SizeUnit.MB);
      cfg.jetty.multipartConfig.maxFileSize(1, io.javalin.config.SizeUnit.MB);
      // a request waiting for its group commit parks a virtual thread, not a platform one
      cfg.concurrency.useVirtualThreads = true;
      cfg.jsonMapper(new JavalinJackson(json, false));
      cfg.staticFiles.enableWebjars();
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/static";
        s.location = Location.CLASSPATH;
      });
      cfg.jetty.modifyServer(server -> server.setStopTimeout(5_000));
      cfg.routes.before(ctx -> {
        httpMetrics.start(ctx);
        securityHeaders(ctx);
        guard.before(ctx);
      });
      cfg.routes.after(httpMetrics::stop);
      cfg.routes.get("/health", this::health);
      cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
          .result(metrics.scrape()));
      auth.register(cfg.routes);
      student.register(cfg.routes);
      practice.register(cfg.routes);
      checkWork.register(cfg.routes);
      teacher.register(cfg.routes);
      new TeacherToolsRoutes(db, course, items, access, pages, clock).register(cfg.routes);
      new StudentDataRoutes(db, access, pages, sessions, clock).register(cfg.routes);
      new TeacherClassRoutes(db, access, sessions, pages, clock).register(cfg.routes);
      new TeacherAssignmentRoutes(db, course, access, pages, clock).register(cfg.routes);
      api.register(cfg.routes);
      new PreviewApi(org.stepwise.math.MathEngine.standard()).register(cfg.routes);
      cfg.routes.exception(HttpFailure.class, (e, ctx) -> fail(ctx, pages, e.status, e.code, e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        if (ctx.isMultipartFormData() && causedBy(e, jakarta.servlet.ServletException.class)) {
          // Jetty refused a multipart body past the limits above while reading it
          fail(ctx, pages, 413, "too_large", "These files are too large to upload (at most 1 MB each).");
          return;
        }
        org.slf4j.LoggerFactory.getLogger(WebServer.class).error("request failed: {} {}", ctx.method(),
            safeRoute(ctx), withoutMessage(e));
        fail(ctx, pages, 500, "internal", "Something went wrong on the server. Your last answer may not have "
            + "been saved; please try again.");
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Endpoint " + ctx.method()
            + " " + ctx.path() + " not found")) {
          fail(ctx, pages, 404, "not_found", "There is nothing here.");
        }
      });
    });
  }

  private void health(Context ctx) {
    boolean dbOk = db.isReachable();
    ctx.status(ready && dbOk ? 200 : 503).json(Map.of("status", ready && dbOk ? "ok" : "unavailable",
        "database", dbOk ? "ok" : "unreachable"));
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
        + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'");
  }

  private static void fail(Context ctx, Pages pages, int status, String code, String message) {
    ctx.status(status);
    boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/health")
        || (ctx.header("Accept") != null && ctx.header("Accept").contains("application/json"));
    if (api) {
      ctx.json(Map.of("error", Map.of("code", code, "message", message)));
    } else {
      pages.render(ctx, "error.jte", new ErrorPage(Pages.chrome("Error", Guard.session(ctx)), status, message));
    }
  }

  /**
   * The exception's type and stack, without its message: database errors quote the bound values, which may be a
   * student's name or answer, and children's data stays out of logs.
   */
  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  static Throwable withoutMessage(Throwable e) {
    RuntimeException copy = new RuntimeException(e.getClass().getName() + " (message withheld)");
    copy.setStackTrace(e.getStackTrace());
    if (e.getCause() != null && e.getCause() != e) {
      copy.initCause(withoutMessage(e.getCause()));
    }
    return copy;
  }

  private static String safeRoute(Context ctx) {
    return HttpMetrics.route(ctx);
  }

  /** Stops accepting requests, lets running ones finish (up to 5 s), then closes the pool. */
  @Override
  public void close() {
    ready = false;
    try {
      app.stop();
    } finally {
      if (writer != null) {
        writer.close();
      }
      db.close();
    }
  }
}
