package org.stepwise.llm;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts tokens the way OpenAI-style models do (cl100k_base, via jtokkit). Local models tokenise differently, but
 * within a small margin, which is all a budget needs. Thread-safe.
 */
public final class TokenCounter {

  private static final Encoding ENCODING = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  public int count(String text) {
    return text == null ? 0 : ENCODING.countTokens(text);
  }
}
