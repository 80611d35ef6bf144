package org.stepwise.math.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;

/**
 * A required form of the answer. {@code places} is only used by {@link Form#DECIMAL}: written {@code decimal:2},
 * {@code decimal_2} or {@code decimal(2)} in requests.
 */
public record Requirement(Form form, Integer places) {

  public enum Form {
    SIMPLIFIED, FACTORED, EXPANDED, LOWEST_TERMS, SLOPE_INTERCEPT, VERTEX_FORM, STANDARD_FORM, DECIMAL, MIXED_NUMBER;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern DECIMAL = Pattern.compile("decimal(?:[:_ (](\\d{1,2})\\)?)?");

  public static Requirement of(Form form) {
    return new Requirement(form, null);
  }

  /** null or blank means no requirement. */
  public static Requirement parse(String s) {
    if (s == null || s.isBlank()) return null;
    String t = s.trim().toLowerCase(Locale.ROOT);
    Matcher m = DECIMAL.matcher(t);
    if (m.matches()) {
      return new Requirement(Form.DECIMAL, m.group(1) == null ? null : Integer.parseInt(m.group(1)));
    }
    try {
      return of(Form.valueOf(t.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new MathException(Code.INVALID_REQUEST, "Unknown requirement '" + s + "': use simplified, factored, "
          + "expanded, lowest_terms, slope_intercept, vertex_form, standard_form, decimal (or decimal:N) or mixed_number.");
    }
  }

  public String wireName() {
    return places == null ? form.wireName() : form.wireName() + ":" + places;
  }
}
