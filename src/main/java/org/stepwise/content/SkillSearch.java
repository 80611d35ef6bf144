package org.stepwise.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds skills of a course the way a teacher asks for them: by a Common Core standard id, a skill id, or words of the
 * skill's name. Every word of the query must match the same skill, so "8.EE.C.7 fractions" narrows the equations of
 * 8.EE.C.7 to the one with fractions.
 *
 * <p>A standard matches as a prefix that ends at a boundary: the course lists sub-standards ({@code 8.EE.C.7a},
 * {@code 8.EE.C.7b}), and teachers look up the standard of their plan ({@code 8.EE.C.7}), while {@code 6.EE.A.2}
 * must not find a hypothetical {@code 6.EE.A.21}.
 */
public final class SkillSearch {
  private SkillSearch() {}

  /** Matching skills in course order (each after its prerequisites), an exact skill id first; at most {@code limit}. */
  public static List<Skill> find(SkillGraph graph, String query, int limit) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    String whole = query.strip().toLowerCase(Locale.ROOT);
    List<Skill> exact = new ArrayList<>();
    List<Skill> rest = new ArrayList<>();
    for (String id : graph.topologicalOrder()) {
      Skill s = graph.skill(id).orElseThrow();
      if (s.id().equals(whole)) {
        exact.add(s);
      } else if (words.stream().allMatch(w -> matches(s, w))) {
        rest.add(s);
      }
    }
    exact.addAll(rest);
    return exact.size() <= limit ? List.copyOf(exact) : List.copyOf(exact.subList(0, limit));
  }

  private static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : query.strip().toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean matches(Skill s, String word) {
    if (s.id().contains(word) || s.name().toLowerCase(Locale.ROOT).contains(word)) {
      return true;
    }
    for (String standard : s.standards()) {
      if (standardMatches(standard.toLowerCase(Locale.ROOT), word)) {
        return true;
      }
    }
    return false;
  }

  static boolean standardMatches(String standard, String word) {
    if (!standard.startsWith(word)) {
      return false;
    }
    return standard.length() == word.length() || !Character.isDigit(standard.charAt(word.length()))
        || !Character.isDigit(word.charAt(word.length() - 1));
  }
}
