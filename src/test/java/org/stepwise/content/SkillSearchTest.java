package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The teacher's skill search on a small graph, where every expected answer can be read off the data. */
class SkillSearchTest {
  private static final SkillGraph GRAPH = new SkillGraph(List.of(
      skill("eq-one", "One-step equations", List.of("6.EE.B.7")),
      skill("eq-both", "Variables on both sides", List.of("8.EE.C.7b", "HSA-REI.B.3"), "eq-one"),
      skill("eq-special", "No solution or infinitely many", List.of("8.EE.C.7a"), "eq-one"),
      skill("eq-long", "A longer standard number", List.of("8.EE.C.70")),
      skill("one", "Just one", List.of("1.OA.A.1"))));

  @Test
  void aStandardIdFindsItsSubStandardsButNotALongerNumber() {
    assertThat(ids("8.EE.C.7")).containsExactly("eq-both", "eq-special");
    assertThat(ids("8.ee.c.7a")).containsExactly("eq-special");
    assertThat(ids("8.EE.C.70")).containsExactly("eq-long");
    assertThat(ids("8.EE.C")).containsExactly("eq-both", "eq-special", "eq-long");
    assertThat(ids("HSA-REI")).containsExactly("eq-both");
  }

  @Test
  void everyWordMustMatchTheSameSkillAndAnExactIdComesFirst() {
    assertThat(ids("both sides")).containsExactly("eq-both");
    assertThat(ids("8.EE.C.7 solution")).containsExactly("eq-special");
    assertThat(ids("EQUATIONS")).containsExactly("eq-one");
    // "one" is the id of a skill and also a word in "One-step equations": the exact id leads
    assertThat(ids("one")).containsExactly("one", "eq-one");
    assertThat(ids("zebra")).isEmpty();
    assertThat(ids("   ")).isEmpty();
    assertThat(SkillSearch.find(GRAPH, null, 10)).isEmpty();
  }

  @Test
  void resultsAreCutAtTheLimit() {
    assertThat(SkillSearch.find(GRAPH, "eq", 2)).hasSize(2);
  }

  private static List<String> ids(String query) {
    return SkillSearch.find(GRAPH, query, 10).stream().map(Skill::id).toList();
  }

  private static Skill skill(String id, String name, List<String> standards, String... prerequisites) {
    return new Skill(id, name, "test", 8, standards, List.of(prerequisites), "");
  }
}
