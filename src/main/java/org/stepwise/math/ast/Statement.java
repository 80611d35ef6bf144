package org.stepwise.math.ast;

import java.util.List;

/** What a line of input says: a bare expression, a relation, a combination of relations, or a set. */
public sealed interface Statement {

  /** The input was just an expression (an answer such as {@code 2x+6}). */
  record Bare(Expr expr) implements Statement {}

  /** {@code a = b}, {@code a < b}, or a chain such as {@code -3 < x <= 3}: operands.size() == ops.size() + 1. */
  record Relation(List<Expr> operands, List<RelOp> ops) implements Statement {
    public Relation {
      operands = List.copyOf(operands);
      ops = List.copyOf(ops);
    }

    public boolean isEquation() {
      return ops.stream().allMatch(op -> op == RelOp.EQ);
    }
  }

  /** {@code p and q} (also a comma between relations: {@code x=2, y=3}). */
  record And(List<Statement> parts) implements Statement {
    public And {
      parts = List.copyOf(parts);
    }
  }

  record Or(List<Statement> parts) implements Statement {
    public Or {
      parts = List.copyOf(parts);
    }
  }

  /** {@code {2, -3}}, {@code {}}; elements may be tuples such as {@code {(2, 3)}}. */
  record SetOf(List<Statement> elements) implements Statement {
    public SetOf {
      elements = List.copyOf(elements);
    }
  }

  /** An ordered pair or triple {@code (2, 3)}. */
  record Tuple(List<Expr> items) implements Statement {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** {@code no solution}, {@code no real solutions}, {@code ∅}. */
  record NoSolution() implements Statement {}

  /** {@code all real numbers}, {@code infinitely many solutions} (for one variable). */
  record AllReals() implements Statement {}

  enum RelOp {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    public final String symbol;

    RelOp(String symbol) {
      this.symbol = symbol;
    }

    /** The same relation read from right to left ({@code a < b} is {@code b > a}). */
    public RelOp mirrored() {
      return switch (this) {
        case LT -> GT;
        case LE -> GE;
        case GT -> LT;
        case GE -> LE;
        default -> this;
      };
    }
  }
}
