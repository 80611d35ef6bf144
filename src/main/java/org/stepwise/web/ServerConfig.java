package org.stepwise.web;

/**
 * How to run the server. {@code port} 0 picks a free port (tests). {@code seedDemo} seeds the demo school into an
 * empty database.
 */
public record ServerConfig(String host, int port, String jdbcUrl, boolean seedDemo, int poolSize) {
  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:"))) {
      throw new IllegalArgumentException("the database URL must start with jdbc:h2: or jdbc:postgresql:");
    }
    if (poolSize < 1 || poolSize > 200) {
      throw new IllegalArgumentException("pool size must be 1..200, got " + poolSize);
    }
  }
}
