package org.stepwise.work.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;

/**
 * A rule whose faulty step rewrites one node of the tree ({@code (a+b)^2 -> a^2+b^2}); it is tried at every node
 * of every side of the previous line, one node at a time, as a student applies one step at one place.
 */
public final class SiteRule implements MisconceptionRule {
  private final String id;
  private final Function<Expr, List<Rewrite>> atNode;

  public SiteRule(String id, Function<Expr, List<Rewrite>> atNode) {
    this.id = id;
    this.atNode = atNode;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<Faulty> apply(RuleInput in) {
    return rewriteStatement(in.previous(), atNode);
  }

  static List<Faulty> rewriteStatement(Statement s, Function<Expr, List<Rewrite>> atNode) {
    List<Faulty> out = new ArrayList<>();
    switch (s) {
      case Statement.Bare b -> {
        for (Rewritten r : everywhere(b.expr(), atNode)) {
          out.add(new Faulty(new Statement.Bare(r.tree()), r.part()));
        }
      }
      case Statement.Relation rel -> {
        for (int i = 0; i < rel.operands().size(); i++) {
          for (Rewritten r : everywhere(rel.operands().get(i), atNode)) {
            List<Expr> ops = new ArrayList<>(rel.operands());
            ops.set(i, r.tree());
            out.add(new Faulty(new Statement.Relation(ops, rel.ops()), r.part()));
          }
        }
      }
      default -> { } // sets, pairs and combinations are answers, not lines a faulty step starts from
    }
    return out;
  }

  /** The tree with one node replaced, for every node and every rewrite the function offers there. */
  static List<Rewritten> everywhere(Expr e, Function<Expr, List<Rewrite>> atNode) {
    List<Rewritten> out = new ArrayList<>();
    for (Rewrite r : atNode.apply(e)) {
      out.add(new Rewritten(r.replacement(), r.part()));
    }
    switch (e) {
      case Expr.Neg n -> everywhere(n.operand(), atNode).forEach(r -> out.add(r.wrap(new Expr.Neg(r.tree()))));
      case Expr.Add a -> {
        everywhere(a.left(), atNode).forEach(r -> out.add(r.wrap(new Expr.Add(r.tree(), a.right()))));
        everywhere(a.right(), atNode).forEach(r -> out.add(r.wrap(new Expr.Add(a.left(), r.tree()))));
      }
      case Expr.Sub s -> {
        everywhere(s.left(), atNode).forEach(r -> out.add(r.wrap(new Expr.Sub(r.tree(), s.right()))));
        everywhere(s.right(), atNode).forEach(r -> out.add(r.wrap(new Expr.Sub(s.left(), r.tree()))));
      }
      case Expr.Mul m -> {
        everywhere(m.left(), atNode).forEach(r -> out.add(r.wrap(new Expr.Mul(r.tree(), m.right(), m.implicit()))));
        everywhere(m.right(), atNode).forEach(r -> out.add(r.wrap(new Expr.Mul(m.left(), r.tree(), m.implicit()))));
      }
      case Expr.Div d -> {
        everywhere(d.left(), atNode).forEach(r -> out.add(r.wrap(new Expr.Div(r.tree(), d.right()))));
        everywhere(d.right(), atNode).forEach(r -> out.add(r.wrap(new Expr.Div(d.left(), r.tree()))));
      }
      case Expr.Pow p -> {
        everywhere(p.base(), atNode).forEach(r -> out.add(r.wrap(new Expr.Pow(r.tree(), p.exponent()))));
        everywhere(p.exponent(), atNode).forEach(r -> out.add(r.wrap(new Expr.Pow(p.base(), r.tree()))));
      }
      case Expr.Call c -> everywhere(c.argument(), atNode)
          .forEach(r -> out.add(r.wrap(new Expr.Call(c.function(), r.tree()))));
      case Expr.Percent p -> everywhere(p.operand(), atNode).forEach(r -> out.add(r.wrap(new Expr.Percent(r.tree()))));
      default -> { }
    }
    return out;
  }

  record Rewritten(Expr tree, String part) {
    Rewritten wrap(Expr parent) {
      return new Rewritten(parent, part);
    }
  }
}
