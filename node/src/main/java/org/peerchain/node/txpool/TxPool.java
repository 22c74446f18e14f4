package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.peerchain.consensus.ledger.BlockContext;
import org.peerchain.consensus.ledger.TransactionRules;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.AddResult.Rejected;
import org.peerchain.storage.state.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction pool. Thread-safe: RPC and P2P threads {@link #add} while the block producer
 * {@link #selectForBlock selects} and {@link #onBlockCommitted commits}. One lock guards the state;
 * the expensive parts (encoding, hashing, sender recovery, ordering a block) run outside it, and
 * listeners are called after it is released.
 *
 * <p>{@code nextBaseFee} must give the base fee of the block after the current head; the pool
 * reads it on every add, selection and commit.
 */
public final class TxPool {
  private static final Logger LOG = LoggerFactory.getLogger(TxPool.class);

  private final TxPoolConfig config;
  private final AccountSource accounts;
  private final long chainId;
  private final Supplier<UInt256> nextBaseFee;
  private final long blockGasLimit;
  private final ReentrantLock lock = new ReentrantLock();
  private final PoolState state;
  private final SenderSync sync;
  private final Admission admission;
  private final List<Consumer<Transaction>> pendingListeners = new CopyOnWriteArrayList<>();
  private int blocksSinceSweep;

  public TxPool(TxPoolConfig config, AccountSource accounts, long chainId, Supplier<UInt256> nextBaseFee,
      long blockGasLimit) {
    this(config, accounts, chainId, nextBaseFee, blockGasLimit, false);
  }

  /**
   * @param acceptImpersonated a dev chain's pool: impersonated transactions are admitted without a
   *     signature. Never on a network node: they must not reach a peer.
   */
  public TxPool(TxPoolConfig config, AccountSource accounts, long chainId, Supplier<UInt256> nextBaseFee,
      long blockGasLimit, boolean acceptImpersonated) {
    this.config = Objects.requireNonNull(config, "config");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.nextBaseFee = Objects.requireNonNull(nextBaseFee, "nextBaseFee");
    // Validates chain id and gas limit once, with BlockContext's own messages.
    BlockContext.pending(chainId, nextBaseFee.get(), blockGasLimit);
    this.chainId = chainId;
    this.blockGasLimit = blockGasLimit;
    this.state = new PoolState(nextBaseFee.get().toBigInteger());
    this.sync = new SenderSync(state, config);
    this.admission = new Admission(state, config, sync, chainId, blockGasLimit, acceptImpersonated);
  }

  /** The gas a block may hold, which the pool checks each transaction against. */
  public long blockGasLimit() {
    return blockGasLimit;
  }

  /** Validates and admits a transaction; what became pending is announced to the listeners. */
  public AddResult add(Transaction tx) {
    Objects.requireNonNull(tx, "tx");
    int size = TransactionEncoder.encode(tx).size();
    if (size > config.maxTxBytes()) {
      return Rejected.of(RejectReason.OVERSIZED_DATA, "transaction size " + size + ", limit " + config.maxTxBytes());
    }
    UInt256 baseFee = nextBaseFee.get();
    Hash hash = tx.hash();
    Optional<Address> sender = tx.sender(); // recovered here, outside the lock, and cached on tx
    if (sender.isEmpty()) {
      Optional<TxRejection> why = TransactionRules.checkForPool(tx, Account.EMPTY,
          BlockContext.pending(chainId, baseFee, blockGasLimit));
      return why.map(Rejected::invalid).orElseGet(() -> Rejected.of(RejectReason.INVALID, "invalid sender"));
    }
    BigInteger gas = tx.gasLimit() >= 0 ? BigInteger.valueOf(tx.gasLimit()) : new BigInteger(Long.toUnsignedString(tx.gasLimit()));
    BigInteger cost = gas.multiply(tx.maxFeePerGas().toBigInteger()).add(tx.value().toBigInteger());
    List<PooledTx> nowPending = new ArrayList<>();
    AddResult result;
    lock.lock();
    try {
      PooledTx entry = new PooledTx(tx, hash, sender.get(), cost, size, state.nextSeq());
      result = admission.admit(entry, accounts.account(sender.get()), baseFee, nowPending);
    } finally {
      lock.unlock();
    }
    if (result instanceof Rejected rejected) {
      LOG.debug("rejected {}: {}", hash, rejected.message());
    }
    announce(nowPending);
    return result;
  }

  /**
   * The best executable transactions for a block of {@code gasLimit} gas, at most {@code maxTxs}:
   * per sender in nonce order, across senders by tip at the next base fee. They stay in the pool
   * until {@link #onBlockCommitted} removes them.
   */
  public List<Transaction> selectForBlock(long gasLimit, int maxTxs) {
    if (gasLimit < 0 || maxTxs < 0) {
      throw new IllegalArgumentException("gas limit and count must not be negative: " + gasLimit + ", " + maxTxs);
    }
    BigInteger baseFee = nextBaseFee.get().toBigInteger();
    List<List<PooledTx>> runs;
    lock.lock();
    try {
      Collection<SenderTxs> senders = state.senders();
      runs = new ArrayList<>(senders.size());
      for (SenderTxs s : senders) {
        if (!s.pending.isEmpty()) {
          runs.add(new ArrayList<>(s.pending.values()));
        }
      }
    } finally {
      lock.unlock();
    }
    return BlockSelection.select(runs, baseFee, gasLimit, maxTxs);
  }

  /**
   * After a block is committed (head accounts and {@code nextBaseFee} already moved on): removes
   * what it included, re-validates the senders it touched (and every sender each
   * {@code fullSweepInterval} blocks), promotes queued transactions whose gap closed. Pass the
   * block's transaction objects as executed, so that their senders are already recovered.
   */
  public void onBlockCommitted(List<Transaction> included) {
    Objects.requireNonNull(included, "included");
    BigInteger baseFee = nextBaseFee.get().toBigInteger();
    List<PooledTx> promoted = new ArrayList<>();
    lock.lock();
    try {
      state.reprice(baseFee);
      Set<Address> touched = new LinkedHashSet<>();
      for (Transaction tx : included) {
        PooledTx pooled = state.get(tx.hash());
        Optional<Address> sender = pooled != null ? Optional.of(pooled.sender()) : tx.sender();
        sender.ifPresent(touched::add);
      }
      touched.addAll(state.takeStalled());
      if (++blocksSinceSweep >= config.fullSweepInterval()) {
        blocksSinceSweep = 0;
        state.senders().forEach(s -> touched.add(s.sender));
      }
      for (Address address : touched) {
        SenderTxs s = state.sender(address);
        if (s != null) {
          sync.sync(s, accounts.account(address), promoted);
        }
      }
      Eviction.trimQueued(state, config);
    } finally {
      lock.unlock();
    }
    announce(promoted);
  }

  /** The nonce the sender's next transaction should carry: the account nonce plus its pending run. */
  public long pendingNonce(Address address) {
    lock.lock();
    try {
      long accountNonce = accounts.account(address).nonce();
      SenderTxs s = state.sender(address);
      if (s == null) {
        return accountNonce;
      }
      long next = s.nextPendingNonce();
      return Long.compareUnsigned(next, accountNonce) > 0 ? next : accountNonce;
    } finally {
      lock.unlock();
    }
  }

  public Optional<Transaction> get(Hash hash) {
    lock.lock();
    try {
      return Optional.ofNullable(state.get(hash)).map(PooledTx::tx);
    } finally {
      lock.unlock();
    }
  }

  public PoolStatus status() {
    lock.lock();
    try {
      return new PoolStatus(state.count(Slot.PENDING), state.count(Slot.QUEUED), state.bytes());
    } finally {
      lock.unlock();
    }
  }

  public boolean hasPending() {
    lock.lock();
    try {
      return state.count(Slot.PENDING) > 0;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes one transaction (anvil_dropTransaction); the sender's later ones wait in the queue until
   * the gap closes. Returns what was removed.
   */
  public Optional<Transaction> remove(Hash hash) {
    lock.lock();
    try {
      PooledTx tx = state.get(hash);
      if (tx == null) {
        return Optional.empty();
      }
      SenderTxs s = state.sender(tx.sender());
      List<PooledTx> later = state.after(s, tx.nonce());
      state.remove(tx);
      for (PooledTx next : later) {
        state.move(next, Slot.QUEUED);
      }
      return Optional.of(tx.tx());
    } finally {
      lock.unlock();
    }
  }

  /** Empties the pool (anvil_dropAllTransactions, evm_revert); returns what it held, per sender by nonce. */
  public List<Transaction> removeAll() {
    lock.lock();
    try {
      List<Transaction> out = all();
      for (PooledTx tx : new ArrayList<>(pooled())) {
        state.remove(tx);
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** Every pooled transaction, pending and queued, per sender by nonce. */
  public List<Transaction> all() {
    lock.lock();
    try {
      return pooled().stream().map(PooledTx::tx).toList();
    } finally {
      lock.unlock();
    }
  }

  private List<PooledTx> pooled() {
    List<PooledTx> out = new ArrayList<>();
    for (SenderTxs s : state.senders()) {
      out.addAll(s.pending.values());
      out.addAll(s.queued.values());
    }
    return out;
  }

  /** A copy of the executable transactions, per sender by nonce (txpool_content "pending"). */
  public Map<Address, SortedMap<Long, Transaction>> pending() {
    return snapshot(Slot.PENDING);
  }

  /** A copy of the future transactions, per sender by nonce (txpool_content "queued"). */
  public Map<Address, SortedMap<Long, Transaction>> queued() {
    return snapshot(Slot.QUEUED);
  }

  /**
   * Calls {@code listener} with every transaction that becomes executable (added, replacing, or
   * promoted), on the thread that caused it, after the pool's lock is released; it should be quick.
   *
   * @return removes the listener
   */
  public Runnable onNewPending(Consumer<Transaction> listener) {
    Objects.requireNonNull(listener, "listener");
    pendingListeners.add(listener);
    return () -> pendingListeners.remove(listener);
  }

  private Map<Address, SortedMap<Long, Transaction>> snapshot(Slot slot) {
    lock.lock();
    try {
      Map<Address, SortedMap<Long, Transaction>> out = new HashMap<>();
      for (SenderTxs s : state.senders()) {
        NavigableMap<Long, PooledTx> txs = slot == Slot.PENDING ? s.pending : s.queued;
        if (!txs.isEmpty()) {
          SortedMap<Long, Transaction> copy = new TreeMap<>(Long::compareUnsigned);
          txs.forEach((nonce, tx) -> copy.put(nonce, tx.tx()));
          out.put(s.sender, Collections.unmodifiableSortedMap(copy));
        }
      }
      return Collections.unmodifiableMap(out);
    } finally {
      lock.unlock();
    }
  }

  private void announce(List<PooledTx> txs) {
    for (PooledTx tx : txs) {
      for (Consumer<Transaction> listener : pendingListeners) {
        try {
          listener.accept(tx.tx());
        } catch (RuntimeException e) {
          LOG.warn("pending-transaction listener failed on {}", tx.hash(), e);
        }
      }
    }
  }
}
