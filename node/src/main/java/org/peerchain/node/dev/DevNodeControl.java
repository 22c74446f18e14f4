package org.peerchain.node.dev;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.chain.ChainRewind;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.producer.DevMining;
import org.peerchain.node.producer.DevOrder;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.DevRequestException;
import org.peerchain.storage.state.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev chain's cheats. Every change of state is a block through the ordinary path: a producer
 * order (built on the consensus thread, proposed, certified by the one validator, committed in one
 * batch), so restart, eth_getProof and historical reads see it like any other block. Why a block and
 * not a state-only write: the head header's state root is what proofs are checked against and what a
 * restart verifies; a state change under an unchanged header would make latest's header lie about its
 * state. Such a block has no transactions and says in its extraData which cheat made it. Going back
 * (evm_revert, anvil_reset) rewinds chain and state in one batch and restarts the engine at the new
 * height. Changes are serialized: one cheat at a time.
 */
public final class DevNodeControl implements DevControl {
  private static final Logger LOG = LoggerFactory.getLogger(DevNodeControl.class);
  /** Live snapshots at most: each holds the pool's transactions of its moment. */
  static final int MAX_SNAPSHOTS = 100_000;
  /** A cheat's block or a revert normally takes milliseconds; this much means consensus is stuck. */
  static final long WAIT_SECONDS = 30;

  private final LocalChain chain;
  private final TxPool pool;
  private final NodeConsensus consensus;
  private final DevMining mining;
  private final DevMining.Settings initial;
  private final Genesis genesis;
  private final SecureRandom random = new SecureRandom();
  /** Addresses a cheat set: one it emptied has left the flat index, and a rewind must still restore it. */
  private final Set<Address> cheated = ConcurrentHashMap.newKeySet();
  private final Set<Address> impersonated = ConcurrentHashMap.newKeySet();
  private final NavigableMap<Long, DevSnapshot> snapshots = new TreeMap<>();
  private volatile boolean autoImpersonate;
  private volatile Optional<ForkPoint> forkPoint = Optional.empty();
  private volatile Reforker reforker;
  private volatile Hash instanceId;
  private long nextSnapshotId;

  public DevNodeControl(LocalChain chain, TxPool pool, NodeConsensus consensus, DevMining mining, Genesis genesis) {
    this.chain = chain;
    this.pool = pool;
    this.consensus = consensus;
    this.mining = mining;
    this.initial = mining.settings();
    this.genesis = genesis;
    this.instanceId = newInstanceId();
  }

  @Override
  public synchronized List<Hash> mine(long count, OptionalLong intervalSeconds, OptionalLong firstTimestamp) {
    if (firstTimestamp.isPresent()) {
      checkNotBeforeHead(firstTimestamp.getAsLong());
    }
    List<Hash> hashes = new ArrayList<>();
    OptionalLong timestamp = firstTimestamp;
    for (long i = 0; i < count; i++) {
      BlockHeader header = submit(DevOrder.mine(timestamp));
      hashes.add(header.hash());
      try {
        timestamp = intervalSeconds.isPresent()
            ? OptionalLong.of(Math.addExact(header.timestamp(), intervalSeconds.getAsLong())) : OptionalLong.empty();
      } catch (ArithmeticException e) {
        throw new DevRequestException("block timestamp overflows: " + header.timestamp() + " + " + intervalSeconds.getAsLong());
      }
    }
    return hashes;
  }

  @Override
  public boolean automine() {
    return mining.automine();
  }

  @Override
  public void setAutomine(boolean on) {
    mining.setAutomine(on);
    consensus.devMiningChanged();
  }

  @Override
  public void setIntervalMining(long millis) {
    mining.setIntervalMs(millis);
    consensus.devMiningChanged();
  }

  @Override
  public long increaseTime(long seconds) {
    try {
      return mining.increaseTime(seconds);
    } catch (ArithmeticException e) {
      throw new DevRequestException("time offset overflows: " + seconds + " more seconds");
    }
  }

  @Override
  public void setNextBlockTimestamp(long seconds) {
    checkNotBeforeHead(seconds);
    mining.setNextTimestamp(seconds);
  }

  @Override
  public void setBlockTimestampInterval(long seconds) {
    mining.setTimestampInterval(seconds);
  }

  @Override
  public boolean removeBlockTimestampInterval() {
    return mining.removeTimestampInterval();
  }

  @Override
  public synchronized void setBalance(Address address, UInt256 balance) {
    cheat("anvil_setBalance", Map.of(address, account -> account.withBalance(balance)));
  }

  @Override
  public synchronized void setNonce(Address address, long nonce) {
    cheat("anvil_setNonce", Map.of(address, account -> new Account(nonce, account.balance())));
  }

  @Override
  public void impersonate(Address address) {
    impersonated.add(address);
  }

  @Override
  public void stopImpersonating(Address address) {
    impersonated.remove(address);
  }

  @Override
  public void autoImpersonate(boolean on) {
    autoImpersonate = on;
  }

  @Override
  public Optional<Transaction> impersonated(Address from, UnsignedTransaction tx) {
    if (!autoImpersonate && !impersonated.contains(from)) {
      return Optional.empty();
    }
    return Optional.of(Transaction.impersonated(tx, genesis.chainId(), from));
  }

  @Override
  public Optional<Hash> dropTransaction(Hash hash) {
    return pool.remove(hash).map(Transaction::hash);
  }

  @Override
  public void dropAllTransactions() {
    pool.removeAll();
  }

  @Override
  public synchronized long snapshot() {
    if (snapshots.size() >= MAX_SNAPSHOTS) {
      throw new DevRequestException("too many snapshots (" + MAX_SNAPSHOTS + "); evm_revert or anvil_reset frees them");
    }
    long id = nextSnapshotId++;
    DevSnapshot snapshot = await(consensus.onLoop(() -> {
      BlockHeader head = chain.head();
      return new DevSnapshot(id, head.number(), head.hash(), mining.settings(), pool.all());
    }));
    snapshots.put(id, snapshot);
    return id;
  }

  @Override
  public synchronized boolean revert(long id) {
    DevSnapshot snapshot = snapshots.get(id);
    if (snapshot == null) {
      return false;
    }
    // The id and every later one are used up, as anvil's.
    snapshots.tailMap(id, true).clear();
    Optional<Hash> atNumber = chain.chain().blockHashByNumber(snapshot.number());
    if (atNumber.isEmpty() || !atNumber.get().equals(snapshot.hash())) {
      return false;
    }
    goBack(snapshot.number(), snapshot.mining());
    for (Transaction tx : snapshot.pool()) {
      pool.add(tx);
    }
    consensus.devMiningChanged();
    LOG.info("Reverted to snapshot {}: block #{}", id, snapshot.number());
    return true;
  }

  @Override
  public Bytes dumpState() {
    return DevStateCodec.toGzip(state());
  }

  /** The state now, for a dump. */
  public DevState state() {
    return await(consensus.onLoop(() -> {
      BlockHeader head = chain.head();
      Map<Address, Account> accounts = new TreeMap<>();
      chain.state().forEachAccount(accounts::put);
      return new DevState(genesis.chainId(), head.number(), head.hash(), head.timestamp(), new TreeMap<>(accounts));
    }));
  }

  @Override
  public synchronized void loadState(Bytes dump) {
    load(DevStateCodec.read(dump.toArray()));
  }

  /** Sets the accounts of {@code state} in one block. */
  public synchronized void load(DevState state) {
    if (state.chainId() != genesis.chainId()) {
      throw new DevRequestException("state dump is of chain " + state.chainId() + ", this node runs chain "
          + genesis.chainId());
    }
    if (state.accounts().isEmpty()) {
      return;
    }
    Map<Address, UnaryOperator<Account>> changes = new HashMap<>();
    state.accounts().forEach((address, account) -> changes.put(address, ignored -> account));
    cheat("anvil_loadState", changes);
  }

  @Override
  public synchronized void reset() {
    snapshots.clear();
    goBack(0, initial);
    impersonated.clear();
    autoImpersonate = false;
    instanceId = newInstanceId();
    consensus.devMiningChanged();
    LOG.info("Reset to genesis");
  }

  /** This chain continues {@code point}; {@code reforker}, when given, serves anvil_reset's re-fork. */
  public void forkedFrom(ForkPoint point, Optional<Reforker> reforker) {
    this.forkPoint = Optional.of(point);
    this.reforker = reforker.orElse(null);
  }

  @Override
  public Optional<ForkPoint> fork() {
    return forkPoint;
  }

  // Not synchronized: the reforker replaces this node, and closes it, before it returns.
  @Override
  public void refork(Optional<String> url, OptionalLong block) {
    Reforker r = reforker;
    if (r == null) {
      DevControl.super.refork(url, block);
      return;
    }
    r.refork(url, block);
  }

  /** Replaces a forked dev node by a new fork (see {@link DevControl#refork}). */
  @FunctionalInterface
  public interface Reforker {
    void refork(Optional<String> url, OptionalLong block);
  }

  @Override
  public synchronized Map<Long, SnapshotPoint> snapshots() {
    Map<Long, SnapshotPoint> out = new LinkedHashMap<>();
    snapshots.forEach((id, s) -> out.put(id, new SnapshotPoint(s.number(), s.hash())));
    return out;
  }

  @Override
  public Hash instanceId() {
    return instanceId;
  }

  private void cheat(String label, Map<Address, UnaryOperator<Account>> changes) {
    // On a fork, fetch and prove the accounts here, not on the consensus thread that builds the block.
    changes.keySet().forEach(chain.state()::ensureStored);
    cheated.addAll(changes.keySet());
    submit(DevOrder.cheat(label, changes));
  }

  private BlockHeader submit(DevOrder order) {
    mining.order(order);
    consensus.devMiningChanged();
    return await(order.done());
  }

  private void goBack(long number, DevMining.Settings settings) {
    Collection<Address> restore = new HashSet<>(cheated);
    restore.addAll(genesis.alloc().keySet());
    await(consensus.restartAfter(() -> {
      ChainRewind.to(chain, number, restore);
      pool.removeAll();
      pool.onBlockCommitted(List.of());
      mining.restore(settings);
    }));
  }

  private void checkNotBeforeHead(long timestamp) {
    long head = chain.head().timestamp();
    if (timestamp < head) {
      throw new DevRequestException("Timestamp error: " + timestamp + " is lower than previous block's timestamp "
          + head);
    }
  }

  private Hash newInstanceId() {
    byte[] id = new byte[Hash.SIZE];
    random.nextBytes(id);
    return Hash.wrap(Bytes.wrap(id));
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the dev chain", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the dev chain did not answer within " + WAIT_SECONDS + " s (consensus "
          + "stopped?)", e);
    }
  }
}
