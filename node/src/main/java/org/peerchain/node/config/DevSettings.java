package org.peerchain.node.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What only {@code peerchain dev} has: its cheat methods, how it mines at start, and the state files.
 *
 * @param automine a block as soon as transactions wait (anvil's default)
 * @param intervalMs a block every interval (--block-time); 0: none
 * @param loadState loaded at start when it exists (--state)
 * @param saveState written at exit (--state, --dump-state)
 * @param throwawayStore the data directory is a temporary one, deleted at exit (no --data-dir): no
 *     later start ever reads it, so a commit need not wait for the disk
 */
public record DevSettings(boolean automine, long intervalMs, Optional<Path> loadState, Optional<Path> saveState,
    boolean throwawayStore) {
  public DevSettings {
    if (intervalMs < 0) {
      throw new IllegalArgumentException("interval must not be negative: " + intervalMs);
    }
    Objects.requireNonNull(loadState, "loadState");
    Objects.requireNonNull(saveState, "saveState");
  }

  public DevSettings(boolean automine, long intervalMs, Optional<Path> loadState, Optional<Path> saveState) {
    this(automine, intervalMs, loadState, saveState, false);
  }

  public static DevSettings defaults() {
    return new DevSettings(true, 0, Optional.empty(), Optional.empty());
  }
}
