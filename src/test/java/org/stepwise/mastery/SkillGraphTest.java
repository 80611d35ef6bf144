package org.stepwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillGraphTest {

  @Test
  void ordersPrerequisitesFirst() {
    SkillGraph g = new SkillGraph(List.of(SkillSpec.of("c", "b"), SkillSpec.of("b", "a"), SkillSpec.of("a")));
    assertThat(g.topologicalOrder()).containsExactly("a", "b", "c");
    assertThat(g.inPrerequisiteOrder(Set.of("c", "a"))).containsExactly("a", "c");
  }

  @Test
  void rejectsCyclesUnknownPrerequisitesAndDuplicates() {
    assertThatThrownBy(() -> new SkillGraph(List.of(SkillSpec.of("a", "b"), SkillSpec.of("b", "a"))))
        .hasMessageContaining("cycle");
    assertThatThrownBy(() -> new SkillGraph(List.of(SkillSpec.of("a", "zz")))).hasMessageContaining("zz");
    assertThatThrownBy(() -> new SkillGraph(List.of(SkillSpec.of("a"), SkillSpec.of("a"))))
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> SkillSpec.of("a", "a")).hasMessageContaining("own prerequisite");
    assertThatThrownBy(() -> new SkillSpec("a", List.of(), List.of())).hasMessageContaining("difficulty");
  }
}
