package org.stepwise.llm;

import java.util.LinkedHashMap;
import java.util.Map;

/** Replies already phrased for the same prompt (least recently used dropped first); the same move, the same words. */
final class ResponseCache {

  private final Map<String, String> entries;

  ResponseCache(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized String get(String key) {
    return entries.get(key);
  }

  synchronized void put(String key, String value) {
    entries.put(key, value);
  }
}
