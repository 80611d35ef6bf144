package org.stepwise.classroom;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading the students a teacher types or pastes: a display name and an optional username, one per line
 * ("First Last" or "First Last, username"). Every line is checked before anything is created, so that a list with
 * one bad line is refused whole with the problem of every line, and usernames derived from names look the same
 * wherever they are made.
 */
public final class StudentNames {
  public static final int MAX_NAME_CHARS = 100;
  public static final int MAX_USERNAME_CHARS = 32;
  /** Same alphabet as OneRoster-imported usernames; stored and compared in lower case. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

  /** One student to create; {@code username} is empty when it should be derived from the name. */
  public record Entry(int line, String displayName, Optional<String> username) {}

  /** A problem with one line (1-based). */
  public record LineError(int line, String message) {
    @Override
    public String toString() {
      return "Line " + line + ": " + message;
    }
  }

  /** The entries when every line is good, otherwise every problem found. */
  public record Parsed(List<Entry> entries, List<LineError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private StudentNames() {}

  /** One student from the single-student form (line 1). */
  public static Parsed one(String displayName, String username) {
    List<LineError> errors = new ArrayList<>();
    Entry e = entry(1, displayName == null ? "" : displayName, username == null ? "" : username, errors);
    return new Parsed(e == null ? List.of() : List.of(e), List.copyOf(errors));
  }

  /**
   * A pasted list. Blank lines are skipped (but keep their numbers, so errors point at the line the teacher sees);
   * the caller bounds the text's size and the number of lines first.
   */
  public static Parsed list(String text) {
    List<Entry> entries = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int comma = line.indexOf(',');
      if (comma >= 0 && line.indexOf(',', comma + 1) >= 0) {
        errors.add(new LineError(i + 1, "use at most one comma: \"First Last\" or \"First Last, username\""));
        continue;
      }
      String name = comma < 0 ? line : line.substring(0, comma);
      String user = comma < 0 ? "" : line.substring(comma + 1);
      if (comma >= 0 && user.isBlank()) {
        errors.add(new LineError(i + 1, "nothing after the comma; leave the comma out to make a username from the "
            + "name"));
        continue;
      }
      Entry e = entry(i + 1, name, user, errors);
      if (e == null) {
        continue;
      }
      if (e.username().isPresent()) {
        Integer first = seen.putIfAbsent(e.username().get(), e.line());
        if (first != null) {
          errors.add(new LineError(e.line(), "username '" + e.username().get() + "' is also on line " + first));
          continue;
        }
      }
      entries.add(e);
    }
    if (entries.isEmpty() && errors.isEmpty()) {
      errors.add(new LineError(1, "the list is empty; write one student per line"));
    }
    return new Parsed(List.copyOf(entries), List.copyOf(errors));
  }

  private static Entry entry(int line, String rawName, String rawUser, List<LineError> errors) {
    String name = rawName.strip().replaceAll("\\s+", " ");
    String user = rawUser.strip().toLowerCase(Locale.ROOT);
    int before = errors.size();
    if (name.isEmpty()) {
      errors.add(new LineError(line, "the name is missing"));
    } else if (name.length() > MAX_NAME_CHARS) {
      errors.add(new LineError(line, "the name is longer than " + MAX_NAME_CHARS + " characters"));
    } else if (CONTROL.matcher(name).find()) {
      errors.add(new LineError(line, "the name contains a character that cannot be printed"));
    } else if (!name.codePoints().anyMatch(Character::isLetter)) {
      errors.add(new LineError(line, "the name has no letters"));
    }
    if (!user.isEmpty()) {
      if (user.length() > MAX_USERNAME_CHARS) {
        errors.add(new LineError(line, "the username is longer than " + MAX_USERNAME_CHARS + " characters"));
      } else if (!USERNAME.matcher(user).matches()) {
        errors.add(new LineError(line, "the username '" + shown(user) + "' may use only letters a–z, digits, dot, "
            + "dash and underscore, and must start with a letter or digit"));
      }
    }
    if (errors.size() > before) {
      return null;
    }
    return new Entry(line, name, user.isEmpty() ? Optional.empty() : Optional.of(user));
  }

  /** A bad username echoed back, cut short so an error list stays readable. */
  private static String shown(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /**
   * The username a name suggests before it is made unique: the first name, a dot and the family name's initial
   * ("Zoë Weiß" → "zoe.w"), in plain a–z; "student" when the name has no Latin letters to use.
   */
  public static String suggestedUsername(String displayName) {
    String[] words = latin(displayName).split("[^a-z0-9]+");
    List<String> parts = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        parts.add(w);
      }
    }
    if (parts.isEmpty()) {
      return "student";
    }
    String first = parts.getFirst();
    first = first.length() > 20 ? first.substring(0, 20) : first;
    return parts.size() == 1 ? first : first + "." + parts.getLast().charAt(0);
  }

  /** Lower-case a–z letters for a name: accents dropped, a few letters that do not decompose spelled out. */
  static String latin(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
        .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
        .replace("ı", "i");
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
