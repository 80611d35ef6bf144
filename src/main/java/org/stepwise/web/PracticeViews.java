package org.stepwise.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.web.pages.AssignmentView;
import org.stepwise.web.pages.SkillBar;

/** Builds the mastery bars of assignments from the stored mastery estimates. */
final class PracticeViews {
  private PracticeViews() {}

  static List<AssignmentView> assignments(List<Assignment> assignments, List<SchoolClass> classes,
      Map<String, MasteryLevel> mastery, boolean practice) {
    List<AssignmentView> out = new ArrayList<>();
    for (Assignment a : assignments) {
      String className = classes.stream().filter(c -> c.id() == a.classId()).map(SchoolClass::name)
          .findFirst().orElse("");
      List<SkillBar> bars = a.skillIds().stream()
          .map(id -> bar(id, mastery.get(id), a.targetMastery(), practice))
          .toList();
      out.add(new AssignmentView(a.id(), a.title(), a.dueDate() == null ? "" : a.dueDate().toString(),
          percent(a.targetMastery()), className, bars, ""));
    }
    return out;
  }

  /**
   * A class's assignments for its teacher, each with how many of the students have reached the target in every one
   * of its skills ({@code levels}: student id → skill id → latest estimate, already loaded for the mastery grid).
   */
  static List<AssignmentView> ofClass(List<Assignment> assignments, SchoolClass c, List<Long> studentIds,
      Map<Long, Map<String, MasteryLevel>> levels) {
    List<AssignmentView> views = assignments(assignments, List.of(c), Map.of(), false);
    List<AssignmentView> out = new ArrayList<>();
    for (int i = 0; i < assignments.size(); i++) {
      Assignment a = assignments.get(i);
      AssignmentView v = views.get(i);
      long reached = studentIds.stream().filter(id -> a.skillIds().stream().allMatch(k -> {
        MasteryLevel m = levels.getOrDefault(id, Map.of()).get(k);
        return m != null && percent(m.pMastery()) >= percent(a.targetMastery());
      })).count();
      String progress = studentIds.isEmpty() ? "no students yet"
          : reached + " of " + studentIds.size() + " students at target";
      out.add(new AssignmentView(v.id(), v.title(), v.due(), v.targetPercent(), v.className(), v.skills(),
          progress));
    }
    return out;
  }

  /** Rounded the same way as the bars, so "reached" agrees with what the bar shows. */
  private static int percent(double p) {
    return (int) Math.round(p * 100);
  }

  static SkillBar bar(String skillId, MasteryLevel level, double target, boolean practice) {
    int percent = level == null ? 0 : (int) Math.round(level.pMastery() * 100);
    return new SkillBar(skillId, title(skillId), percent, (int) Math.round(target * 100),
        level == null ? 0 : level.attempts(), practice);
  }

  /** A readable title of a skill id: the demo's title, else the course's name, else made from the id. */
  static String title(String skillId) {
    var demo = org.stepwise.classroom.DemoSchool.skillTitle(skillId);
    if (demo.isPresent()) {
      return demo.get();
    }
    String named = CourseNames.NAMES.get(skillId);
    if (named != null) {
      return named;
    }
    String last = skillId.substring(skillId.lastIndexOf('.') + 1).replace('-', ' ');
    return last.isEmpty() ? skillId : Character.toUpperCase(last.charAt(0)) + last.substring(1);
  }

  /**
   * The bundled course's skill names, loaded once on first use: the server always serves the bundled course
   * (WebServer), and the pages that call {@link #title} have no Course at hand. Without this, a skill assigned from
   * the course but not in the demo showed as its id ("Eq distribute").
   */
  private static final class CourseNames {
    static final Map<String, String> NAMES = load();

    private static Map<String, String> load() {
      var graph = org.stepwise.content.ContentLoader.loadBundled().skills();
      Map<String, String> names = new java.util.HashMap<>();
      graph.ids().forEach(id -> names.put(id, graph.skill(id).orElseThrow().name()));
      return Map.copyOf(names);
    }
  }
}
