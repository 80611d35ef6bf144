package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillGraphTest {

  static Skill skill(String id, String... prereqs) {
    return new Skill(id, id, "s", 7, List.of("7.EE.B.4a"), List.of(prereqs), "d");
  }

  @Test
  void ordersEverySkillAfterItsPrerequisites() {
    SkillGraph g = new SkillGraph(List.of(
        skill("quadratics", "factoring", "roots"), skill("factoring", "products"), skill("products"),
        skill("roots")));
    List<String> order = g.topologicalOrder();
    assertThat(order).containsExactlyInAnyOrder("quadratics", "factoring", "products", "roots");
    assertThat(order.indexOf("products")).isLessThan(order.indexOf("factoring"));
    assertThat(order.indexOf("factoring")).isLessThan(order.indexOf("quadratics"));
    assertThat(order.indexOf("roots")).isLessThan(order.indexOf("quadratics"));
  }

  @Test
  void closureHasAllIndirectPrerequisitesInOrder() {
    SkillGraph g = new SkillGraph(List.of(
        skill("a"), skill("b", "a"), skill("c", "b"), skill("d", "c", "a"), skill("e")));
    assertThat(g.prerequisiteClosure("d")).containsExactly("a", "b", "c");
    assertThat(g.prerequisiteClosure("a")).isEmpty();
    assertThat(g.dependents("a")).containsExactlyInAnyOrder("b", "d");
    assertThatThrownBy(() -> g.prerequisiteClosure("zzz")).hasMessageContaining("unknown skill");
  }

  @Test
  void aCycleIsRejectedAndNamed() {
    assertThatThrownBy(() -> new SkillGraph(List.of(skill("a", "c"), skill("b", "a"), skill("c", "b"), skill("d"))))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("cycle")
        .hasMessageMatching("(?s).*(a -> c -> b -> a|a -> b -> c -> a|b -> a -> c -> b|c -> b -> a -> c).*");
  }

  @Test
  void unknownPrerequisitesSelfLoopsAndDuplicatesAreRejected() {
    assertThatThrownBy(() -> new SkillGraph(List.of(skill("a", "ghost"))))
        .hasMessageContaining("skill a: prerequisites: unknown skill 'ghost'");
    assertThatThrownBy(() -> new SkillGraph(List.of(skill("a", "a")))).hasMessageContaining("lists itself");
    assertThatThrownBy(() -> new SkillGraph(List.of(skill("a"), skill("a")))).hasMessageContaining("defined twice");
  }
}
