package org.peerchain.storage.state;

/**
 * How much old state stays readable. Archive keeps every block's state; otherwise the states of the
 * {@code retainedBlocks} most recent blocks (head included) stay readable and older trie nodes that
 * no retained state uses are deleted.
 */
public record StatePruning(int retainedBlocks) {
  /** Wallets and explorers expect historical balances for at least this many blocks. */
  public static final int MIN_RETAINED_BLOCKS = 128;

  private static final StatePruning ARCHIVE = new StatePruning(Integer.MAX_VALUE);

  public StatePruning {
    if (retainedBlocks < MIN_RETAINED_BLOCKS) {
      throw new IllegalArgumentException(
          "state pruning must retain at least " + MIN_RETAINED_BLOCKS + " blocks, got " + retainedBlocks);
    }
  }

  public static StatePruning archive() {
    return ARCHIVE;
  }

  public static StatePruning retain(int blocks) {
    return new StatePruning(blocks);
  }

  public boolean isArchive() {
    return retainedBlocks == Integer.MAX_VALUE;
  }

  @Override
  public String toString() {
    return isArchive() ? "archive" : "retain " + retainedBlocks + " blocks";
  }
}
