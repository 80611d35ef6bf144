-- The current mastery estimate per student and skill, kept up to date beside the history in mastery_snapshots.
-- Pages that show "where is each student now" (class grid, dashboard heatmap, student home) read one row per
-- (student, skill) here instead of ranking the whole history: with a year of practice that history has ~100,000
-- rows per class and ranking it cost more than the rest of the dashboard together.
CREATE TABLE mastery_current (
  school_id   BIGINT NOT NULL REFERENCES schools(id),
  student_id  BIGINT NOT NULL REFERENCES users(id),
  skill_id    VARCHAR(100) NOT NULL,
  p_mastery   DOUBLE PRECISION NOT NULL CHECK (p_mastery >= 0 AND p_mastery <= 1),
  -- the answers the estimate rests on (answers that counted as evidence)
  answers     INT NOT NULL CHECK (answers >= 0),
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (student_id, skill_id)
);
CREATE INDEX mastery_current_school ON mastery_current (school_id, student_id);

-- Existing histories: the latest snapshot is the current estimate; it rests on the answers given on that skill.
INSERT INTO mastery_current (school_id, student_id, skill_id, p_mastery, answers, updated_at)
SELECT latest.school_id, latest.student_id, latest.skill_id, latest.p_mastery,
       (SELECT COUNT(*) FROM attempts a WHERE a.student_id = latest.student_id AND a.skill_id = latest.skill_id),
       latest.created_at
FROM (SELECT s.school_id, s.student_id, s.skill_id, s.p_mastery, s.created_at,
             ROW_NUMBER() OVER (PARTITION BY s.student_id, s.skill_id ORDER BY s.created_at DESC, s.id DESC) AS rn
      FROM mastery_snapshots s) latest
WHERE latest.rn = 1;
