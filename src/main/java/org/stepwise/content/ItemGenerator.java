package org.stepwise.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Turns a template and a seed into a concrete {@link Item}, deterministically. Parameters are drawn by
 * bounded rejection sampling: a draw that breaks a constraint, or that shares its parameters or its
 * answer with every worked example (whose answer the student can read), is redrawn, at most {@link #MAX_ATTEMPTS} times, after which the
 * template is reported as unsatisfiable rather than looping.
 */
public final class ItemGenerator {

  public static final int MAX_ATTEMPTS = 2_000;

  public Item generate(ItemTemplate t, long seed) {
    List<Map<String, Exact>> exampleEnvs = exampleEnvironments(t);
    SplittableRandom rnd = new SplittableRandom(seed);
    String lastReason = "";
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Map<String, Exact> env;
      try {
        env = complete(t, draw(t, rnd));
      } catch (ArithmeticException e) {
        lastReason = e.getMessage();
        continue;
      }
      Optional<String> failed = failedConstraint(t, env);
      if (failed.isPresent()) {
        lastReason = "constraint '" + failed.get() + "'";
        continue;
      }
      Optional<String> answer = t.authorAnswer().map(a -> render(t, "answer", a, env));
      lastReason = "every worked example has the same parameters or answer";
      for (Map<String, Exact> exampleEnv : exampleEnvs) {
        Optional<String> exampleAnswer = t.authorAnswer().map(a -> render(t, "answer", a, exampleEnv));
        if (env.equals(exampleEnv) || answer.isPresent() && answer.equals(exampleAnswer)) {
          continue;
        }
        Item item = build(t, seed, env, answer, exampleEnv, exampleAnswer);
        // A hint or the worked example may state this item's answer by coincidence (an intermediate
        // value equal to the result); such a draw is redrawn. A template whose help always states the
        // answer therefore never yields an item and fails loading, which is what we want.
        List<String> leaks = ItemLint.leaks(item);
        if (leaks.isEmpty()) {
          return item;
        }
        lastReason = leaks.get(0);
      }
    }
    throw new ContentException(
        t.file() + ": template " + t.id() + ": params/where: no acceptable parameters in "
            + MAX_ATTEMPTS + " draws (last rejection: " + lastReason + ")");
  }

  private Item build(
      ItemTemplate t,
      long seed,
      Map<String, Exact> env,
      Optional<String> answer,
      Map<String, Exact> exampleEnv,
      Optional<String> exampleAnswer) {
    List<String> hints = new ArrayList<>();
    for (TextTemplate h : t.hints()) {
      hints.add(render(t, "hints", h, env));
    }
    // The last rung of the ladder is the first step of the worked solution, applied to this item.
    hints.add(render(t, "steps", t.steps().get(0), env));
    List<String> exampleSteps = new ArrayList<>();
    for (TextTemplate s : t.steps()) {
      exampleSteps.add(render(t, "steps", s, exampleEnv));
    }
    Item.WorkedExample example =
        new Item.WorkedExample(render(t, "statement", t.statement(), exampleEnv), exampleSteps, exampleAnswer);
    List<Item.WrongAnswer> wrong = new ArrayList<>();
    for (ItemTemplate.WrongAnswerSpec w : t.wrongAnswers()) {
      wrong.add(new Item.WrongAnswer(render(t, "wrong", w.answer(), env), w.misconception()));
    }
    return new Item(
        t.id(),
        t.skill(),
        t.difficulty(),
        seed,
        env,
        render(t, "statement", t.statement(), env),
        t.kind(),
        t.form(),
        answer,
        hints,
        example,
        wrong);
  }

  /** The worked examples' full parameters (their drawn values plus derived ones). */
  public static List<Map<String, Exact>> exampleEnvironments(ItemTemplate t) {
    List<Map<String, Exact>> out = new ArrayList<>();
    for (Map<String, Exact> e : t.examples()) {
      try {
        out.add(complete(t, e));
      } catch (ArithmeticException ex) {
        throw new ContentException(t.file() + ": template " + t.id() + ": example: " + ex.getMessage());
      }
    }
    return out;
  }

  private static String render(ItemTemplate t, String field, TextTemplate text, Map<String, Exact> env) {
    try {
      return text.render(env);
    } catch (ArithmeticException e) {
      // Not a rejection: a placeholder that cannot be evaluated for accepted parameters is a
      // degenerate item, which content validation must see.
      throw new ContentException(
          t.file() + ": template " + t.id() + ": " + field + ": '" + text.source() + "' with " + env
              + ": " + e.getMessage());
    }
  }

  private static Map<String, Exact> draw(ItemTemplate t, SplittableRandom rnd) {
    Map<String, Exact> base = new LinkedHashMap<>();
    for (Map.Entry<String, ParamSpec> e : t.params().entrySet()) {
      switch (e.getValue()) {
        case ParamSpec.Range r -> base.put(e.getKey(), Exact.of(rnd.nextLong(r.lo(), r.hi() + 1)));
        case ParamSpec.Choice c -> base.put(e.getKey(), c.values().get(rnd.nextInt(c.values().size())));
        case ParamSpec.Derived d -> {}
      }
    }
    return base;
  }

  /** Adds the derived parameters, in the order they are declared, to the drawn ones. */
  static Map<String, Exact> complete(ItemTemplate t, Map<String, Exact> drawn) {
    Map<String, Exact> env = new LinkedHashMap<>();
    for (Map.Entry<String, ParamSpec> e : t.params().entrySet()) {
      if (e.getValue() instanceof ParamSpec.Derived d) {
        env.put(e.getKey(), d.formula().evaluate(env));
      } else {
        Exact v = drawn.get(e.getKey());
        if (v == null) {
          throw new ArithmeticException("no value for parameter '" + e.getKey() + "'");
        }
        env.put(e.getKey(), v);
      }
    }
    return env;
  }

  static Optional<String> failedConstraint(ItemTemplate t, Map<String, Exact> env) {
    for (Formula f : t.constraints()) {
      try {
        if (!f.evaluate(env).isTrue()) {
          return Optional.of(f.source());
        }
      } catch (ArithmeticException e) {
        return Optional.of(f.source() + " (" + e.getMessage() + ")");
      }
    }
    return Optional.empty();
  }
}
