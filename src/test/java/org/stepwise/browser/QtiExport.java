package org.stepwise.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A downloaded QTI package unzipped into a folder, with what our side says about each item: the manifest's item
 * resources and, from each item's XML, the answer key ({@code qti-correct-response}) and the accepted spellings
 * ({@code qti-map-entry}). The player test types the key and checks the player's score against it.
 */
record QtiExport(Path dir, String testHref, List<Item> items) {
  static final String CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
  static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
  /** A zip bomb guard for the test's own unzip: our packages are a few kilobytes per item. */
  private static final long MAX_BYTES = 20_000_000;

  /** One item resource of the manifest and its answer key. */
  record Item(String identifier, String href, String key, List<String> accepted) {}

  static QtiExport unzip(byte[] zip, Path dir) {
    try {
      Files.createDirectories(dir);
      long total = 0;
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          Path target = dir.resolve(e.getName()).normalize();
          if (!target.startsWith(dir) || e.getName().contains("..")) {
            throw new AssertionError("the package has an entry outside its folder: " + e.getName());
          }
          if (e.isDirectory()) {
            continue;
          }
          byte[] bytes = in.readAllBytes();
          total += bytes.length;
          if (total > MAX_BYTES) {
            throw new AssertionError("the package unzips to more than " + MAX_BYTES + " bytes");
          }
          Files.createDirectories(target.getParent());
          Files.write(target, bytes);
        }
      }
      Document manifest = parse(dir.resolve("imsmanifest.xml"));
      String testHref = null;
      List<Item> items = new ArrayList<>();
      NodeList resources = manifest.getElementsByTagNameNS(CP_NS, "resource");
      for (int i = 0; i < resources.getLength(); i++) {
        Element r = (Element) resources.item(i);
        switch (r.getAttribute("type")) {
          case "imsqti_test_xmlv3p0" -> testHref = r.getAttribute("href");
          case "imsqti_item_xmlv3p0" -> items.add(item(dir, r.getAttribute("identifier"), r.getAttribute("href")));
          default -> throw new AssertionError("unexpected resource type in the manifest: " + r.getAttribute("type"));
        }
      }
      return new QtiExport(dir, testHref, List.copyOf(items));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Item item(Path dir, String identifier, String href) {
    Document d = parse(dir.resolve(href));
    Element root = d.getDocumentElement();
    if (!QTI_NS.equals(root.getNamespaceURI()) || !"qti-assessment-item".equals(root.getLocalName())) {
      throw new AssertionError(href + " is not a QTI 3 qti-assessment-item: " + root.getNamespaceURI() + " "
          + root.getLocalName());
    }
    Element correct = (Element) d.getElementsByTagNameNS(QTI_NS, "qti-correct-response").item(0);
    String key = correct.getElementsByTagNameNS(QTI_NS, "qti-value").item(0).getTextContent();
    List<String> accepted = new ArrayList<>();
    NodeList entries = d.getElementsByTagNameNS(QTI_NS, "qti-map-entry");
    for (int i = 0; i < entries.getLength(); i++) {
      accepted.add(((Element) entries.item(i)).getAttribute("map-key"));
    }
    return new Item(identifier, href, key, List.copyOf(accepted));
  }

  private static Document parse(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new AssertionError("could not parse " + file + ": " + e.getMessage(), e);
    }
  }
}
