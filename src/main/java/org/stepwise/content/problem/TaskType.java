package org.stepwise.content.problem;

/** The verbs of school algebra that Stepwise reads in a problem statement. */
public enum TaskType {
  /** Solve an equation in one variable (or for one variable in terms of others). */
  SOLVE_EQUATION,
  SOLVE_INEQUALITY,
  /** Solve a system of linear equations. */
  SOLVE_SYSTEM,
  SIMPLIFY,
  EXPAND,
  FACTOR,
  /** Evaluate an expression with given values of its letters. */
  EVALUATE,
  /** Work out a numeric expression. */
  CALCULATE,
  /** Slope of the line through two points. */
  SLOPE,
  /** f(a) for a given f. */
  FUNCTION_VALUE,
  /** The x for which f(x) = k. */
  FUNCTION_INPUT
}
