package org.stepwise.mastery;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a student's history into the features of their next response. Every feature of response {@code t} is
 * computed from responses {@code 0..t-1} only: {@link StudentState#features} is called before
 * {@link StudentState#record} reveals the answer, so the current and later answers cannot leak in.
 *
 * <p>Layout (one weight per index): bias; item difficulty (one per item); skill-set and original-skill
 * easiness; PFA-style log(1+successes) and log(1+failures) per original skill and per skill set; the same
 * totals over all skills; recent-window correct/wrong counts on the skill set; the current streak on the skill
 * set (one-hot, signed, capped at ±4); repeats of the same item; whether the student just switched skill set;
 * work so far in the current contiguous block on one skill set; smoothed log-odds of the student's success rate
 * overall and on the skill set; and optionally the logit of per-skill-set BKT's prediction.
 */
final class KtFeatureEncoder {
  private static final int STREAK_CAP = 4;

  private final int items;
  private final int skillSets;
  private final int skills;
  private final KtConfig config;
  private final SkillSetBkt bkt;

  final int itemBase = 1;
  private final int skillSetBase;
  private final int skillBase;
  private final int skillWinBase;
  private final int skillFailBase;
  private final int skillSetWinBase;
  private final int skillSetFailBase;
  private final int denseBase;
  private final int dimension;

  KtFeatureEncoder(int items, int skillSets, int skills, KtConfig config, SkillSetBkt bkt) {
    this.items = items;
    this.skillSets = skillSets;
    this.skills = skills;
    this.config = config;
    this.bkt = bkt;
    skillSetBase = itemBase + items;
    skillBase = skillSetBase + skillSets;
    skillWinBase = skillBase + skills;
    skillFailBase = skillWinBase + skills;
    skillSetWinBase = skillFailBase + skills;
    skillSetFailBase = skillSetWinBase + skillSets;
    denseBase = skillSetFailBase + skillSets;
    dimension = denseBase + Dense.COUNT + 2 * STREAK_CAP + 1;
  }

  /** Indices of the dense features after the sparse blocks. */
  private static final class Dense {
    static final int TOTAL_WINS = 0;
    static final int TOTAL_FAILS = 1;
    static final int WINDOW_WINS = 2;
    static final int WINDOW_FAILS = 3;
    static final int ITEM_ATTEMPTS = 4;
    static final int ITEM_WINS = 5;
    static final int SWITCHED_SKILL_SET = 6;
    static final int BKT_LOGIT = 7;
    static final int RECENT_ANY_RATE = 8;
    static final int BLOCK_WINS = 9;
    static final int BLOCK_FAILS = 10;
    static final int TOTAL_RATE_LOGIT = 11;
    static final int SKILL_SET_RATE_LOGIT = 12;
    static final int COUNT = 13;
  }

  int dimension() {
    return dimension;
  }

  /** L2 penalty of each weight: none on the bias, {@code itemL2} on item weights, {@code otherL2} elsewhere. */
  double[] penalties() {
    double[] l2 = new double[dimension];
    for (int j = 1; j < dimension; j++) {
      l2[j] = j < skillSetBase ? config.itemL2() : config.otherL2();
    }
    return l2;
  }

  StudentState newStudent() {
    return new StudentState();
  }

  /** What the model remembers of one student: counts only, in order of arrival. */
  final class StudentState {
    private final Map<Integer, int[]> skillCounts = new HashMap<>();
    private final Map<Integer, int[]> skillSetCounts = new HashMap<>();
    private final Map<Integer, boolean[]> windows = new HashMap<>();
    private final Map<Integer, int[]> windowMeta = new HashMap<>(); // {filled, nextSlot}
    private final Map<Integer, Integer> streaks = new HashMap<>();
    private final Map<Integer, int[]> itemCounts = new HashMap<>();
    private final Map<Integer, Double> bktKnown = new HashMap<>();
    private final boolean[] recentAny = new boolean[10];
    private int recentAnyFilled;
    private int recentAnyNext;
    private int totalWins;
    private int totalFails;
    private int lastSkillSet = -1;
    private int blockWins;
    private int blockFails;

    /** Features of the next response, from what was recorded so far. */
    void features(KtResponse r, FeatureVector out) {
      out.clear();
      out.put(0, 1);
      if (r.item() < items) {
        out.put(itemBase + r.item(), 1);
      }
      int ss = r.skillSet();
      boolean knownSkillSet = ss < skillSets;
      if (knownSkillSet) {
        out.put(skillSetBase + ss, 1);
        int[] c = skillSetCounts.get(ss);
        if (c != null) {
          out.put(skillSetWinBase + ss, Math.log1p(c[0]));
          out.put(skillSetFailBase + ss, Math.log1p(c[1]));
        }
      }
      for (int k = 0; k < r.skillCount(); k++) {
        int s = r.skill(k);
        if (s < skills) {
          out.put(skillBase + s, 1);
          int[] c = skillCounts.get(s);
          if (c != null) {
            out.put(skillWinBase + s, Math.log1p(c[0]));
            out.put(skillFailBase + s, Math.log1p(c[1]));
          }
        }
      }
      out.put(denseBase + Dense.TOTAL_WINS, Math.log1p(totalWins));
      out.put(denseBase + Dense.TOTAL_FAILS, Math.log1p(totalFails));
      boolean[] window = windows.get(ss);
      if (window != null) {
        int filled = windowMeta.get(ss)[0];
        int wins = 0;
        for (int i = 0; i < filled; i++) {
          wins += window[i] ? 1 : 0;
        }
        out.put(denseBase + Dense.WINDOW_WINS, wins / (double) config.window());
        out.put(denseBase + Dense.WINDOW_FAILS, (filled - wins) / (double) config.window());
      }
      int[] ic = itemCounts.get(r.item());
      if (ic != null) {
        out.put(denseBase + Dense.ITEM_ATTEMPTS, Math.log1p(ic[0]));
        out.put(denseBase + Dense.ITEM_WINS, Math.log1p(ic[1]));
      }
      if (lastSkillSet != -1 && lastSkillSet != ss) {
        out.put(denseBase + Dense.SWITCHED_SKILL_SET, 1);
      } else {
        // Same contiguous block of work on one skill set (an assignment in progress).
        out.put(denseBase + Dense.BLOCK_WINS, Math.log1p(blockWins));
        out.put(denseBase + Dense.BLOCK_FAILS, Math.log1p(blockFails));
      }
      // Smoothed success rates as log-odds (a Beta(1,1) prior keeps new students near even odds).
      out.put(denseBase + Dense.TOTAL_RATE_LOGIT, Math.log((totalWins + 1.0) / (totalFails + 1.0)));
      if (knownSkillSet) {
        int[] c = skillSetCounts.get(ss);
        if (c != null) {
          out.put(denseBase + Dense.SKILL_SET_RATE_LOGIT, Math.log((c[0] + 1.0) / (c[1] + 1.0)));
        }
      }
      if (config.useBkt()) {
        BktParams p = bkt.params(ss);
        double pc = p.pCorrect(bktKnown.getOrDefault(ss, p.pInit()));
        pc = Math.min(1 - 1e-4, Math.max(1e-4, pc));
        out.put(denseBase + Dense.BKT_LOGIT, Math.log(pc / (1 - pc)));
      }
      if (recentAnyFilled > 0) {
        int wins = 0;
        for (int i = 0; i < recentAnyFilled; i++) {
          wins += recentAny[i] ? 1 : 0;
        }
        out.put(denseBase + Dense.RECENT_ANY_RATE, wins / (double) recentAnyFilled - 0.5);
      }
      int streak = streaks.getOrDefault(ss, 0);
      out.put(denseBase + Dense.COUNT + STREAK_CAP + Math.max(-STREAK_CAP, Math.min(STREAK_CAP, streak)), 1);
    }

    /** Reveals the answer to the response whose features were just read. */
    void record(KtResponse r) {
      int win = r.correct() ? 0 : 1;
      int ss = r.skillSet();
      skillSetCounts.computeIfAbsent(ss, k -> new int[2])[win]++;
      for (int k = 0; k < r.skillCount(); k++) {
        skillCounts.computeIfAbsent(r.skill(k), x -> new int[2])[win]++;
      }
      if (r.correct()) {
        totalWins++;
      } else {
        totalFails++;
      }
      boolean[] window = windows.computeIfAbsent(ss, k -> new boolean[config.window()]);
      int[] meta = windowMeta.computeIfAbsent(ss, k -> new int[2]);
      window[meta[1]] = r.correct();
      meta[1] = (meta[1] + 1) % window.length;
      meta[0] = Math.min(meta[0] + 1, window.length);
      int streak = streaks.getOrDefault(ss, 0);
      streaks.put(ss, r.correct() ? Math.max(streak, 0) + 1 : Math.min(streak, 0) - 1);
      int[] ic = itemCounts.computeIfAbsent(r.item(), k -> new int[2]);
      ic[0]++;
      ic[1] += r.correct() ? 1 : 0;
      if (config.useBkt()) {
        BktParams p = bkt.params(ss);
        bktKnown.put(ss, p.next(bktKnown.getOrDefault(ss, p.pInit()), r.correct()));
      }
      recentAny[recentAnyNext] = r.correct();
      recentAnyNext = (recentAnyNext + 1) % recentAny.length;
      recentAnyFilled = Math.min(recentAnyFilled + 1, recentAny.length);
      if (ss != lastSkillSet) {
        blockWins = 0;
        blockFails = 0;
      }
      if (r.correct()) {
        blockWins++;
      } else {
        blockFails++;
      }
      lastSkillSet = ss;
    }
  }
}
