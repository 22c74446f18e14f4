package org.peerchain.bench;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.AddResult;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.storage.state.Account;

/**
 * The pool's own work for one full block: 10,000 transfers from 100 senders (100 nonces each,
 * added in a sender-interleaved order) into an empty pool, a 10,000-transaction block selected,
 * then committed. One op is that whole cycle. The transaction objects are reused across ops, so
 * their senders are recovered only once: signature recovery is {@link RecoveryBenchmark}'s figure.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TxPoolBenchmark {
  static final int SENDERS = 100;
  static final int PER_SENDER = 100;
  static final long BLOCK_GAS_LIMIT = 30_000_000_000L;
  static final UInt256 BASE_FEE = UInt256.valueOf(1_000_000_000L);
  static final TxPoolConfig CONFIG = TxPoolConfig.DEFAULT.withLimits(10_000, 5_000, 1_024, 64);

  @State(Scope.Benchmark)
  public static class Block {
    Transaction[] txs;
    Address[] senders;
    /** A pool holding all of them, for the select-only figure. */
    TxPool full;

    @Setup(Level.Trial)
    public void setUp() {
      txs = new Transaction[SENDERS * PER_SENDER];
      senders = new Address[SENDERS];
      for (int s = 0; s < SENDERS; s++) {
        PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(0xB0B0 + s));
        for (int n = 0; n < PER_SENDER; n++) {
          UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(n)
              .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L + s)).maxFeePerGas(UInt256.valueOf(30_000_000_000L))
              .gasLimit(21_000).to(Address.fromHexString("0x00000000000000000000000000000000000000aa"))
              .value(UInt256.ONE).build();
          Transaction tx = TransactionSigner.sign(body, Transfers.CHAIN_ID, key);
          senders[s] = tx.sender().orElseThrow();
          txs[n * SENDERS + s] = tx; // interleaved: nonce 0 of every sender, then nonce 1, ...
        }
      }
      full = fill(new Head(senders));
    }

    TxPool fill(Head head) {
      TxPool pool = new TxPool(CONFIG, head.accounts::get, Transfers.CHAIN_ID, () -> BASE_FEE, BLOCK_GAS_LIMIT);
      for (Transaction tx : txs) {
        AddResult r = pool.add(tx);
        if (!r.isAccepted()) {
          throw new IllegalStateException("benchmark transaction refused: " + r);
        }
      }
      return pool;
    }
  }

  /** Head accounts: all senders rich at nonce 0 until {@link #mined}. */
  static final class Head {
    final Map<Address, Account> accounts = new HashMap<>();

    Head(Address[] senders) {
      for (Address a : senders) {
        accounts.put(a, new Account(0, UInt256.valueOf(BigInteger.TEN.pow(24))));
      }
    }

    void mined(Address[] senders) {
      for (Address a : senders) {
        accounts.put(a, new Account(PER_SENDER, accounts.get(a).balance()));
      }
    }
  }

  @Benchmark
  public int addSelectCommit10k(Block block) {
    Head head = new Head(block.senders);
    TxPool pool = block.fill(head);
    List<Transaction> selected = pool.selectForBlock(BLOCK_GAS_LIMIT, 10_000);
    if (selected.size() != 10_000) {
      throw new IllegalStateException("selected " + selected.size());
    }
    head.mined(block.senders);
    pool.onBlockCommitted(selected);
    if (pool.status().pending() != 0) {
      throw new IllegalStateException("left pending: " + pool.status());
    }
    return selected.size();
  }

  @Benchmark
  public List<Transaction> select10k(Block block) {
    return block.full.selectForBlock(BLOCK_GAS_LIMIT, 10_000);
  }
}
