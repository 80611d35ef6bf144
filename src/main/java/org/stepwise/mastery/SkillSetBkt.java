package org.stepwise.mastery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-skill-set BKT parameters fitted by EM on training sequences; unknown skill sets get a pooled fit. */
public final class SkillSetBkt {
  private final Map<Integer, BktParams> perSkillSet;
  private final BktParams pooled;

  private SkillSetBkt(Map<Integer, BktParams> perSkillSet, BktParams pooled) {
    this.perSkillSet = Map.copyOf(perSkillSet);
    this.pooled = pooled;
  }

  public static SkillSetBkt fit(List<StudentSequence> students, BktFitter fitter) {
    Map<Integer, List<boolean[]>> bySkillSet = new HashMap<>();
    List<boolean[]> all = new ArrayList<>();
    for (StudentSequence s : students) {
      Map<Integer, List<Boolean>> mine = new HashMap<>();
      for (KtResponse r : s.responses()) {
        mine.computeIfAbsent(r.skillSet(), k -> new ArrayList<>()).add(r.correct());
      }
      mine.forEach((ss, answers) -> {
        boolean[] seq = new boolean[answers.size()];
        for (int i = 0; i < seq.length; i++) {
          seq[i] = answers.get(i);
        }
        bySkillSet.computeIfAbsent(ss, k -> new ArrayList<>()).add(seq);
        all.add(seq);
      });
    }
    BktParams pooled = fitter.fit(all, BktParams.DEFAULT);
    Map<Integer, BktParams> fitted = new HashMap<>();
    bySkillSet.forEach((ss, seqs) -> fitted.put(ss, fitter.fit(seqs, pooled)));
    return new SkillSetBkt(fitted, pooled);
  }

  public BktParams params(int skillSet) {
    return perSkillSet.getOrDefault(skillSet, pooled);
  }

  /** Plain BKT's P(correct) for each response of the student, from their earlier answers on the same skill set. */
  public double[] predict(StudentSequence student) {
    Map<Integer, Double> known = new HashMap<>();
    double[] out = new double[student.responses().size()];
    for (int t = 0; t < out.length; t++) {
      KtResponse r = student.responses().get(t);
      BktParams p = params(r.skillSet());
      double pk = known.getOrDefault(r.skillSet(), p.pInit());
      out[t] = p.pCorrect(pk);
      known.put(r.skillSet(), p.next(pk, r.correct()));
    }
    return out;
  }

  public int size() {
    return perSkillSet.size();
  }
}
