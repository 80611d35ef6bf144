package org.stepwise.teacher.quiz;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stepwise.teacher.quiz.MathLayout.Box;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes {@link MathLayout} boxes as presentation MathML, which QTI 3 item bodies may contain and browsers render
 * natively: numbers {@code mn}, variables {@code mi}, operators {@code mo}, prose {@code mtext}, powers
 * {@code msup}, fractions {@code mfrac}, roots {@code msqrt}. The plain reading goes in {@code alttext} for screen
 * readers and search.
 */
final class MathMl {

  static final String NS = "http://www.w3.org/1998/Math/MathML";
  private static final Pattern TOKEN = Pattern.compile("(\\d+(?:\\.\\d+)?)|(\\p{L}+)|(\\s+)|(.)");

  private MathMl() {}

  static Element math(Document d, String statement) {
    List<Box> boxes = MathLayout.layout(statement);
    Element math = d.createElementNS(NS, "math");
    math.setAttribute("alttext", MathLayout.plain(boxes));
    // full-size fractions, as on the printed paper
    math.setAttribute("displaystyle", "true");
    append(d, math, boxes);
    return math;
  }

  private static void append(Document d, Element parent, List<Box> boxes) {
    for (Box b : boxes) {
      switch (b) {
        case MathLayout.Run r -> run(d, parent, r);
        case MathLayout.Sup s -> {
          // the exponent belongs to the element just written: a number, a variable, or a whole bracket
          Element sup = d.createElementNS(NS, "msup");
          sup.appendChild(base(d, parent));
          sup.appendChild(row(d, s.content()));
          parent.appendChild(sup);
        }
        case MathLayout.Frac f -> {
          Element frac = d.createElementNS(NS, "mfrac");
          frac.appendChild(row(d, f.numerator()));
          frac.appendChild(row(d, f.denominator()));
          parent.appendChild(frac);
        }
        case MathLayout.Root r -> {
          Element sqrt = d.createElementNS(NS, "msqrt");
          append(d, sqrt, r.content());
          parent.appendChild(sqrt);
        }
      }
    }
  }

  /** Removes and returns the base of a power: the last element, or the bracketed group it closes, as one mrow. */
  private static Node base(Document d, Element parent) {
    Node last = parent.getLastChild();
    if (last == null) {
      return d.createElementNS(NS, "mrow");
    }
    if (!isMo(last, ")")) {
      parent.removeChild(last);
      return last;
    }
    Element group = d.createElementNS(NS, "mrow");
    int depth = 0;
    Node n = last;
    while (n != null) {
      Node prev = n.getPreviousSibling();
      if (isMo(n, ")")) {
        depth++;
      } else if (isMo(n, "(")) {
        depth--;
      }
      parent.removeChild(n);
      group.insertBefore(n, group.getFirstChild());
      if (depth == 0) {
        break;
      }
      n = prev;
    }
    return group;
  }

  private static boolean isMo(Node n, String text) {
    return n instanceof Element e && e.getLocalName().equals("mo") && e.getTextContent().equals(text);
  }

  private static Element row(Document d, List<Box> boxes) {
    Element row = d.createElementNS(NS, "mrow");
    append(d, row, boxes);
    return row;
  }

  private static void run(Document d, Element parent, MathLayout.Run r) {
    switch (r.style()) {
      case ITALIC -> {
        for (char c : r.text().toCharArray()) {
          token(d, parent, "mi", String.valueOf(c));
        }
      }
      case SYMBOL -> {
        Element t = token(d, parent, r.text().equals("π") ? "mi" : "mo", r.text());
        // a minus at the start or after an operator or opening bracket is a sign: no space around it
        Node prev = t.getPreviousSibling();
        while (prev instanceof Element e && e.getLocalName().equals("mtext")) {
          prev = prev.getPreviousSibling();
        }
        if (r.text().equals("−") && (prev == null || prev instanceof Element e && e.getLocalName().equals("mo")
            && !isMo(prev, ")"))) {
          t.setAttribute("form", "prefix");
        }
      }
      case ROMAN -> {
        Matcher m = TOKEN.matcher(r.text());
        while (m.find()) {
          if (m.group(1) != null) {
            token(d, parent, "mn", m.group(1));
          } else if (m.group(2) != null) {
            token(d, parent, "mtext", m.group(2));
          } else if (m.group(3) != null) {
            // MathML trims spaces inside tokens; a no-break space keeps prose words apart
            token(d, parent, "mtext", "\u00A0");
          } else {
            token(d, parent, "mo", m.group(4));
          }
        }
      }
    }
  }

  private static Element token(Document d, Element parent, String name, String text) {
    Element e = d.createElementNS(NS, name);
    e.setTextContent(text);
    parent.appendChild(e);
    return e;
  }
}
