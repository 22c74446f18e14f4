package org.peerchain.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/testdata, handed to tests by Surefire as the system property peerchain.testdata. */
public final class TestData {
  private TestData() {}

  public static Path root() {
    String configured = System.getProperty("peerchain.testdata");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testdata");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("shared test data not found at " + root.toAbsolutePath()
          + " (set -Dpeerchain.testdata=DIR)");
    }
    return root;
  }

  public static Path ethereumTests(String relative) {
    return root().resolve("ethereum-tests").resolve(relative);
  }
}
