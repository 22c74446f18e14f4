package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.AddressHistory.Entry;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;
import org.peerchain.storage.state.StateUnavailableException;

/**
 * The hash of the finalized transaction {@code sender} sent with {@code nonce}, or null. A nonce
 * at or above the account's is not in the chain; below it, a binary search over block states finds
 * the block. When pruning took a state it needs, the sender's history in the address index is
 * walked from the end the nonce is nearer to, at most {@link #MAX_SCANNED} entries.
 */
public final class OtsGetTransactionBySenderAndNonce implements RpcMethod {
  private static final int CHUNK = 256;
  /** Bounds one call's work on a pruned node: a few seconds of block reads at worst. */
  static final int MAX_SCANNED = 50_000;

  private final ChainAccess chain;
  private final AddressHistory history;

  public OtsGetTransactionBySenderAndNonce(ChainAccess chain, AddressHistory history) {
    this.chain = chain;
    this.history = history;
  }

  @Override
  public String name() {
    return "ots_getTransactionBySenderAndNonce";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    Address sender = params.required(0, "sender", HexData.ADDRESS);
    long nonce = params.required(1, "nonce", OtsParams.NUMBER);
    long next = chain.account(sender).nonce();
    if (nonce >= next) {
      return Json.NULL;
    }
    Optional<Hash> found;
    try {
      found = byState(sender, nonce);
    } catch (StateUnavailableException e) {
      // Pruned state: the address index still has every block.
      found = nonce >= next / 2 ? newestFirst(sender, nonce) : oldestFirst(sender, nonce);
    }
    return found.<JsonNode>map(Json::hash).orElse(Json.NULL);
  }

  /**
   * The sender's nonce only grows, by one per transaction it sends, so the transaction with
   * {@code nonce} is in the first block after which the account's nonce is above it: a binary
   * search over block states, O(log head) account reads.
   */
  private Optional<Hash> byState(Address sender, long nonce) {
    if (nonceAfter(sender, 0) > nonce) {
      return Optional.empty(); // genesis gave the account a higher nonce; no transaction used this one
    }
    long low = 1;
    long high = chain.head().number();
    while (low < high) {
      long middle = low + (high - low) / 2;
      if (nonceAfter(sender, middle) > nonce) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    long found = low;
    Block block = chain.block(found).orElseThrow(() -> new IllegalStateException("block " + found + " is missing"));
    return block.transactions().stream()
        .filter(tx -> tx.nonce() == nonce && tx.sender().map(sender::equals).orElse(false))
        .map(Transaction::hash).findFirst();
  }

  private long nonceAfter(Address sender, long block) {
    Hash root = chain.header(block).orElseThrow(() -> new IllegalStateException("block " + block + " is missing"))
        .stateRoot();
    return chain.account(sender, root).nonce();
  }

  private Optional<Hash> newestFirst(Address sender, long nonce) {
    long below = 0;
    Scan scan = new Scan(sender, nonce);
    while (true) {
      AddressPage page = AddressPage.before(history, sender, below, CHUNK);
      Optional<Hash> found = scan.find(page.entries());
      if (found.isPresent() || page.lastPage() || page.entries().isEmpty()) {
        return found;
      }
      below = page.entries().get(page.entries().size() - 1).blockNumber();
    }
  }

  private Optional<Hash> oldestFirst(Address sender, long nonce) {
    long above = 0;
    Scan scan = new Scan(sender, nonce);
    while (true) {
      AddressPage page = AddressPage.after(history, sender, above, CHUNK);
      Optional<Hash> found = scan.find(oldestFirst(page.entries()));
      if (found.isPresent() || page.firstPage() || page.entries().isEmpty()) {
        return found;
      }
      above = page.entries().get(0).blockNumber();
    }
  }

  private static List<Entry> oldestFirst(List<Entry> newestFirst) {
    List<Entry> copy = new ArrayList<>(newestFirst);
    Collections.reverse(copy);
    return copy;
  }

  /** Looks through entries for the transaction, reading each block once while entries stay in it. */
  private final class Scan {
    private final Address sender;
    private final long nonce;
    private Block block;

    Scan(Address sender, long nonce) {
      this.sender = sender;
      this.nonce = nonce;
    }

    private int scanned;

    Optional<Hash> find(List<Entry> entries) {
      for (Entry entry : entries) {
        if (++scanned > MAX_SCANNED) {
          throw RpcException.server("the history of " + sender + " is too long to search for nonce " + nonce
              + " without the state of old blocks (more than " + MAX_SCANNED + " transactions)");
        }
        if (block == null || block.number() != entry.blockNumber()) {
          block = chain.block(entry.blockNumber()).orElse(null);
        }
        if (block == null || entry.txIndex() >= block.transactions().size()) {
          continue; // a dev chain rewound under the index
        }
        Transaction tx = block.transactions().get(entry.txIndex());
        // The nonce first: recovering the sender costs a signature recovery.
        if (tx.nonce() == nonce && tx.sender().map(sender::equals).orElse(false)) {
          return Optional.of(tx.hash());
        }
      }
      return Optional.empty();
    }
  }
}
