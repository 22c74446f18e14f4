package org.peerchain.consensus.bft.engine;

/**
 * Switches for the engine's rules. Production uses {@link #STANDARD}. The one switch exists so the
 * simulation can prove it detects a broken engine: without the lock check on prevote, byzantine
 * validators can make honest ones finalize two blocks at one height.
 */
public record Rules(boolean disableLockCheckOnPrevote) {
  public static final Rules STANDARD = new Rules(false);
}
