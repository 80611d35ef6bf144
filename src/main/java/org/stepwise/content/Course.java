package org.stepwise.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A loaded, validated course: the skills graph and the item templates of every skill. Immutable; templates are
 * indexed by id and by skill once, because the web app looks one up on every attempt.
 */
public final class Course {

  private final SkillGraph skills;
  private final List<ItemTemplate> templates;
  private final Map<String, ItemTemplate> byId;
  private final Map<String, List<ItemTemplate>> bySkill;

  public Course(SkillGraph skills, List<ItemTemplate> templates) {
    this.skills = Objects.requireNonNull(skills);
    this.templates = List.copyOf(templates);
    Map<String, ItemTemplate> ids = new LinkedHashMap<>();
    for (ItemTemplate t : this.templates) ids.putIfAbsent(t.id(), t);
    this.byId = Map.copyOf(ids);
    this.bySkill = this.templates.stream()
        .collect(Collectors.groupingBy(ItemTemplate::skill, LinkedHashMap::new, Collectors.toUnmodifiableList()));
  }

  public SkillGraph skills() {
    return skills;
  }

  public List<ItemTemplate> templates() {
    return templates;
  }

  public Optional<ItemTemplate> template(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<ItemTemplate> templatesOf(String skillId) {
    return bySkill.getOrDefault(skillId, List.of());
  }

  public Map<String, ItemTemplate> templatesById() {
    return byId;
  }
}
