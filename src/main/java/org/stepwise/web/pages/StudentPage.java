package org.stepwise.web.pages;

import java.util.List;

/** A teacher's view of one student: mastery per skill and recent attempts. */
public record StudentPage(Chrome chrome, String displayName, String username, List<SkillBar> mastery,
    List<AttemptRow> recent) {}
