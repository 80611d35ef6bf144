package org.stepwise.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads a course from YAML ({@code course.yaml} names the skill and template files; see docs/CONTENT.md)
 * and validates it completely before anyone can use it. Every problem found is reported at once, each
 * naming the file, the skill or template id, and the field.
 */
public final class ContentLoader {

  /** Largest content file accepted; the whole course is a few hundred kilobytes. */
  public static final int MAX_FILE_BYTES = 1 << 20;

  static final int MAX_FILES = 100;
  static final int MAX_STATEMENT_LENGTH = 300;
  static final long MAX_RANGE_SPAN = 1_000_000;

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern RANGE = Pattern.compile("\\s*(-?\\d{1,9})\\s*\\.\\.\\s*(-?\\d{1,9})\\s*");
  /** Common Core ids: grade-level ({@code 7.EE.B.4a}) and high-school ({@code HSA-REI.B.3}). */
  private static final Pattern STANDARD =
      Pattern.compile("(K|[1-8])\\.[A-Z]{1,3}\\.[A-D]\\.\\d{1,2}[a-e]?|HS[ANFGS]-[A-Z]{2,3}\\.[A-D]\\.\\d{1,2}[a-e]?");

  /** Reads one content file by its path relative to the content root. */
  @FunctionalInterface
  public interface Source {
    Optional<InputStream> open(String relativePath) throws IOException;
  }

  private final Source source;
  private final ObjectMapper yaml;

  public ContentLoader(Source source) {
    this.source = source;
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build())
        .build();
    this.yaml = new ObjectMapper(factory);
    this.yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** The course shipped in the jar, under {@code content/}. */
  public static Course loadBundled() {
    ClassLoader cl = ContentLoader.class.getClassLoader();
    return new ContentLoader(p -> Optional.ofNullable(cl.getResourceAsStream("content/" + p))).load();
  }

  /** A course in a directory, e.g. a school's own content under review. */
  public static ContentLoader fromDirectory(Path root) {
    return new ContentLoader(p -> {
      Path file = root.resolve(p).normalize();
      if (!file.startsWith(root.normalize())) {
        throw new IOException("path escapes the content directory: " + p);
      }
      return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    });
  }

  public Course load() {
    Errors errors = new Errors();
    JsonNode course = read("course.yaml");
    Fields cf = new Fields(errors, "course.yaml", "course", course);
    List<String> skillFiles = cf.strings("skills", 1, MAX_FILES);
    List<String> templateFiles = cf.strings("templates", 1, MAX_FILES);
    cf.noOthers();

    List<Skill> skills = new ArrayList<>();
    for (String f : skillFiles) {
      for (JsonNode n : items(errors, f, read(f), "skills")) {
        skill(errors, f, n).ifPresent(skills::add);
      }
    }
    errors.throwIfAny();
    SkillGraph graph = new SkillGraph(skills);

    Set<String> labels = misconceptionLabels();
    List<ItemTemplate> templates = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String f : templateFiles) {
      for (JsonNode n : items(errors, f, read(f), "templates")) {
        Optional<ItemTemplate> t = new TemplateReader(errors, f, n, graph, labels).read();
        t.ifPresent(x -> {
          if (!ids.add(x.id())) {
            errors.add(f + ": template " + x.id() + ": id: defined twice");
          } else {
            templates.add(x);
          }
        });
      }
    }
    errors.throwIfAny();
    // Probe every template once, so unsatisfiable constraints fail here rather than in a lesson.
    ItemGenerator gen = new ItemGenerator();
    for (ItemTemplate t : templates) {
      try {
        gen.generate(t, 0);
      } catch (ContentException e) {
        errors.problems.addAll(e.problems());
      }
    }
    errors.throwIfAny();
    return new Course(graph, templates);
  }

  /**
   * Labels from the shared misconception library when it is present, so a typo in a template's label
   * is caught; an empty set means "library absent, check the label's shape only".
   */
  private Set<String> misconceptionLabels() {
    Optional<JsonNode> lib = tryRead("misconceptions.yaml");
    Set<String> out = new HashSet<>();
    lib.ifPresent(root -> {
      JsonNode list = root.has("misconceptions") ? root.get("misconceptions") : root;
      if (list.isArray()) {
        list.forEach(m -> {
          if (m.has("label")) {
            out.add(m.get("label").asText());
          } else if (m.has("id")) {
            out.add(m.get("id").asText());
          }
        });
      } else if (list.isObject()) {
        list.fieldNames().forEachRemaining(out::add);
      }
    });
    return out;
  }

  private JsonNode read(String path) {
    return tryRead(path).orElseThrow(() -> new ContentException(path + ": file not found"));
  }

  private Optional<JsonNode> tryRead(String path) {
    try {
      Optional<InputStream> in = source.open(path);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream s = in.get()) {
        bytes = s.readNBytes(MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        throw new ContentException(path + ": file larger than " + MAX_FILE_BYTES + " bytes");
      }
      JsonNode node = yaml.readTree(new String(bytes, StandardCharsets.UTF_8));
      if (node == null || node.isMissingNode() || node.isNull()) {
        throw new ContentException(path + ": file is empty");
      }
      return Optional.of(node);
    } catch (IOException e) {
      throw new ContentException(path + ": cannot read YAML: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  private static List<JsonNode> items(Errors errors, String file, JsonNode root, String key) {
    JsonNode list = root.get(key);
    if (list == null || !list.isArray()) {
      errors.add(file + ": top level must be '" + key + ":' followed by a list");
      return List.of();
    }
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!n.equals(key)) {
        errors.add(file + ": unknown top-level field '" + n + "'");
      }
    }
    List<JsonNode> out = new ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  private static Optional<Skill> skill(Errors errors, String file, JsonNode n) {
    Fields f = new Fields(errors, file, "skill " + n.path("id").asText("?"), n);
    String id = f.string("id");
    if (id != null && !KEBAB.matcher(id).matches()) {
      f.bad("id", "must be kebab-case, got '" + id + "'");
    }
    String name = f.string("name");
    String strand = f.string("strand");
    int grade = f.integer("grade", 3, 12);
    List<String> standards = f.strings("standards", 1, 10);
    for (String s : standards) {
      if (!STANDARD.matcher(s).matches()) {
        f.bad("standards", "'" + s + "' is not a Common Core id such as 7.EE.B.4a or HSA-REI.B.3");
      }
    }
    List<String> prereqs = f.strings("prerequisites", 0, 20);
    String description = f.string("description");
    f.noOthers();
    if (f.failed()) {
      return Optional.empty();
    }
    return Optional.of(new Skill(id, name, strand, grade, standards, prereqs, description));
  }

  /** Reads and checks one template. */
  private static final class TemplateReader {
    private final Fields f;
    private final String file;
    private final SkillGraph graph;
    private final Set<String> labels;

    TemplateReader(Errors errors, String file, JsonNode n, SkillGraph graph, Set<String> labels) {
      this.file = file;
      this.f = new Fields(errors, file, "template " + n.path("id").asText("?"), n);
      this.graph = graph;
      this.labels = labels;
    }

    Optional<ItemTemplate> read() {
      String id = f.string("id");
      if (id != null && !KEBAB.matcher(id).matches()) {
        f.bad("id", "must be kebab-case, got '" + id + "'");
      }
      String skill = f.string("skill");
      if (skill != null && graph.skill(skill).isEmpty()) {
        f.bad("skill", "unknown skill '" + skill + "'");
      }
      int difficulty = f.integer("difficulty", 1, 3);
      Map<String, ParamSpec> params = params();
      Set<String> known = params.keySet();
      List<Formula> where = new ArrayList<>();
      for (String w : f.strings("where", 0, 20)) {
        formula("where", w, known).ifPresent(where::add);
      }
      Optional<TextTemplate> statement = text("statement", f.string("statement"), known);
      statement.ifPresent(s -> {
        if (s.source().length() > MAX_STATEMENT_LENGTH) {
          f.bad("statement", "longer than " + MAX_STATEMENT_LENGTH + " characters");
        }
      });
      JsonNode answerNode = f.node("answer");
      AnswerKind kind = null;
      Optional<RequiredForm> form = Optional.empty();
      Optional<TextTemplate> author = Optional.empty();
      if (answerNode != null) {
        Fields a = f.child("answer", answerNode);
        kind = a.enumValue("kind", AnswerKind.class, true);
        form = Optional.ofNullable(a.enumValue("form", RequiredForm.class, false));
        if (answerNode.has("is")) {
          author = text("answer.is", a.string("is"), known);
        }
        a.noOthers();
      }
      List<TextTemplate> hints = texts("hints", 2, 6, known);
      List<TextTemplate> steps = texts("steps", 2, 12, known);
      List<Map<String, Exact>> examples = examples(params);
      List<ItemTemplate.WrongAnswerSpec> wrong = wrong(known);
      f.noOthers();
      if (f.failed() || statement.isEmpty()) {
        return Optional.empty();
      }
      ItemTemplate t = new ItemTemplate(id, skill, difficulty, params, where, statement.get(), kind, form,
          author, hints, steps, examples, wrong, file);
      try {
        for (Map<String, Exact> env : ItemGenerator.exampleEnvironments(t)) {
          ItemGenerator.failedConstraint(t, env)
              .ifPresent(c -> f.bad("example", env + " breaks constraint '" + c + "'"));
        }
      } catch (ContentException e) {
        f.bad("example", e.getMessage());
      }
      return f.failed() ? Optional.empty() : Optional.of(t);
    }

    private Map<String, ParamSpec> params() {
      Map<String, ParamSpec> out = new LinkedHashMap<>();
      JsonNode p = f.node("params");
      if (p == null) {
        return out;
      }
      if (!p.isObject() || p.isEmpty()) {
        f.bad("params", "must be a non-empty map of name: spec");
        return out;
      }
      p.fields().forEachRemaining(e -> {
        String name = e.getKey();
        String field = "params." + name;
        if (!name.matches("[a-z][a-z0-9_]{0,15}")) {
          f.bad(field, "parameter names are lower-case identifiers");
          return;
        }
        JsonNode v = e.getValue();
        if (v.isIntegralNumber()) {
          out.put(name, new ParamSpec.Choice(List.of(Exact.of(v.asLong()))));
        } else if (v.isArray()) {
          List<Exact> values = new ArrayList<>();
          v.forEach(x -> number(field, x).ifPresent(values::add));
          if (values.isEmpty() || values.size() > 100) {
            f.bad(field, "a choice list needs 1 to 100 values");
          }
          out.put(name, new ParamSpec.Choice(values));
        } else if (v.isTextual() && v.asText().trim().startsWith("=")) {
          formula(field, v.asText().trim().substring(1), out.keySet())
              .ifPresent(x -> out.put(name, new ParamSpec.Derived(x)));
        } else if (v.isTextual() && RANGE.matcher(v.asText()).matches()) {
          var m = RANGE.matcher(v.asText());
          m.matches();
          long lo = Long.parseLong(m.group(1));
          long hi = Long.parseLong(m.group(2));
          if (lo > hi || hi - lo > MAX_RANGE_SPAN) {
            f.bad(field, "range " + v.asText() + " must have lo <= hi and span at most " + MAX_RANGE_SPAN);
          }
          out.put(name, new ParamSpec.Range(lo, hi));
        } else {
          f.bad(field, "expected lo..hi, a list of numbers, a number, or '= formula', got '" + v + "'");
        }
      });
      return out;
    }

    private Optional<Exact> number(String field, JsonNode x) {
      try {
        if (x.isNumber() || x.isTextual()) {
          String s = x.asText().trim();
          int slash = s.indexOf('/');
          if (slash > 0) {
            return Optional.of(Exact.parseLiteral(s.substring(0, slash).replace("-", ""))
                .multiply(Exact.of(s.startsWith("-") ? -1 : 1))
                .divide(Exact.parseLiteral(s.substring(slash + 1))));
          }
          boolean neg = s.startsWith("-");
          Exact e = Exact.parseLiteral(neg ? s.substring(1) : s);
          return Optional.of(neg ? e.negate() : e);
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // reported below
      }
      f.bad(field, "'" + x.asText() + "' is not a number");
      return Optional.empty();
    }

    /** One sibling parameterisation ({@code example: {a: 3}}) or several ({@code example: [{...}, ...]}). */
    private List<Map<String, Exact>> examples(Map<String, ParamSpec> params) {
      List<Map<String, Exact>> out = new ArrayList<>();
      JsonNode n = f.node("example");
      if (n == null) {
        return out;
      }
      if (n.isObject()) {
        out.add(example("example", n, params));
      } else if (n.isArray() && n.size() >= 1 && n.size() <= 5) {
        for (int i = 0; i < n.size(); i++) {
          out.add(example("example[" + i + "]", n.get(i), params));
        }
      } else {
        f.bad("example", "must be a map of drawn parameters to values, or a list of 1 to 5 such maps");
      }
      return out;
    }

    private Map<String, Exact> example(String field, JsonNode n, Map<String, ParamSpec> params) {
      Map<String, Exact> out = new LinkedHashMap<>();
      if (!n.isObject()) {
        f.bad(field, "must map each drawn parameter to its value");
        return out;
      }
      n.fields().forEachRemaining(e -> {
        ParamSpec spec = params.get(e.getKey());
        if (spec == null || spec instanceof ParamSpec.Derived) {
          f.bad(field + "." + e.getKey(), "not a drawn parameter of this template");
          return;
        }
        number(field + "." + e.getKey(), e.getValue()).ifPresent(v -> {
          boolean ok = switch (spec) {
            case ParamSpec.Range r -> v.isInteger() && v.compareTo(Exact.of(r.lo())) >= 0
                && v.compareTo(Exact.of(r.hi())) <= 0;
            case ParamSpec.Choice c -> c.values().contains(v);
            case ParamSpec.Derived d -> false;
          };
          if (!ok) {
            f.bad(field + "." + e.getKey(), v + " is outside the parameter's values");
          }
          out.put(e.getKey(), v);
        });
      });
      params.forEach((k, v) -> {
        if (!(v instanceof ParamSpec.Derived) && !out.containsKey(k)) {
          f.bad(field, "missing a value for '" + k + "'");
        }
      });
      return out;
    }

    private List<ItemTemplate.WrongAnswerSpec> wrong(Set<String> known) {
      List<ItemTemplate.WrongAnswerSpec> out = new ArrayList<>();
      JsonNode n = f.optional("wrong");
      if (n == null) {
        return out;
      }
      if (!n.isObject() || n.isEmpty() || n.size() > 10) {
        f.bad("wrong", "must map 1 to 10 wrong answers to misconception labels");
        return out;
      }
      n.fields().forEachRemaining(e -> {
        String label = e.getValue().asText();
        if (!SNAKE.matcher(label).matches()) {
          f.bad("wrong", "label '" + label + "' must be snake_case");
        } else if (!labels.isEmpty() && !labels.contains(label)) {
          f.bad("wrong", "label '" + label + "' is not in misconceptions.yaml");
        }
        text("wrong", e.getKey(), known).ifPresent(t -> out.add(new ItemTemplate.WrongAnswerSpec(t, label)));
      });
      return out;
    }

    private List<TextTemplate> texts(String field, int min, int max, Set<String> known) {
      List<TextTemplate> out = new ArrayList<>();
      for (String s : f.strings(field, min, max)) {
        text(field, s, known).ifPresent(out::add);
      }
      return out;
    }

    private Optional<TextTemplate> text(String field, String s, Set<String> known) {
      if (s == null) {
        return Optional.empty();
      }
      try {
        TextTemplate t = TextTemplate.parse(s);
        checkNames(field, t.names(), known);
        return Optional.of(t);
      } catch (IllegalArgumentException e) {
        f.bad(field, e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<Formula> formula(String field, String s, Set<String> known) {
      try {
        Formula x = Formula.parse(s);
        checkNames(field, x.names(), known);
        return Optional.of(x);
      } catch (IllegalArgumentException e) {
        f.bad(field, e.getMessage());
        return Optional.empty();
      }
    }

    private void checkNames(String field, Set<String> used, Set<String> known) {
      for (String u : used) {
        if (!known.contains(u)) {
          f.bad(field, "uses '" + u + "', which is not a parameter defined before it");
        }
      }
    }
  }

  /** All problems found so far. */
  private static final class Errors {
    final List<String> problems = new ArrayList<>();

    void add(String p) {
      problems.add(p);
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new ContentException(problems);
      }
    }
  }

  /** Typed access to the fields of one YAML object, recording a located problem for each bad field. */
  private static final class Fields {
    private final Errors errors;
    private final String where;
    private final JsonNode node;
    private final Set<String> used = new HashSet<>();
    private final String prefix;
    private int failures;

    Fields(Errors errors, String file, String what, JsonNode node) {
      this(errors, file + ": " + what + ": ", node, "");
    }

    private Fields(Errors errors, String where, JsonNode node, String prefix) {
      this.errors = errors;
      this.where = where;
      this.node = node;
      this.prefix = prefix;
      if (!node.isObject()) {
        bad("", "expected a map of fields");
      }
    }

    Fields child(String field, JsonNode child) {
      // Problems of the child count as problems of the parent object.
      return new Fields(errors, where, child, prefix + field + ".").linked(this);
    }

    private Fields parent;

    private Fields linked(Fields p) {
      this.parent = p;
      return this;
    }

    void bad(String field, String message) {
      errors.add(where + (field.isEmpty() ? "" : prefix + field + ": ") + message);
      failures++;
      if (parent != null) {
        parent.failures++;
      }
    }

    boolean failed() {
      return failures > 0;
    }

    JsonNode node(String field) {
      used.add(field);
      JsonNode n = node.get(field);
      if (n == null || n.isNull()) {
        bad(field, "missing");
        return null;
      }
      return n;
    }

    String string(String field) {
      JsonNode n = node(field);
      if (n == null) {
        return null;
      }
      if (!n.isTextual() && !n.isNumber() || n.asText().isBlank()) {
        bad(field, "must be a non-empty string");
        return null;
      }
      return n.asText();
    }

    int integer(String field, int min, int max) {
      JsonNode n = node(field);
      if (n == null) {
        return min;
      }
      if (!n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
        bad(field, "must be an integer from " + min + " to " + max + ", got '" + n.asText() + "'");
        return min;
      }
      return n.asInt();
    }

    List<String> strings(String field, int min, int max) {
      JsonNode n = min == 0 ? optional(field) : node(field);
      if (n == null) {
        return List.of();
      }
      if (!n.isArray() || n.size() < min || n.size() > max) {
        bad(field, "must be a list of " + min + " to " + max + " strings");
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (JsonNode x : n) {
        if (!x.isValueNode() || x.asText().isBlank()) {
          bad(field, "entries must be non-empty strings");
        } else {
          out.add(x.asText());
        }
      }
      return out;
    }

    private JsonNode optional(String field) {
      used.add(field);
      JsonNode n = node.get(field);
      return n == null || n.isNull() ? null : n;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
      JsonNode n = required ? node(field) : optional(field);
      if (n == null) {
        return null;
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(n.asText())) {
          return e;
        }
      }
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(e.name().toLowerCase(java.util.Locale.ROOT));
      }
      bad(field, "'" + n.asText() + "' is not one of " + names);
      return null;
    }

    void noOthers() {
      if (!node.isObject()) {
        return;
      }
      node.fieldNames().forEachRemaining(n -> {
        if (!used.contains(n)) {
          bad(n, "unknown field");
        }
      });
    }
  }
}
