package org.peerchain.rpc.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * A dev node's cheats, as anvil's (anvil_*, evm_*): mining on demand and its modes, the block clock,
 * balances and nonces set outright, impersonation, the pool, snapshots, dumps and reset. Only
 * {@code peerchain dev} implements it; a network node has none, and the methods are not served.
 * Calls that change the chain return once the change is the head. A request the node refuses
 * (a past timestamp, a corrupt dump) throws {@link DevRequestException}.
 */
public interface DevControl {
  /**
   * Mines {@code count} blocks with the pool's executable transactions, {@code intervalSeconds}
   * apart when given; the first at {@code firstTimestamp} when given.
   */
  List<Hash> mine(long count, OptionalLong intervalSeconds, OptionalLong firstTimestamp);

  boolean automine();

  void setAutomine(boolean on);

  /** 0 turns interval mining off. */
  void setIntervalMining(long millis);

  /** Moves the block clock forward; returns the total offset in seconds. */
  long increaseTime(long seconds);

  /** The next block's timestamp; before the head's is refused. */
  void setNextBlockTimestamp(long seconds);

  void setBlockTimestampInterval(long seconds);

  /** Whether an interval was set. */
  boolean removeBlockTimestampInterval();

  void setBalance(Address address, UInt256 balance);

  void setNonce(Address address, long nonce);

  void impersonate(Address address);

  void stopImpersonating(Address address);

  void autoImpersonate(boolean on);

  /**
   * The transaction {@code from} sends without its key, when {@code from} is impersonated; empty
   * otherwise. It carries no signature: no other node would take it, and this one never relays it.
   */
  Optional<Transaction> impersonated(Address from, UnsignedTransaction tx);

  /** The removed transaction's hash; empty when the pool did not hold it. */
  Optional<Hash> dropTransaction(Hash hash);

  void dropAllTransactions();

  /** A new snapshot id; ids are never given twice. */
  long snapshot();

  /** Back to snapshot {@code id}, forgetting it and every later one; false for an unknown id. */
  boolean revert(long id);

  /** State and chain facts in this node's versioned dump format. */
  Bytes dumpState();

  /** Sets the accounts of a dump; a corrupt dump or one of another chain changes nothing. */
  void loadState(Bytes dump);

  /** Back to genesis: chain, pool, snapshots, clock and mining mode as at start. */
  void reset();

  /** The fork this node runs on, for anvil_nodeInfo's forkConfig; empty when it did not fork. */
  default Optional<ForkPoint> fork() {
    return Optional.empty();
  }

  /**
   * Forks anew, as anvil_reset with {@code forking}: {@code url} empty keeps the upstream, {@code block}
   * empty takes its head. Returns once the new fork is the chain every method serves; when the new fork
   * fails (unreachable, unverifiable), throws {@link DevRequestException} and the old fork stays.
   */
  default void refork(Optional<String> url, OptionalLong block) {
    throw new DevRequestException("forking is not enabled on this node");
  }

  /** Ids of the live snapshots and the block (number, hash) each returns to. */
  Map<Long, SnapshotPoint> snapshots();

  /** Random per start and per reset, as anvil's instanceId. */
  Hash instanceId();

  record SnapshotPoint(long number, Hash hash) {}

  /** The upstream's URL and the forked block's number. */
  record ForkPoint(String url, long blockNumber) {}
}
