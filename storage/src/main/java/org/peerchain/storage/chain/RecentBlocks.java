package org.peerchain.storage.chain;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.types.Hash;

/**
 * The last blocks committed, as the committer held them: their transactions carry the hashes and
 * senders that pool and executor already worked out. A wallet polls for the receipt of a transaction
 * it just sent, and the fee oracle reads the last 20 blocks at every new head; from here neither
 * decodes a body nor recovers a sender again. Bounded in blocks and in transactions; emptied when
 * the chain is taken back, so a block that left the chain is never answered from here.
 */
final class RecentBlocks {
  static final int MAX_BLOCKS = 32;
  static final int MAX_TRANSACTIONS = 8_192;

  private record Entry(Block block, List<Receipt> receipts) {}

  private final Map<Hash, Entry> entries = new LinkedHashMap<>();
  private int transactions;

  synchronized void add(Block block, List<Receipt> receipts) {
    Entry previous = entries.put(block.hash(), new Entry(block, receipts));
    if (previous != null) {
      transactions -= previous.block().transactions().size();
    }
    transactions += block.transactions().size();
    Iterator<Entry> oldest = entries.values().iterator();
    while (entries.size() > 1 && (entries.size() > MAX_BLOCKS || transactions > MAX_TRANSACTIONS)) {
      transactions -= oldest.next().block().transactions().size();
      oldest.remove();
    }
  }

  synchronized Optional<Block> block(Hash hash) {
    return Optional.ofNullable(entries.get(hash)).map(Entry::block);
  }

  synchronized Optional<List<Receipt>> receipts(Hash hash) {
    return Optional.ofNullable(entries.get(hash)).map(Entry::receipts);
  }

  synchronized void clear() {
    entries.clear();
    transactions = 0;
  }
}
