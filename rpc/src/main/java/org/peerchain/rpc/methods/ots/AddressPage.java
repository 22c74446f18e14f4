package org.peerchain.rpc.methods.ots;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.AddressHistory.Entry;

/**
 * One page of an address's history as Otterscan pages it. Entries come newest first and in whole
 * blocks: a page holds at least {@code pageSize} entries when there are that many, plus the rest of
 * the block the last one is in, so the next page can start at a block boundary without gaps or
 * repeats. {@code firstPage}: nothing newer is left; {@code lastPage}: nothing older is left. A block
 * holds at most as many transactions as its gas limit allows, which bounds the overshoot.
 *
 * @param entries newest first
 */
record AddressPage(List<Entry> entries, boolean firstPage, boolean lastPage) {
  // Entries asked for at once when finishing a block; doubled while the block goes on.
  private static final int FIRST_CHUNK = 64;

  /** Entries in blocks below {@code blockNumber}; 0 means from the head, which makes it the first page. */
  static AddressPage before(AddressHistory history, Address address, long blockNumber, int pageSize) {
    boolean fromHead = blockNumber == 0;
    List<Entry> page = new ArrayList<>(history.before(address, fromHead ? Long.MAX_VALUE : blockNumber, pageSize));
    if (page.size() < pageSize) {
      return new AddressPage(page, fromHead, true);
    }
    Entry last = page.get(page.size() - 1);
    page.addAll(restOfBlockBelow(history, address, last));
    boolean olderLeft = !history.before(address, last.blockNumber(), 1).isEmpty();
    return new AddressPage(page, fromHead, !olderLeft);
  }

  /** Entries in blocks above {@code blockNumber}; 0 means from genesis, which makes it the last page. */
  static AddressPage after(AddressHistory history, Address address, long blockNumber, int pageSize) {
    boolean fromGenesis = blockNumber == 0;
    List<Entry> page = new ArrayList<>(history.after(address, fromGenesis ? -1 : blockNumber, pageSize));
    boolean newerLeft = false;
    if (page.size() == pageSize) {
      Entry last = page.get(page.size() - 1);
      page.addAll(restOfBlockAbove(history, address, last));
      newerLeft = !history.after(address, last.blockNumber(), 1).isEmpty();
    }
    Collections.reverse(page);
    return new AddressPage(page, !newerLeft, fromGenesis);
  }

  /** The entries of {@code last}'s block that come after it newest-first: lower indexes. */
  private static List<Entry> restOfBlockBelow(AddressHistory history, Address address, Entry last) {
    for (int limit = FIRST_CHUNK; ; limit = Math.multiplyExact(limit, 2)) {
      List<Entry> fromBlock = history.before(address, last.blockNumber() + 1, limit);
      List<Entry> rest = fromBlock.stream()
          .filter(e -> e.blockNumber() == last.blockNumber() && e.txIndex() < last.txIndex()).toList();
      if (fromBlock.size() < limit || fromBlock.get(fromBlock.size() - 1).blockNumber() != last.blockNumber()) {
        return rest;
      }
    }
  }

  /** The entries of {@code last}'s block that come after it oldest-first: higher indexes. */
  private static List<Entry> restOfBlockAbove(AddressHistory history, Address address, Entry last) {
    for (int limit = FIRST_CHUNK; ; limit = Math.multiplyExact(limit, 2)) {
      List<Entry> fromBlock = history.after(address, last.blockNumber() - 1, limit);
      List<Entry> rest = fromBlock.stream()
          .filter(e -> e.blockNumber() == last.blockNumber() && e.txIndex() > last.txIndex()).toList();
      if (fromBlock.size() < limit || fromBlock.get(fromBlock.size() - 1).blockNumber() != last.blockNumber()) {
        return rest;
      }
    }
  }
}
