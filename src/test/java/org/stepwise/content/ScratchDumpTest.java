package org.stepwise.content;

import org.junit.jupiter.api.Test;

class ScratchDumpTest {
  @Test
  void dump() throws Exception {
    Course c = ContentLoader.loadBundled();
    ItemGenerator g = new ItemGenerator();
    StringBuilder sb = new StringBuilder();
    for (ItemTemplate t : c.templates()) {
      Item i = g.generate(t, 7);
      sb.append("## ").append(t.id()).append(" [").append(t.difficulty()).append("]\n  ").append(i.statement())
          .append("\n  answer: ").append(i.authorAnswer().orElse("-")).append("\n");
      i.hints().forEach(h -> sb.append("  hint: ").append(h).append("\n"));
      sb.append("  example: ").append(i.workedExample().statement()).append("\n");
      i.workedExample().steps().forEach(h -> sb.append("    ").append(h).append("\n"));
      sb.append("    => ").append(i.workedExample().answer().orElse("-")).append("\n");
      i.wrongAnswers().forEach(w -> sb.append("  wrong: ").append(w.answer()).append(" (").append(w.misconception()).append(")\n"));
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/scratch/dump.txt"), sb.toString());
  }
}
