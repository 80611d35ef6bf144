package org.stepwise.content;

/** The answer forms the checking contract can require (see ARCHITECTURE.md, {@code requirement}). */
public enum RequiredForm {
  SIMPLIFIED,
  FACTORED,
  EXPANDED,
  LOWEST_TERMS,
  SLOPE_INTERCEPT,
  VERTEX_FORM,
  STANDARD_FORM,
  DECIMAL,
  MIXED_NUMBER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
