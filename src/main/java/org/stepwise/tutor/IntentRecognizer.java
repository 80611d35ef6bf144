package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.ExprText;
import org.stepwise.math.ast.Statement;

/**
 * Reads what a student is doing with a message, by rules over the phrase lists in {@code tutor/lexicon.yaml} and
 * the maths the message contains. Precedence: safety first (distress), then attempts to steer the tutor
 * (injection, role-play), then work and claims (checked later by the engine), then requests, questions and chat.
 */
public final class IntentRecognizer {

  /** Messages are short; anything past this is not read (and a limit keeps the regexes cheap). */
  public static final int MAX_MESSAGE_CHARS = 2000;

  private static final java.util.regex.Pattern COMPARISON =
      java.util.regex.Pattern.compile("\\b(bigger|greater|smaller|less|more|lower|higher)\\s+than\\b");

  private final Lexicon lexicon;
  private final MathEngine engine;

  public IntentRecognizer(Lexicon lexicon, MathEngine engine) {
    this.lexicon = lexicon;
    this.engine = engine;
  }

  /**
   * @param given the item's maths without spaces (so restating the problem is not a claim), or null
   * @param history earlier turns, for fishing spread over several messages
   */
  public Reading read(String message, String given, List<Turn> history) {
    String text = Lexicon.normalize(message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message);
    if (lexicon.any("distress_selfharm", text)) return distress(Reading.Distress.SELF_HARM);
    if (lexicon.any("distress_bullying", text)) return distress(Reading.Distress.BULLYING);
    if (lexicon.any("distress_low", text)) return distress(Reading.Distress.LOW);
    if (lexicon.any("injection", text)) return Reading.of(Intent.PROMPT_INJECTION);

    List<String> work = workLines(message);
    if (work.size() >= 2) {
      return new Reading(Intent.STEP_QUESTION, null, work, null, false);
    }
    List<String> claims = claims(text, given);
    boolean challenge = lexicon.any("challenge", text);
    if (claims.size() >= 2) return Reading.of(Intent.FISHING);
    if (claims.size() == 1 && listedGuesses(claims.get(0)) >= 3) return Reading.of(Intent.FISHING);
    if (claims.size() == 1) {
      String claim = claims.get(0);
      if (challenge) return new Reading(Intent.CHALLENGE, claim, List.of(), null, false);
      if (lexicon.any("claim_cues", text) || mostlyMath(text, claim)) {
        Intent intent = guessingStreak(history, given) >= 2 ? Intent.FISHING : Intent.ANSWER_CLAIM;
        return new Reading(intent, claim, List.of(), null, false);
      }
    }
    if (challenge) return Reading.of(Intent.CHALLENGE);
    if (lexicon.any("answer_request", text)) {
      return new Reading(Intent.ANSWER_REQUEST, null, List.of(), null, lexicon.any("pressure", text));
    }
    if (lexicon.any("step_question", text)) return Reading.of(Intent.STEP_QUESTION);
    if (lexicon.any("confusion", text)) return Reading.of(Intent.CONFUSION);
    if (lexicon.any("greeting", text)) return Reading.of(Intent.GREETING);
    if (lexicon.any("off_topic", text)) return Reading.of(Intent.OFF_TOPIC);
    return Reading.of(Intent.OTHER);
  }

  /**
   * How many hint moves the history holds: each earlier student turn that the policy answers with a hint (a request
   * for the answer, confusion, a question about a step without lines of work), read as this recognizer reads it.
   */
  public int hintsSoFar(List<Turn> history, String given) {
    int n = 0;
    for (Turn t : history) {
      if (t.role() != Turn.Role.STUDENT) continue;
      Reading r = read(t.text(), given, List.of());
      if (r.intent().asksForHint() || r.intent() == Intent.STEP_QUESTION && r.work().isEmpty()) n++;
    }
    return n;
  }

  private static Reading distress(Reading.Distress kind) {
    return new Reading(Intent.DISTRESS, null, List.of(), kind, false);
  }

  /** Guesses in a row at the end of the history: bare claims with no working. */
  private int guessingStreak(List<Turn> history, String given) {
    int streak = 0;
    for (int i = history.size() - 1; i >= 0; i--) {
      Turn t = history.get(i);
      if (t.role() == Turn.Role.TUTOR) continue;
      String text = Lexicon.normalize(t.text().length() > 300 ? t.text().substring(0, 300) : t.text());
      List<String> c = claims(text, given);
      if (c.size() == 1 && mostlyMath(text, c.get(0)) || c.size() >= 2) {
        streak++;
      } else {
        break;
      }
    }
    return streak;
  }

  /** "1, 2 or 3": how many bare numbers the claim lists side by side. */
  private static int listedGuesses(String claim) {
    int n = 0;
    for (String part : MathSpans.splitTopLevel(claim)) {
      if (part.strip().matches("-?[0-9./ ]+")) n++;
    }
    return n;
  }

  /** Distinct answers offered in the message, one per question ("is it 1? 2? 3?" offers three). */
  List<String> claims(String text, String given) {
    Set<String> out = new LinkedHashSet<>();
    for (String segment : text.split("\\?|\\bor maybe\\b|\\bmaybe\\b")) {
      if (COMPARISON.matcher(segment).find()) continue; // "is it bigger than 2?" asks about size; 2 is no claim
      String claim = lastMath(segment, given);
      if (claim != null) out.add(claim);
    }
    return new ArrayList<>(out);
  }

  /** The last piece of maths in a segment that the engine reads and that is not the problem itself. */
  private String lastMath(String segment, String given) {
    List<String> runs = MathSpans.runs(segment);
    for (int i = runs.size() - 1; i >= 0; i--) {
      String run = runs.get(i);
      try {
        Statement s = engine.parse(run);
        String canonical = ExprText.of(s).replace(" ", "");
        if (given != null && (canonical.equals(given) || given.contains(canonical) && !isAnswerShaped(s))) continue;
        return run;
      } catch (MathException e) {
        // not maths: look further back
      }
    }
    return null;
  }

  /** A bare value, "x = value", a set or a list of values: what an answer looks like. */
  private static boolean isAnswerShaped(Statement s) {
    return switch (s) {
      case Statement.Bare b -> true;
      case Statement.Relation r -> r.operands().get(0) instanceof org.stepwise.math.ast.Expr.Var;
      default -> true;
    };
  }

  /** "5?", "x=36 ok", "(x+2)(x+3) right": the message is the maths plus at most three words. */
  private static boolean mostlyMath(String text, String claim) {
    String rest = NumberWords.toSymbols(text).replace(claim, " ").replaceAll("[^a-z' ]", " ").strip();
    return rest.isEmpty() || rest.split("\\s+").length <= 3;
  }

  /** Lines of working: two or more lines (newlines or semicolons) that are each maths the engine reads. */
  private List<String> workLines(String message) {
    if (!message.contains("\n") && !message.contains(";")) return List.of();
    List<String> lines = new ArrayList<>();
    for (String line : message.split("[\\n;]")) {
      String t = line.strip();
      if (t.isEmpty()) continue;
      List<String> runs = MathSpans.runs(t);
      if (runs.size() != 1 || runs.get(0).length() < t.length() / 2) continue; // prose, not a line of working
      try {
        engine.parse(runs.get(0));
        lines.add(runs.get(0));
      } catch (MathException e) {
        // skip
      }
      if (lines.size() > 20) break;
    }
    return lines;
  }
}
