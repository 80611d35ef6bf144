package org.stepwise.math.parse;

/** A lexical token; {@code spaceBefore} lets the parser tell the mixed number {@code 1 1/2} from {@code 11/2}. */
record Token(Type type, String text, int position, boolean spaceBefore) {

  enum Type { NUMBER, WORD, SYMBOL, END }

  boolean is(String symbol) {
    return type == Type.SYMBOL && text.equals(symbol);
  }

  boolean isWord(String word) {
    return type == Type.WORD && text.equalsIgnoreCase(word);
  }
}
