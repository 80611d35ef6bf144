package org.stepwise.work.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.work.PartText;
import org.stepwise.work.Terms;

/**
 * A rule whose faulty step rewrites one node of the tree ({@code (a+b)^2 -> a^2+b^2}); it is tried at every node
 * of every side of the previous line, one node at a time, as a student applies one step at one place.
 */
public final class SiteRule implements MisconceptionRule {
  private final String id;
  private final Function<Expr, List<Rewrite>> atNode;
  private final boolean wholeChains;

  public SiteRule(String id, Function<Expr, List<Rewrite>> atNode) {
    this(id, atNode, false);
  }

  /**
   * @param wholeChains the rule looks at all terms of a sum or all factors of a product at once, so it is tried
   *     only where a chain starts; trying it again at every link would repeat its candidates (cubic in the
   *     length of a long product, which a hostile line can exploit)
   */
  public SiteRule(String id, Function<Expr, List<Rewrite>> atNode, boolean wholeChains) {
    this.id = id;
    this.atNode = atNode;
    this.wholeChains = wholeChains;
  }

  /** A rule that sees a whole sum or product: tried where the chain starts, not at each link. */
  static SiteRule onChains(String id, Function<Expr, List<Rewrite>> atNode) {
    return new SiteRule(id, atNode, true);
  }

  /**
   * A rule on every pair of factors of a product: {@code faulty} gives the wrong merge of the two factors (or none),
   * which replaces the first of them while the second is dropped. The question quotes the pair, or the whole product
   * when {@code quoteWholeProduct}.
   */
  static SiteRule onFactorPairs(String id, boolean quoteWholeProduct,
      java.util.function.BiFunction<Expr, Expr, java.util.Optional<Expr>> faulty) {
    return onChains(id, e -> {
      if (!(e instanceof Expr.Mul)) {
        return List.of();
      }
      List<Expr> fs = Terms.factors(e);
      List<Rewrite> out = new ArrayList<>();
      for (int i = 0; i < fs.size(); i++) {
        for (int j = i + 1; j < fs.size(); j++) {
          Expr first = fs.get(i);
          Expr second = fs.get(j);
          var wrong = faulty.apply(first, second);
          if (wrong.isEmpty()) {
            continue;
          }
          List<Expr> copy = new ArrayList<>(fs);
          copy.set(i, wrong.get());
          copy.remove(j);
          Expr quoted = quoteWholeProduct ? e : Terms.product(List.of(first, second));
          out.add(new Rewrite(Terms.product(copy), PartText.of(quoted)));
        }
      }
      return out;
    });
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<Faulty> apply(RuleInput in) {
    return rewriteStatement(in.previous(), wholeChains ? SiteRule::chainStartsOnly : null, atNode);
  }

  /** Whether {@code e} continues the chain of its parent (a sum inside a sum, a product inside a product). */
  private static boolean chainStartsOnly(Expr parent, Expr e) {
    boolean sum = e instanceof Expr.Add || e instanceof Expr.Sub;
    return sum && (parent instanceof Expr.Add || parent instanceof Expr.Sub s && s.left() == e)
        || e instanceof Expr.Mul && parent instanceof Expr.Mul;
  }

  /** Decides whether a node is a link of its parent's chain, where a whole-chain rule is not tried again. */
  interface Link {
    boolean continues(Expr parent, Expr e);
  }

  static List<Faulty> rewriteStatement(Statement s, Link skip, Function<Expr, List<Rewrite>> atNode) {
    List<Faulty> out = new ArrayList<>();
    switch (s) {
      case Statement.Bare b -> {
        for (Rewritten r : everywhere(null, b.expr(), skip, atNode)) {
          out.add(new Faulty(new Statement.Bare(r.tree()), r.part()));
        }
      }
      case Statement.Relation rel -> {
        for (int i = 0; i < rel.operands().size(); i++) {
          for (Rewritten r : everywhere(null, rel.operands().get(i), skip, atNode)) {
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
  static List<Rewritten> everywhere(Expr parent, Expr e, Link skip, Function<Expr, List<Rewrite>> atNode) {
    List<Rewritten> out = new ArrayList<>();
    if (skip == null || parent == null || !skip.continues(parent, e)) {
      for (Rewrite r : atNode.apply(e)) {
        out.add(new Rewritten(r.replacement(), r.part()));
      }
    }
    switch (e) {
      case Expr.Neg n -> everywhere(e, n.operand(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Neg(r.tree()))));
      case Expr.Add a -> {
        everywhere(e, a.left(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Add(r.tree(), a.right()))));
        everywhere(e, a.right(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Add(a.left(), r.tree()))));
      }
      case Expr.Sub s -> {
        everywhere(e, s.left(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Sub(r.tree(), s.right()))));
        everywhere(e, s.right(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Sub(s.left(), r.tree()))));
      }
      case Expr.Mul m -> {
        everywhere(e, m.left(), skip, atNode)
            .forEach(r -> out.add(r.wrap(new Expr.Mul(r.tree(), m.right(), m.implicit()))));
        everywhere(e, m.right(), skip, atNode)
            .forEach(r -> out.add(r.wrap(new Expr.Mul(m.left(), r.tree(), m.implicit()))));
      }
      case Expr.Div d -> {
        everywhere(e, d.left(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Div(r.tree(), d.right()))));
        everywhere(e, d.right(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Div(d.left(), r.tree()))));
      }
      case Expr.Pow p -> {
        everywhere(e, p.base(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Pow(r.tree(), p.exponent()))));
        everywhere(e, p.exponent(), skip, atNode).forEach(r -> out.add(r.wrap(new Expr.Pow(p.base(), r.tree()))));
      }
      case Expr.Call c -> everywhere(e, c.argument(), skip, atNode)
          .forEach(r -> out.add(r.wrap(new Expr.Call(c.function(), r.tree()))));
      case Expr.Percent p -> everywhere(e, p.operand(), skip, atNode)
          .forEach(r -> out.add(r.wrap(new Expr.Percent(r.tree()))));
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
