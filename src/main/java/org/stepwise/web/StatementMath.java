package org.stepwise.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.ExprLatex;

/**
 * A problem statement cut into words and maths, the maths as LaTeX for KaTeX: "Solve 3x + 5 = 20 for x" is the words
 * "Solve", the maths {@code 3x + 5 = 20}, the words "for" and the maths {@code x}. A run of tokens is maths when no
 * token holds a word (two letters or more, other than the engine's functions); it is kept only if the engine reads
 * it, otherwise it stays words. The plain statement stays on the page as it is: this is only how it is drawn.
 */
final class StatementMath {
  /** One piece of the statement: words ({@code latex} null) or maths with its LaTeX. */
  record Segment(String text, String latex) {}

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern FUNCTION = Pattern.compile("sqrt|abs|pi");

  private final MathEngine engine;

  StatementMath(MathEngine engine) {
    this.engine = engine;
  }

  List<Segment> of(String statement) {
    List<Segment> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    for (String token : statement.split(" ")) {
      if (isMath(token)) {
        run.add(token);
      } else {
        flush(run, words, out);
        boolean afterMath = words.isEmpty() && !out.isEmpty();
        words.append(words.isEmpty() && !afterMath ? "" : " ").append(token);
      }
    }
    flush(run, words, out);
    if (!words.isEmpty()) {
      out.add(new Segment(words.toString(), null));
    }
    return out;
  }

  private void flush(List<String> run, StringBuilder words, List<Segment> out) {
    if (run.isEmpty()) {
      return;
    }
    String math = String.join(" ", run);
    run.clear();
    String tail = "";
    while (!math.isEmpty() && (math.endsWith(",") || math.endsWith(".") || math.endsWith("?"))) {
      tail = math.charAt(math.length() - 1) + tail;
      math = math.substring(0, math.length() - 1);
    }
    String latex = null;
    if (!math.isEmpty() && !math.equals("a") && !math.equals("A") && !math.equals("I")) {
      try {
        latex = ExprLatex.of(engine.parse(math));
      } catch (MathException e) {
        latex = null; // not maths the engine reads: it stays words
      }
    }
    if (latex == null) {
      boolean afterMath = words.isEmpty() && !out.isEmpty();
      words.append(words.isEmpty() && !afterMath ? "" : " ").append(math).append(tail);
      return;
    }
    if (!words.isEmpty()) {
      out.add(new Segment(words + " ", null));
      words.setLength(0);
    }
    out.add(new Segment(math, latex));
    if (!tail.isEmpty()) {
      words.append(tail);
    }
  }

  private static boolean isMath(String token) {
    var m = WORD.matcher(token);
    while (m.find()) {
      if (!FUNCTION.matcher(m.group()).matches()) {
        return false;
      }
    }
    return !token.isEmpty();
  }
}
