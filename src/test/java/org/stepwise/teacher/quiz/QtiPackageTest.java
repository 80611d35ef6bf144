package org.stepwise.teacher.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QtiPackageTest {

  static final String QTI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
  static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";

  @Test
  void packageHasAManifestAndOneScorableItemPerQuizItem() throws Exception {
    QuizGenerator g = new QuizGenerator(QuizGeneratorTest.COURSE, QuizGeneratorTest.ENGINE);
    QuizVariant v = g.forStudent(new QuizSpec("q-1", "Fractions & <equations>", List.of("frac-add-sub", "two-step", "powers"), 5,
        Difficulty.MIXED), "s-9", "");
    Map<String, byte[]> files = unzip(new QtiPackage().write(v));
    assertThat(files).containsKey("imsmanifest.xml").containsKey("assessment.xml").hasSize(7);

    Document manifest = parse(files.get("imsmanifest.xml"));
    assertThat(manifest.getDocumentElement().getNamespaceURI()).isEqualTo(CP);
    assertThat(manifest.getDocumentElement().getLocalName()).isEqualTo("manifest");
    NodeList resources = manifest.getElementsByTagNameNS(CP, "resource");
    assertThat(resources.getLength()).isEqualTo(6);
    Element testResource = (Element) resources.item(0);
    assertThat(testResource.getAttribute("type")).isEqualTo("imsqti_test_xmlv3p0");
    assertThat(testResource.getElementsByTagNameNS(CP, "dependency").getLength()).isEqualTo(5);
    Document test = parse(files.get(testResource.getAttribute("href")));
    assertThat(test.getDocumentElement().getLocalName()).isEqualTo("qti-assessment-test");
    NodeList refs = test.getElementsByTagNameNS(QTI, "qti-assessment-item-ref");
    assertThat(refs.getLength()).isEqualTo(5);
    for (int k = 1; k < resources.getLength(); k++) {
      Element r = (Element) resources.item(k);
      assertThat(((Element) refs.item(k - 1)).getAttribute("href")).isEqualTo(r.getAttribute("href"));
      assertThat(files).containsKey(r.getAttribute("href"));
      assertThat(r.getAttribute("type")).isEqualTo("imsqti_item_xmlv3p0");
      QuizItem item = v.items().get(k - 1);
      Document d = parse(files.get(r.getAttribute("href")));
      Element root = d.getDocumentElement();
      assertThat(root.getNamespaceURI()).isEqualTo(QTI);
      assertThat(root.getLocalName()).isEqualTo("qti-assessment-item");
      assertThat(root.getAttribute("identifier")).isEqualTo(r.getAttribute("identifier"));
      assertThat(root.getAttribute("title")).startsWith("Fractions & <equations>");

      Element decl = only(root, "qti-response-declaration");
      assertThat(decl.getAttribute("identifier")).isEqualTo("RESPONSE");
      assertThat(decl.getAttribute("base-type")).isEqualTo("string");
      assertThat(only(only(decl, "qti-correct-response"), "qti-value").getTextContent()).isEqualTo(item.answer());
      Element entry = only(root, "qti-text-entry-interaction");
      assertThat(entry.getAttribute("response-identifier")).isEqualTo("RESPONSE");
      assertThat(only(root, "qti-item-body").getTextContent()).contains(item.statement().split(" ")[0])
          .doesNotContain("^");
      NodeList maths = root.getElementsByTagNameNS("http://www.w3.org/1998/Math/MathML", "math");
      assertThat(maths.getLength()).isEqualTo(1);
      Element math = (Element) maths.item(0);
      assertThat(math.getAttribute("alttext")).isEqualTo(MathLayout.plain(MathLayout.layout(item.statement())));
      if (item.statement().contains("/")) {
        assertThat(math.getElementsByTagNameNS("http://www.w3.org/1998/Math/MathML", "mfrac").getLength()).isPositive();
      }
      if (item.statement().contains("^")) {
        assertThat(math.getElementsByTagNameNS("http://www.w3.org/1998/Math/MathML", "msup").getLength()).isPositive();
      }
      Element rp = only(root, "qti-response-processing");
      assertThat(only(rp, "qti-map-response").getAttribute("identifier")).isEqualTo("RESPONSE");
      assertThat(only(rp, "qti-is-null")).isNotNull();

      // what the declared scoring gives a right and a wrong response
      assertThat(score(decl, item.answer())).isEqualTo(1.0);
      assertThat(score(decl, item.answer().replace(" ", ""))).isEqualTo(1.0);
      assertThat(score(decl, item.answer() + "1")).isEqualTo(0.0);
    }
  }

  @Test
  void statementsAreMathMl() throws Exception {
    Document d = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder().newDocument();
    Element math = MathMl.math(d, "Calculate x^2 + 3/4 - sqrt(9)");
    d.appendChild(math);
    java.io.StringWriter w = new java.io.StringWriter();
    javax.xml.transform.TransformerFactory.newInstance().newTransformer()
        .transform(new javax.xml.transform.dom.DOMSource(d), new javax.xml.transform.stream.StreamResult(w));
    assertThat(w.toString()).contains("<mtext>Calculate</mtext><mtext>\u00A0</mtext>"
        + "<msup><mi>x</mi><mrow><mn>2</mn></mrow></msup>", "<mfrac><mrow><mn>3</mn></mrow><mrow><mn>4</mn></mrow></mfrac>",
        "<mo>−</mo>", "<msqrt><mn>9</mn></msqrt>");
    assertThat(math.getAttribute("alttext")).isEqualTo("Calculate x² + 3/4 − √(9)");
    Element neg = MathMl.math(d, "Calculate (-9)^2 - 1");
    d.replaceChild(neg, math);
    w = new java.io.StringWriter();
    javax.xml.transform.TransformerFactory.newInstance().newTransformer()
        .transform(new javax.xml.transform.dom.DOMSource(d), new javax.xml.transform.stream.StreamResult(w));
    // the power applies to the whole bracket; the sign inside is a prefix, the later minus is binary
    assertThat(w.toString()).contains("<msup><mrow><mo>(</mo><mo form=\"prefix\">−</mo><mn>9</mn><mo>)</mo></mrow>"
        + "<mrow><mn>2</mn></mrow></msup><mtext>\u00A0</mtext><mo>−</mo>");
  }

  @Test
  void equationAnswersAlsoAcceptTheBareValue() {
    assertThat(QtiPackage.acceptedSpellings("x = -7")).containsExactly("x = -7", "x=-7", "-7");
    assertThat(QtiPackage.acceptedSpellings("2(x + 1)")).containsExactly("2(x + 1)", "2(x+1)");
  }

  @Test
  void aFractionKeyAlsoAcceptsItsExactDecimalUnlessAFormIsRequired() {
    // "Calculate 7.48 - 1.7" is keyed 289/50 by the engine; a candidate types 5.78
    QuizItem decimals = new QuizItem(1, "dec-add-sub", "t", 1, "Calculate 7.48 - 1.7", "289/50", "numeric", null);
    assertThat(QtiPackage.acceptedSpellings(decimals)).containsExactly("289/50", "5.78");
    assertThat(QtiPackage.acceptedSpellings(new QuizItem(1, "s", "t", 1, "Calculate -1/8", "-1/8", "numeric", null)))
        .containsExactly("-1/8", "-0.125");
    // a required form (lowest terms) is a fraction: its decimal stays wrong
    assertThat(QtiPackage.acceptedSpellings(new QuizItem(1, "s", "t", 1, "s", "3/2", "numeric", "lowest_terms")))
        .containsExactly("3/2");
    assertThat(QtiPackage.exactDecimal("1/3")).isEmpty();
    assertThat(QtiPackage.exactDecimal("4/0")).isEmpty();
    assertThat(QtiPackage.exactDecimal("x = 1/2")).isEmpty();
    assertThat(QtiPackage.exactDecimal("1/1000")).contains("0.001");
    assertThat(QtiPackage.exactDecimal("10/2")).contains("5");
  }

  /** The declared mapping applied to a response, as a QTI player's map-response does it. */
  static double score(Element decl, String response) {
    Element mapping = only(decl, "qti-mapping");
    NodeList entries = mapping.getElementsByTagNameNS(QTI, "qti-map-entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      boolean cs = Boolean.parseBoolean(e.getAttribute("case-sensitive"));
      String key = e.getAttribute("map-key");
      if (cs ? key.equals(response) : key.equalsIgnoreCase(response)) {
        return Double.parseDouble(e.getAttribute("mapped-value"));
      }
    }
    return Double.parseDouble(mapping.getAttribute("default-value"));
  }

  static Element only(Element parent, String name) {
    NodeList l = parent.getElementsByTagNameNS(QTI, name);
    assertThat(l.getLength()).as(name).isEqualTo(1);
    return (Element) l.item(0);
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> out = new HashMap<>();
    List<String> order = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
        order.add(e.getName());
      }
    }
    return out;
  }
}
