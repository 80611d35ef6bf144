package org.stepwise.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A loaded, validated course: the skills graph and the item templates of every skill. */
public record Course(SkillGraph skills, List<ItemTemplate> templates) {

  public Course {
    templates = List.copyOf(templates);
  }

  public Optional<ItemTemplate> template(String id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public List<ItemTemplate> templatesOf(String skillId) {
    return templates.stream().filter(t -> t.skill().equals(skillId)).toList();
  }

  public Map<String, ItemTemplate> templatesById() {
    return templates.stream().collect(Collectors.toMap(ItemTemplate::id, Function.identity()));
  }
}
