package org.stepwise.work.rules;

import org.stepwise.math.ast.Expr;

/** A faulty replacement for one node of a tree, and the text of the node it replaces. */
public record Rewrite(Expr replacement, String part) {}
