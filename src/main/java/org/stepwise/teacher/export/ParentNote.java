package org.stepwise.teacher.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepwise.teacher.text.MisconceptionGuide;
import org.stepwise.teacher.text.Phrases;

/**
 * Drafts a short note to a student's family from their practice data, for the teacher to read and send: what they
 * did, where they are confident, their biggest step forward, what comes next and one thing to try at home. Mastery
 * numbers become four plain levels; misconceptions become a home tip, never a label. Sentences are data
 * ({@code teacher/parent-note.yaml}).
 */
public final class ParentNote {

  /** Mastery from which a skill counts as confident; the usual mastery threshold of knowledge tracing. */
  static final double CONFIDENT = 0.8;

  private final Phrases phrases = Phrases.load("/teacher/parent-note.yaml");
  private final MisconceptionGuide guide;

  public ParentNote(MisconceptionGuide guide) {
    this.guide = guide;
  }

  public String draft(StudentProgress p) {
    String name = p.givenName().strip();
    List<String> s = new ArrayList<>();
    s.add(phrases.fill("opening", Map.of("name", name, "period", p.periodLabel())));
    if (p.itemsAnswered() == 0) {
      s.add(phrases.fill("activity_none", Map.of("name", name, "period", p.periodLabel())));
    } else {
      s.add(phrases.fill("activity", Map.of("name", name, "days", p.daysActive(),
          "day_word", p.daysActive() == 1 ? "day" : "days", "minutes", p.minutesPracticed(),
          "items", p.itemsAnswered())));
    }
    if (p.assignmentsAssigned() > 0) {
      s.add(phrases.fill("assignments", Map.of("name", name, "done", p.assignmentsCompleted(),
          "assigned", p.assignmentsAssigned())));
    }
    List<String> confident = p.skills().stream().filter(k -> k.masteryNow() >= CONFIDENT)
        .map(k -> lower(k.skillName())).toList();
    if (!confident.isEmpty()) {
      s.add(phrases.fill("strength", Map.of("name", name, "skills", list(confident))));
    }
    Optional<StudentProgress.SkillProgress> growth = p.skills().stream()
        .filter(k -> level(k.masteryNow()) != level(k.masteryBefore()) && k.masteryNow() > k.masteryBefore())
        .max(Comparator.comparingDouble(k -> k.masteryNow() - k.masteryBefore()));
    growth.ifPresent(k -> s.add(phrases.fill("growth", Map.of("skill", lower(k.skillName()),
        "before", levelWords(k.masteryBefore()), "now", levelWords(k.masteryNow())))));
    // what comes next: the weakest skill not yet confident (another one than the growth story when possible)
    List<StudentProgress.SkillProgress> open = new ArrayList<>(
        p.skills().stream().filter(k -> k.masteryNow() < CONFIDENT).toList());
    if (open.size() > 1) {
      growth.ifPresent(open::remove);
    }
    open.stream().min(Comparator.comparingDouble(StudentProgress.SkillProgress::masteryNow))
        .ifPresent(k -> s.add(phrases.fill("working_on", Map.of("skill", lower(k.skillName()), "name", name,
            "now", levelWords(k.masteryNow())))));
    p.misconception().ifPresent(label ->
        s.add(phrases.fill("tip", Map.of("tip", capital(guide.get(label).parentTip())))));
    s.add(phrases.fill("closing", Map.of()));
    return String.join(" ", s);
  }

  private static int level(double mastery) {
    return mastery >= CONFIDENT ? 3 : mastery >= 0.6 ? 2 : mastery >= 0.3 ? 1 : 0;
  }

  private String levelWords(double mastery) {
    return phrases.fill(switch (level(mastery)) {
      case 3 -> "level_confident";
      case 2 -> "level_nearly";
      case 1 -> "level_progress";
      default -> "level_starting";
    }, Map.of());
  }

  private static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
