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
      out.add(new AssignmentView(a.title(), a.dueDate() == null ? "" : a.dueDate().toString(), className, bars));
    }
    return out;
  }

  static SkillBar bar(String skillId, MasteryLevel level, double target, boolean practice) {
    int percent = level == null ? 0 : (int) Math.round(level.pMastery() * 100);
    return new SkillBar(skillId, title(skillId), percent, (int) Math.round(target * 100),
        level == null ? 0 : level.attempts(), practice);
  }

  /** A readable title from a skill id until the content's skill titles are wired in. */
  static String title(String skillId) {
    var demo = org.stepwise.classroom.DemoSchool.skillTitle(skillId);
    if (demo.isPresent()) {
      return demo.get();
    }
    String last = skillId.substring(skillId.lastIndexOf('.') + 1).replace('-', ' ');
    return last.isEmpty() ? skillId : Character.toUpperCase(last.charAt(0)) + last.substring(1);
  }
}
