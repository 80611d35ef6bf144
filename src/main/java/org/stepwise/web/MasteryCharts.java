package org.stepwise.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.stepwise.store.DrilldownQueries.MasteryPoint;
import org.stepwise.web.pages.StudentPage.ChartDot;
import org.stepwise.web.pages.StudentPage.ChartRow;
import org.stepwise.web.pages.StudentPage.MasteryChart;

/**
 * Mastery over time drawn on the server as small SVG line charts, one per skill: no chart library and no script, so
 * the page works as it is sent. Each chart carries a sentence that says what it shows and its data as a table, for
 * those who cannot see it.
 */
final class MasteryCharts {
  static final int WIDTH = 320;
  static final int HEIGHT = 120;
  private static final int PAD = 10;
  /** More points than this do not fit a chart this wide; a long history is thinned evenly (first and last kept). */
  static final int MAX_POINTS = 120;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private MasteryCharts() {}

  /** One chart per skill, in the order the skills first appear; {@code target} is the mastery goal (0..1). */
  static List<MasteryChart> of(List<MasteryPoint> history, double target, Function<String, String> title) {
    Map<String, List<MasteryPoint>> bySkill = new LinkedHashMap<>();
    history.forEach(p -> bySkill.computeIfAbsent(p.skillId(), k -> new ArrayList<>()).add(p));
    List<MasteryChart> out = new ArrayList<>();
    bySkill.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add(chart(e.getKey(), title.apply(e.getKey()), e.getValue(), target)));
    return out;
  }

  static MasteryChart chart(String skillId, String title, List<MasteryPoint> all, double target) {
    List<MasteryPoint> points = thin(all);
    long t0 = points.getFirst().at().toEpochMilli();
    long t1 = points.getLast().at().toEpochMilli();
    int inner = WIDTH - 2 * PAD;
    StringBuilder line = new StringBuilder();
    List<ChartDot> dots = new ArrayList<>();
    List<ChartRow> rows = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      MasteryPoint p = points.get(i);
      // by time when the points span time; by order when they share one moment
      double share = t1 > t0 ? (p.at().toEpochMilli() - t0) / (double) (t1 - t0)
          : points.size() == 1 ? 0.5 : i / (double) (points.size() - 1);
      String x = num(PAD + share * inner);
      String y = num(y(p.pMastery()));
      line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
      int percent = percent(p.pMastery());
      String when = Pages.when(p.at());
      dots.add(new ChartDot(x, y, percent + "% on " + when));
      rows.add(new ChartRow(when, percent));
    }
    return new MasteryChart(skillId, title, summary(title, all), WIDTH, HEIGHT, line.toString(), dots,
        (int) Math.round(y(target)), rows);
  }

  /** "Mastery of Two-step equations went from 20% to 85% over 14 updates (3 Nov to 21 Nov)." */
  static String summary(String title, List<MasteryPoint> all) {
    MasteryPoint first = all.getFirst();
    MasteryPoint last = all.getLast();
    if (all.size() == 1) {
      return "Mastery of " + title + " is " + percent(last.pMastery()) + "% (one estimate, " + DAY.format(last.at())
          + ").";
    }
    String from = DAY.format(first.at());
    String to = DAY.format(last.at());
    return "Mastery of " + title + " went from " + percent(first.pMastery()) + "% to " + percent(last.pMastery())
        + "% over " + all.size() + " updates (" + (from.equals(to) ? from : from + " to " + to) + ").";
  }

  private static List<MasteryPoint> thin(List<MasteryPoint> all) {
    if (all.size() <= MAX_POINTS) {
      return all;
    }
    List<MasteryPoint> out = new ArrayList<>(MAX_POINTS);
    for (int i = 0; i < MAX_POINTS; i++) {
      out.add(all.get((int) Math.round(i * (all.size() - 1) / (double) (MAX_POINTS - 1))));
    }
    return out;
  }

  private static double y(double p) {
    return HEIGHT - PAD - Math.max(0, Math.min(1, p)) * (HEIGHT - 2 * PAD);
  }

  private static int percent(double p) {
    return (int) Math.round(p * 100);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
