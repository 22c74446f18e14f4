package org.peerchain.rpc.explorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.AddressHistory.Entry;

/**
 * Pages of an address's history in whole blocks, newest first, so that following "older" and
 * "newer" links neither skips nor repeats a transaction: a page ends at a block boundary, and the
 * next one starts below (or above) the last block it showed.
 */
final class HistoryPager {
  static final int PAGE = 25;

  /**
   * @param entries newest first
   * @param older the block to pass as {@code before} for the next older page; empty on the last page
   * @param newer the block to pass as {@code after} for the next newer page; empty on the newest page
   * @param truncatedBlock a block with more of this address's transactions than one page holds; only
   *     its first page is listed here
   */
  record Slice(List<Entry> entries, OptionalLong older, OptionalLong newer, OptionalLong truncatedBlock) {
    Slice {
      entries = List.copyOf(entries);
    }
  }

  private HistoryPager() {}

  /** The page below {@code beforeBlock}. */
  static Slice before(AddressHistory history, Address address, long beforeBlock) {
    List<Entry> fetched = history.before(address, beforeBlock, PAGE + 1);
    Trimmed t = trim(fetched);
    OptionalLong older = t.more ? OptionalLong.of(t.lastBlock()) : OptionalLong.empty();
    // A newer page exists when this one does not start at the head side of the history.
    OptionalLong newer = OptionalLong.empty();
    if (!t.kept.isEmpty() && !history.after(address, t.kept.get(0).blockNumber(), 1).isEmpty()) {
      newer = OptionalLong.of(t.kept.get(0).blockNumber());
    }
    return new Slice(t.kept, older, newer, t.truncated);
  }

  /** The page above {@code afterBlock}, shown newest first like every page. */
  static Slice after(AddressHistory history, Address address, long afterBlock) {
    List<Entry> fetched = history.after(address, afterBlock, PAGE + 1);
    Trimmed t = trim(fetched);
    List<Entry> newestFirst = new ArrayList<>(t.kept);
    Collections.reverse(newestFirst);
    OptionalLong newer = t.more ? OptionalLong.of(t.lastBlock()) : OptionalLong.empty();
    OptionalLong older = OptionalLong.empty();
    if (!t.kept.isEmpty() && !history.before(address, t.kept.get(0).blockNumber(), 1).isEmpty()) {
      older = OptionalLong.of(t.kept.get(0).blockNumber());
    }
    return new Slice(newestFirst, older, newer, t.truncated);
  }

  private record Trimmed(List<Entry> kept, boolean more, OptionalLong truncated) {
    long lastBlock() {
      return kept.get(kept.size() - 1).blockNumber();
    }
  }

  /**
   * Of up to PAGE + 1 entries in walking order, the whole blocks among the first PAGE. When one
   * block alone fills the page, its first PAGE entries are kept and the block is reported truncated.
   */
  private static Trimmed trim(List<Entry> fetched) {
    if (fetched.size() <= PAGE) {
      return new Trimmed(fetched, false, OptionalLong.empty());
    }
    List<Entry> page = fetched.subList(0, PAGE);
    long boundary = fetched.get(PAGE).blockNumber();
    if (page.get(PAGE - 1).blockNumber() != boundary) {
      return new Trimmed(page, true, OptionalLong.empty());
    }
    List<Entry> whole = page.stream().filter(e -> e.blockNumber() != boundary).toList();
    if (whole.isEmpty()) {
      return new Trimmed(page, true, OptionalLong.of(boundary));
    }
    return new Trimmed(whole, true, OptionalLong.empty());
  }
}
