package org.stepwise.content;

import java.util.List;

/** How one template parameter gets its value: drawn from a range or a list, or derived from others. */
public sealed interface ParamSpec {

  /** Integers {@code lo..hi}, both ends included. */
  record Range(long lo, long hi) implements ParamSpec {}

  /** One of the listed values, uniformly. */
  record Choice(List<Exact> values) implements ParamSpec {
    public Choice {
      values = List.copyOf(values);
    }
  }

  /** Computed from earlier parameters, e.g. {@code = a*x + b}; lets authors pick the answer first. */
  record Derived(Formula formula) implements ParamSpec {}
}
