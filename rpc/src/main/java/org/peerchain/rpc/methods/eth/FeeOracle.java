package org.peerchain.rpc.methods.eth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.consensus.ledger.GasFees;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.ChainAccess;

/**
 * Suggests a priority fee as geth's gas price oracle does: the three lowest tips of each of the
 * last 20 blocks (an empty block counts as the default), and the 60th percentile of those. The
 * answer is computed once per head, and a block's tips once per block.
 */
public final class FeeOracle {
  public static final UInt256 DEFAULT_TIP = UInt256.valueOf(1_000_000_000L);
  public static final UInt256 MAX_TIP = UInt256.valueOf(500_000_000_000L);
  static final int BLOCKS = 20;
  static final int SAMPLES_PER_BLOCK = 3;
  static final int PERCENTILE = 60;
  /** geth ignores tips below 2 wei: they say nothing about the market. */
  static final UInt256 IGNORE_BELOW = UInt256.valueOf(2);

  private final ChainAccess chain;
  private volatile Cached cached;
  // By block hash, so a block taken back (a dev chain's evm_revert) is never read as its successor.
  private final Map<Hash, List<UInt256>> tipsByBlock = new LinkedHashMap<>(2 * BLOCKS, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Hash, List<UInt256>> eldest) {
      return size() > 2 * BLOCKS;
    }
  };

  private record Cached(Hash head, UInt256 tip) {}

  public FeeOracle(ChainAccess chain) {
    this.chain = chain;
  }

  public UInt256 suggestedTip() {
    BlockHeader head = chain.head();
    Cached c = cached;
    if (c == null || !c.head.equals(head.hash())) {
      c = new Cached(head.hash(), compute(head));
      cached = c;
    }
    return c.tip;
  }

  /** eth_gasPrice: what a legacy transaction should pay to enter the next block. */
  public UInt256 gasPrice() {
    return chain.nextBaseFee().add(suggestedTip());
  }

  private UInt256 compute(BlockHeader head) {
    List<UInt256> samples = new ArrayList<>();
    for (long n = head.number(); n >= 0 && n > head.number() - BLOCKS; n--) {
      Optional<List<UInt256>> tips = tips(n);
      if (tips.isEmpty()) {
        break;
      }
      samples.addAll(tips.get().isEmpty() ? List.of(DEFAULT_TIP) : tips.get());
    }
    if (samples.isEmpty()) {
      return DEFAULT_TIP;
    }
    samples.sort(null);
    return samples.get((samples.size() - 1) * PERCENTILE / 100).min(MAX_TIP);
  }

  /** A block's lowest tips: worked out once per block, since a final block never changes. */
  private Optional<List<UInt256>> tips(long number) {
    Optional<Hash> hash = chain.canonicalHash(number);
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    synchronized (tipsByBlock) {
      List<UInt256> known = tipsByBlock.get(hash.get());
      if (known != null) {
        return Optional.of(known);
      }
    }
    Optional<List<UInt256>> tips = chain.block(hash.get()).map(FeeOracle::blockTips);
    tips.ifPresent(t -> {
      synchronized (tipsByBlock) {
        tipsByBlock.put(hash.get(), t);
      }
    });
    return tips;
  }

  private static List<UInt256> blockTips(Block block) {
    UInt256 baseFee = block.header().baseFeePerGas();
    List<UInt256> tips = new ArrayList<>();
    for (Transaction tx : block.transactions()) {
      // The proposer's own transactions say nothing about what others pay it.
      if (tx.sender().map(block.header().coinbase()::equals).orElse(true)) {
        continue;
      }
      UInt256 tip = GasFees.tipPerGas(tx, baseFee);
      if (tip.compareTo(IGNORE_BELOW) >= 0) {
        tips.add(tip);
      }
    }
    tips.sort(null);
    return List.copyOf(tips.subList(0, Math.min(SAMPLES_PER_BLOCK, tips.size())));
  }
}
