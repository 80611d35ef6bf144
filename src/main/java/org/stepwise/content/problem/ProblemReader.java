package org.stepwise.content.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.check.Requirement.Form;

/**
 * Reads a problem statement as a teacher writes it or a student copies it from a worksheet ("Solve 2x+1=7 for x",
 * "Calculate 3/4 + 5/6, give a mixed number") into a {@link Task}. Directions are recognised wherever they appear;
 * the math is read by the engine's parser. Anything else gets a clear error listing what is supported.
 */
public final class ProblemReader {

  private static final int MAX_CHARS = 500;
  private static final int F = Pattern.CASE_INSENSITIVE;

  /**
   * A direction in the statement ("give a mixed number"). {@code cues}: words the pattern cannot match without (one
   * of them, in lower case); the regex runs only when the statement has one, since most statements have no
   * direction and scanning for each pattern from every position was a large part of reading a problem.
   */
  private record Direction(Pattern pattern, Form form, Integer places, String method, List<String> cues) {}

  private static Direction dir(String regex, Form form, String... cues) {
    return new Direction(Pattern.compile(regex, F), form, null, null, List.of(cues));
  }

  private static final List<Direction> DIRECTIONS = List.of(
      dir("(?:give|write|leave|express|enter)?(?: your| the)?(?: answer| result| it)?(?: as| in)? ?(?:a )?mixed numbers?", Form.MIXED_NUMBER, "mixed number"),
      dir("(?:give|write|leave|express)?(?: your| the)?(?: answer| result| it)?(?: as| in)? ?(?:an? )?(?:improper )?fractions?(?: in (?:its )?(?:simplest form|lowest terms))?", Form.LOWEST_TERMS, "fraction"),
      dir("(?:give|write|leave|express)?(?: your| the)?(?: answer| result| it)? in (?:its )?(?:simplest form|lowest terms)", Form.SIMPLIFIED, "simplest form", "lowest terms"),
      new Direction(Pattern.compile("(?:give|write|round)?(?: your| the)?(?: answer| result| it)?(?: correct| rounded)? to (\\d{1,2}) decimal places?", F), Form.DECIMAL, -1, null, List.of("decimal place")),
      new Direction(Pattern.compile("(?:give|write|round)?(?: your| the)?(?: answer| result| it)?(?: correct| rounded)? to the nearest (tenth|hundredth|thousandth)", F), Form.DECIMAL, -2, null, List.of("nearest")),
      dir("(?:give|write|express)?(?: your| the)?(?: answer| result| it)?(?: as| in) ?(?:a )?decimals?", Form.DECIMAL, "decimal"),
      dir("(?:give|write|express)?(?: your| the)?(?: answer| result| it| line)? in slope[- ]intercept form", Form.SLOPE_INTERCEPT, "intercept form"),
      dir("(?:give|write|express)?(?: your| the)?(?: answer| result| it| line)? in standard form", Form.STANDARD_FORM, "standard form"),
      dir("(?:give|write|express)?(?: your| the)?(?: answer| result| it)? in vertex form", Form.VERTEX_FORM, "vertex form"),
      new Direction(Pattern.compile(",?\\s*(?:and|then) simplify(?: fully| completely)?$", F), null, null, "simplify", List.of("simplify")),
      new Direction(Pattern.compile("(?:by|using|use) (completing the square|factoring|factorising|factorizing|the quadratic formula|substitution|elimination|graphing|inverse operations)", F), null, null, "method",
          List.of("completing the square", "factoring", "factorising", "factorizing", "the quadratic formula", "substitution", "elimination", "graphing", "inverse operations")));

  private static final Pattern SOLVE_FOR_FIRST = Pattern.compile("^solve for ([a-z])\\s*[:,]?\\s*(.+)$", F);
  private static final Pattern SOLVE_SYSTEM = Pattern.compile("^solve (?:the )?(?:system|simultaneous equations)(?: of (?:linear )?equations)?\\s*:?\\s*(.+)$", F);
  private static final Pattern SOLVE = Pattern.compile("^solve(?: the (?:equation|inequality))?\\s*:?\\s*(.+?)(?:,?\\s+for\\s+([a-z]))?$", F);
  private static final Pattern SIMPLIFY = Pattern.compile("^simplify(?: fully| completely)?\\s*:?\\s*(.+)$", F);
  private static final Pattern EXPAND = Pattern.compile("^(?:expand|multiply out|multiply)(?: and simplify)?\\s*:?\\s*(.+)$", F);
  private static final Pattern FACTOR = Pattern.compile("^factori?[sz]?e?(?: completely| fully)?\\s*:?\\s*(.+)$", F);
  private static final Pattern EVALUATE = Pattern.compile("^(?:evaluate|calculate|compute|work out|find the value of|find)\\s*:?\\s*(.+?)\\s+(?:when|if|for|where|given(?: that)?)\\s+(.+)$", F);
  private static final Pattern CALCULATE = Pattern.compile("^(?:calculate|evaluate|compute|work out|find the value of|find|what is|write|express|reduce|convert)\\s*:?\\s*(.+?)\\??$", F);
  /** "15% of 80" is 15% times 80. */
  private static final Pattern PERCENT_OF = Pattern.compile("%\\s*of\\s+", F);
  private static final Pattern SLOPE = Pattern.compile("^(?:find|what is|calculate)? ?the slope of the line (?:that )?(?:passes |passing |going )?(?:through|containing|joining|between) (\\(.+?\\))\\s*(?:and|,)\\s*(\\(.+?\\))$", F);
  private static final Pattern FUNCTION_VALUE = Pattern.compile("^(?:if|given|let)\\s+([a-z])\\(([a-z])\\)\\s*=\\s*(.+?),?\\s+(?:then\\s+)?(?:find|what is|evaluate|calculate|work out)\\s+\\1\\((.+?)\\)\\??$", F);
  private static final Pattern FUNCTION_INPUT = Pattern.compile("^(?:if|given|let)\\s+([a-z])\\(([a-z])\\)\\s*=\\s*(.+?),?\\s+(?:then\\s+)?find (?:the value of )?\\2\\s+(?:for which|such that|when|where|if|so that)\\s+\\1\\(\\2\\)\\s*=\\s*(.+?)\\??$", F);
  private static final Pattern BINDING = Pattern.compile("^\\s*([a-zA-Z])\\s*=\\s*(.+?)\\s*$");

  private final MathEngine engine;

  public ProblemReader(MathEngine engine) {
    this.engine = engine;
  }

  public Task read(String statement) {
    if (statement == null || statement.isBlank()) {
      throw new MathException(Code.EMPTY_INPUT, "Type the problem first.");
    }
    if (statement.length() > MAX_CHARS) {
      throw new MathException(Code.TOO_LONG, "That problem is too long: I read at most " + MAX_CHARS + " characters.");
    }
    String text = statement.strip().replaceAll("\\s+", " ");
    Form form = null;
    Integer places = null;
    String method = null;
    for (Direction d : DIRECTIONS) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      if (d.cues().stream().noneMatch(lower::contains)) {
        continue;
      }
      Matcher m = d.pattern.matcher(text);
      if (!m.find()) continue;
      if ("simplify".equals(d.method)) {
        // "Expand (x+2)^2 and simplify": the verb already asks for a simplified result
      } else if (d.method != null) {
        method = m.group(1).toLowerCase(java.util.Locale.ROOT);
      } else {
        Integer found = d.places == null ? null : d.places == -1 ? Integer.valueOf(m.group(1)) : nearest(m.group(1));
        if (form != d.form || found != null) places = found; // "as a decimal to 2 places" keeps the 2
        form = d.form;
      }
      text = (text.substring(0, m.start()) + text.substring(m.end())).strip();
    }
    text = PERCENT_OF.matcher(text).replaceAll("% * ");
    text = text.replaceAll("^(?i)please\\s+", "").replaceAll("[\\s,;:.!]+$", "").replaceAll("\\s*,\\s*$", "");
    Task t = readCore(statement.strip(), text, form == null ? null : new Requirement(form, places), method);
    return t;
  }

  private static Integer nearest(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "tenth" -> 1;
      case "hundredth" -> 2;
      default -> 3;
    };
  }

  private Task readCore(String original, String text, Requirement req, String method) {
    Matcher m;
    if ((m = FUNCTION_INPUT.matcher(text)).matches()) {
      String x = m.group(2);
      Statement eq = engine.parse(m.group(3) + "=" + m.group(4));
      return new Task(original, TaskType.FUNCTION_INPUT, eq, x, Map.of(), m.group(4), req, method);
    }
    if ((m = FUNCTION_VALUE.matcher(text)).matches()) {
      Statement body = engine.parse(m.group(3));
      requireBare(body, "the function's rule");
      engine.parseExpression(m.group(4));
      return new Task(original, TaskType.FUNCTION_VALUE, body, m.group(2), Map.of(), m.group(4), req, method);
    }
    if ((m = SLOPE.matcher(text)).matches()) {
      Statement a = engine.parse(m.group(1));
      Statement b = engine.parse(m.group(2));
      if (!(a instanceof Statement.Tuple ta) || !(b instanceof Statement.Tuple tb) || ta.items().size() != 2
          || tb.items().size() != 2) {
        throw new MathException(Code.UNSUPPORTED, "Give the two points as (x, y) pairs, like (1, 2) and (3, 8).");
      }
      return new Task(original, TaskType.SLOPE, new Statement.And(List.of(a, b)), null, Map.of(), null, req, method);
    }
    if ((m = SOLVE_SYSTEM.matcher(text)).matches()) {
      Statement s = engine.parse(m.group(1));
      if (!(s instanceof Statement.And and) || and.parts().size() < 2) {
        throw new MathException(Code.UNSUPPORTED, "A system needs two equations joined by 'and', like x+y=10 and x-y=2.");
      }
      return new Task(original, TaskType.SOLVE_SYSTEM, s, null, Map.of(), null, req, method);
    }
    if ((m = SOLVE_FOR_FIRST.matcher(text)).matches()) {
      return solve(original, m.group(2), m.group(1), req, method);
    }
    if ((m = SOLVE.matcher(text)).matches()) {
      return solve(original, m.group(1), m.group(2), req, method);
    }
    if ((m = EXPAND.matcher(text)).matches()) {
      return expressionTask(original, TaskType.EXPAND, m.group(1), req, method);
    }
    if ((m = FACTOR.matcher(text)).matches()) {
      return expressionTask(original, TaskType.FACTOR, m.group(1), req, method);
    }
    if ((m = SIMPLIFY.matcher(text)).matches()) {
      Statement s = engine.parse(m.group(1));
      Expr e = requireBare(s, "the expression to simplify");
      boolean numeric = Shapes.variables(e).isEmpty();
      // "Simplify 6/8" asks for lowest terms; "Simplify sqrt(45)" for the simplest form (TaskSolver picks)
      Requirement numberReq = req != null ? numberForm(req) : Requirement.of(Form.LOWEST_TERMS);
      return new Task(original, numeric ? TaskType.CALCULATE : TaskType.SIMPLIFY, s, null, Map.of(), null,
          numeric ? numberReq : req, method);
    }
    if ((m = EVALUATE.matcher(text)).matches() && m.group(2).contains("=")) {
      Statement s = engine.parse(m.group(1));
      Expr e = requireBare(s, "the expression to evaluate");
      Map<String, String> bindings = bindings(m.group(2));
      TreeSet<String> missing = Shapes.variables(e);
      missing.removeAll(bindings.keySet());
      if (!missing.isEmpty()) {
        throw new MathException(Code.UNSUPPORTED, "The problem doesn't say what " + missing.first() + " is.");
      }
      return new Task(original, TaskType.EVALUATE, s, null, bindings, null, numberForm(req), method);
    }
    if ((m = CALCULATE.matcher(text)).matches()) {
      Statement s;
      try {
        s = engine.parse(m.group(1));
      } catch (MathException e) {
        throw unsupported();
      }
      Expr e = requireBare(s, "the calculation");
      if (!Shapes.variables(e).isEmpty()) {
        throw new MathException(Code.UNSUPPORTED,
            "To evaluate an expression with letters, say their values: 'Evaluate 2a+b when a=3 and b=-1'.");
      }
      return new Task(original, TaskType.CALCULATE, s, null, Map.of(), null, numberForm(req), method);
    }
    throw unsupported();
  }

  /** "in lowest terms" / "simplest form" asked of a number means a fraction in lowest terms. */
  private static Requirement numberForm(Requirement r) {
    return r != null && r.form() == Form.SIMPLIFIED ? Requirement.of(Form.LOWEST_TERMS) : r;
  }

  private Task solve(String original, String math, String variable, Requirement req, String method) {
    Statement s = engine.parse(math);
    if (s instanceof Statement.Bare) {
      throw new MathException(Code.UNSUPPORTED, "To solve, I need an equation or inequality, like 2x+1=7.");
    }
    TreeSet<String> vars = Shapes.variables(s);
    if (variable == null) {
      if (vars.size() == 1) {
        variable = vars.first();
      } else if (vars.contains("x")) {
        variable = "x";
      } else {
        throw new MathException(Code.UNSUPPORTED, "Say which letter to solve for, like 'Solve ... for x'.");
      }
    } else if (!vars.contains(variable)) {
      throw new MathException(Code.UNSUPPORTED, "The letter " + variable + " does not appear in the problem.");
    }
    boolean inequality = s instanceof Statement.Relation r && !r.isEquation()
        || s instanceof Statement.Or || s instanceof Statement.And;
    if (s instanceof Statement.And and && and.parts().stream().allMatch(
        p -> p instanceof Statement.Relation r && r.isEquation())) {
      return new Task(original, TaskType.SOLVE_SYSTEM, s, null, Map.of(), null, req, method);
    }
    return new Task(original, inequality ? TaskType.SOLVE_INEQUALITY : TaskType.SOLVE_EQUATION, s, variable,
        Map.of(), null, req, method);
  }

  private Task expressionTask(String original, TaskType type, String math, Requirement req, String method) {
    Statement s = engine.parse(math);
    requireBare(s, "the expression");
    return new Task(original, type, s, null, Map.of(), null, req, method);
  }

  private Map<String, String> bindings(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : text.split("\\s*(?:,|\\band\\b|;)\\s*")) {
      if (part.isBlank()) continue;
      Matcher m = BINDING.matcher(part);
      if (!m.matches()) {
        throw new MathException(Code.UNSUPPORTED, "I can't read the value '" + part + "': write it like a = 3.");
      }
      engine.parseExpression(m.group(2));
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  private static Expr requireBare(Statement s, String what) {
    if (s instanceof Statement.Bare b) return b.expr();
    throw new MathException(Code.UNSUPPORTED, "I expected an expression for " + what + ", not an equation.");
  }

  private static MathException unsupported() {
    return new MathException(Code.UNSUPPORTED, "I can't read that problem. I can read problems like: "
        + String.join("; ", Task.SUPPORTED) + ".");
  }
}
