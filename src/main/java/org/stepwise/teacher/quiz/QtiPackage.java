package org.stepwise.teacher.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Exports a quiz variant as a QTI 3.0 content package: a zip with {@code imsmanifest.xml}, one
 * {@code qti-assessment-item} per item and a {@code qti-assessment-test} listing them in order. Each item has a string response with the engine's answer as the correct
 * response, a mapping that also accepts the usual spellings (spaces, {@code x=} prefix, the exact decimal of a
 * fraction when no form is required), a text-entry interaction and
 * explicit response processing that sets SCORE to 1 or 0. The statement is typeset as MathML ({@link MathMl}). An LMS cannot check equivalence the way our engine does
 * ({@code 2(x+1)} vs {@code 2x+2}), so the accepted spellings are deliberately literal; online delivery through
 * Stepwise grades with the engine.
 */
public final class QtiPackage {

  public static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
  public static final String CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
  static final String QTI_SCHEMA =
      "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String TEST_HREF = "assessment.xml";

  public byte[] write(QuizVariant v) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      List<String> hrefs = new ArrayList<>();
      for (QuizItem item : v.items()) {
        String href = "items/" + itemId(v, item) + ".xml";
        hrefs.add(href);
        zip.putNextEntry(new ZipEntry(href));
        zip.write(serialize(item(v, item)));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(TEST_HREF));
      zip.write(serialize(test(v, hrefs)));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
      zip.write(serialize(manifest(v, hrefs)));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the QTI package", e);
    }
  }

  static String itemId(QuizVariant v, QuizItem item) {
    // QTI identifiers must start with a letter; variant codes are hex
    return "item-" + v.code() + "-" + item.number();
  }

  private Document item(QuizVariant v, QuizItem item) {
    Document d = newDocument();
    Element root = d.createElementNS(QTI_NS, "qti-assessment-item");
    d.appendChild(root);
    root.setAttributeNS(XSI, "xsi:schemaLocation", QTI_SCHEMA);
    root.setAttribute("identifier", itemId(v, item));
    root.setAttribute("title", v.title() + " – item " + item.number());
    root.setAttribute("adaptive", "false");
    root.setAttribute("time-dependent", "false");
    root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "en");

    Element decl = child(root, "qti-response-declaration");
    decl.setAttribute("identifier", "RESPONSE");
    decl.setAttribute("cardinality", "single");
    decl.setAttribute("base-type", "string");
    value(child(decl, "qti-correct-response"), item.answer());
    Element mapping = child(decl, "qti-mapping");
    mapping.setAttribute("default-value", "0");
    mapping.setAttribute("lower-bound", "0");
    mapping.setAttribute("upper-bound", "1");
    for (String accepted : acceptedSpellings(item)) {
      Element e = child(mapping, "qti-map-entry");
      e.setAttribute("map-key", accepted);
      e.setAttribute("mapped-value", "1");
      e.setAttribute("case-sensitive", "false");
    }

    Element score = child(root, "qti-outcome-declaration");
    score.setAttribute("identifier", "SCORE");
    score.setAttribute("cardinality", "single");
    score.setAttribute("base-type", "float");
    value(child(score, "qti-default-value"), "0");
    Element max = child(root, "qti-outcome-declaration");
    max.setAttribute("identifier", "MAXSCORE");
    max.setAttribute("cardinality", "single");
    max.setAttribute("base-type", "float");
    value(child(max, "qti-default-value"), "1");

    Element body = child(root, "qti-item-body");
    Element prompt = child(body, "p");
    prompt.appendChild(MathMl.math(d, item.statement()));
    Element answerLine = child(body, "p");
    answerLine.appendChild(d.createTextNode("Answer: "));
    Element entry = child(answerLine, "qti-text-entry-interaction");
    entry.setAttribute("response-identifier", "RESPONSE");
    entry.setAttribute("expected-length", String.valueOf(Math.max(8, item.answer().length() + 4)));

    // SCORE = 1 when the response maps to an accepted spelling, else 0 (also when nothing was entered).
    Element rp = child(root, "qti-response-processing");
    Element cond = child(rp, "qti-response-condition");
    Element ifNull = child(cond, "qti-response-if");
    child(child(ifNull, "qti-is-null"), "qti-variable").setAttribute("identifier", "RESPONSE");
    setScore(ifNull, "0");
    Element otherwise = child(cond, "qti-response-else");
    Element set = child(otherwise, "qti-set-outcome-value");
    set.setAttribute("identifier", "SCORE");
    child(set, "qti-map-response").setAttribute("identifier", "RESPONSE");
    return d;
  }

  private static void setScore(Element parent, String v) {
    Element set = child(parent, "qti-set-outcome-value");
    set.setAttribute("identifier", "SCORE");
    Element base = child(set, "qti-base-value");
    base.setAttribute("base-type", "float");
    base.setTextContent(v);
  }

  /**
   * The spellings of {@link #acceptedSpellings(String)} and, for a number that may take any equivalent form (no
   * required form such as "lowest terms"), its exact decimal: the engine keys {@code 7.48 - 1.7} as {@code 289/50},
   * and a candidate in a QTI player types {@code 5.78}, which scored 0 there before.
   */
  static Set<String> acceptedSpellings(QuizItem item) {
    Set<String> out = acceptedSpellings(item.answer());
    if ("numeric".equals(item.kind()) && item.requirement() == null) {
      exactDecimal(item.answer().trim()).ifPresent(out::add);
    }
    return out;
  }

  /** {@code 289/50} as {@code 5.78}; empty for a fraction whose decimal does not end ({@code 1/3}) or a non-fraction. */
  static Optional<String> exactDecimal(String fraction) {
    Matcher m = FRACTION.matcher(fraction);
    if (!m.matches() || new BigDecimal(m.group(2)).signum() == 0) {
      return Optional.empty();
    }
    try {
      // exact division: it throws when the decimal would not terminate
      return Optional.of(new BigDecimal(m.group(1)).divide(new BigDecimal(m.group(2))).stripTrailingZeros()
          .toPlainString());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static final Pattern FRACTION = Pattern.compile("^(-?\\d{1,18})\\s*/\\s*(\\d{1,18})$");

  /** The answer as written, without spaces, and for {@code x = 3} also the bare value {@code 3}. */
  static Set<String> acceptedSpellings(String answer) {
    Set<String> out = new LinkedHashSet<>();
    out.add(answer.trim());
    out.add(answer.replace(" ", ""));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[a-z]\\s*=\\s*([^=<>,]+)$").matcher(answer.trim());
    if (m.matches()) {
      out.add(m.group(1).trim());
      out.add(m.group(1).replace(" ", ""));
    }
    return out;
  }

  /** The quiz as one test that lists its items in order, so a player or LMS can deliver it as a whole. */
  private Document test(QuizVariant v, List<String> hrefs) {
    Document d = newDocument();
    Element root = d.createElementNS(QTI_NS, "qti-assessment-test");
    d.appendChild(root);
    root.setAttributeNS(XSI, "xsi:schemaLocation", QTI_SCHEMA);
    root.setAttribute("identifier", "quiz-" + v.code());
    root.setAttribute("title", v.title());
    Element part = child(root, "qti-test-part");
    part.setAttribute("identifier", "part-1");
    part.setAttribute("navigation-mode", "nonlinear");
    part.setAttribute("submission-mode", "simultaneous");
    Element section = child(part, "qti-assessment-section");
    section.setAttribute("identifier", "section-1");
    section.setAttribute("title", v.title());
    section.setAttribute("visible", "true");
    for (int k = 0; k < hrefs.size(); k++) {
      Element ref = child(section, "qti-assessment-item-ref");
      ref.setAttribute("identifier", itemId(v, v.items().get(k)));
      ref.setAttribute("href", hrefs.get(k));
    }
    return d;
  }

  private Document manifest(QuizVariant v, List<String> hrefs) {
    Document d = newDocument();
    Element root = d.createElementNS(CP_NS, "manifest");
    d.appendChild(root);
    root.setAttribute("identifier", "quiz-" + v.code());
    Element meta = child(root, CP_NS, "metadata");
    child(meta, CP_NS, "schema").setTextContent("QTI Package");
    child(meta, CP_NS, "schemaversion").setTextContent("3.0.0");
    child(root, CP_NS, "organizations");
    Element resources = child(root, CP_NS, "resources");
    Element test = child(resources, CP_NS, "resource");
    test.setAttribute("identifier", "quiz-" + v.code());
    test.setAttribute("type", "imsqti_test_xmlv3p0");
    test.setAttribute("href", TEST_HREF);
    child(test, CP_NS, "file").setAttribute("href", TEST_HREF);
    for (int k = 0; k < hrefs.size(); k++) {
      child(test, CP_NS, "dependency").setAttribute("identifierref", itemId(v, v.items().get(k)));
    }
    for (int k = 0; k < hrefs.size(); k++) {
      Element r = child(resources, CP_NS, "resource");
      r.setAttribute("identifier", itemId(v, v.items().get(k)));
      r.setAttribute("type", "imsqti_item_xmlv3p0");
      r.setAttribute("href", hrefs.get(k));
      child(r, CP_NS, "file").setAttribute("href", hrefs.get(k));
    }
    return d;
  }

  private static Element child(Element parent, String name) {
    return child(parent, QTI_NS, name);
  }

  private static Element child(Element parent, String ns, String name) {
    Element e = parent.getOwnerDocument().createElementNS(ns, name);
    parent.appendChild(e);
    return e;
  }

  private static void value(Element parent, String text) {
    child(parent, parent.getNamespaceURI(), "qti-value").setTextContent(text);
  }

  // JAXP factories are costly to look up and not thread-safe: one of each per thread.
  private static final ThreadLocal<javax.xml.parsers.DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  });
  private static final ThreadLocal<TransformerFactory> TRANSFORMERS = ThreadLocal.withInitial(TransformerFactory::newInstance);

  private static Document newDocument() {
    return BUILDER.get().newDocument();
  }

  private static byte[] serialize(Document d) {
    try {
      Transformer t = TRANSFORMERS.get().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(d), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("could not serialize QTI XML", e);
    }
  }
}
