package org.peerchain.storage.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.testsupport.TransactionArbitraries;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.trie.MerklePatriciaTrie;
import org.peerchain.storage.trie.TrieNodeLoader;

/**
 * Seeded builder of a chain: real signed transactions (core's generators), receipts, certificates
 * signed by two validators, and a real state change per block (see {@link TrieState}).
 */
final class ChainBuilder {
  private static final long GAS_PER_TX = 21_000;
  private static final List<KeyPair> VALIDATORS = List.of(validator(1001), validator(1002));

  private final Random random;
  private final TrieState state;

  /** The parts {@link ChainStore#commitBlock} takes. */
  record NextBlock(Block block, CommitCertificate certificate, List<Receipt> receipts, StateCommit state) {}

  ChainBuilder(long seed, KvReader kv) {
    this.random = new Random(seed);
    this.state = new TrieState(kv);
  }

  TrieState state() {
    return state;
  }

  /** The same genesis whatever the seed, so every builder works on one chain. */
  static Genesis genesis() {
    StateCommit alloc = TrieState.apply(TrieNodeLoader.NONE, MerklePatriciaTrie.EMPTY_TRIE_ROOT,
        Map.of(TrieState.HEIGHT_KEY, height(0), TrieState.key("alloc"), Bytes.of(1, 2, 3)));
    BlockHeader header = BlockHeader.builder().number(0).stateRoot(alloc.stateRoot()).gasLimit(30_000_000)
        .timestamp(1_700_000_000L).baseFeePerGas(UInt256.valueOf(1_000_000_000L)).build();
    return new Genesis(new Block(header, BlockBody.EMPTY), alloc);
  }

  record Genesis(Block block, StateCommit state) {}

  NextBlock next(ChainHead head, int txCount) {
    return next(head, transactions(txCount));
  }

  /** The next block holding {@code txs}, with receipts and a state change made up for it. */
  NextBlock next(ChainHead head, List<Transaction> txs) {
    long number = head.number() + 1;
    int txCount = txs.size();
    List<Receipt> receipts = new ArrayList<>();
    for (int i = 0; i < txCount; i++) {
      receipts.add(new Receipt(txs.get(i).type().code(), random.nextBoolean(), GAS_PER_TX * (i + 1)));
    }
    StateCommit change = state.apply(head.stateRoot(), Map.of(
        TrieState.HEIGHT_KEY, height(number),
        TrieState.key("account-" + random.nextInt(64)), Bytes.minimalUnsigned(random.nextLong() | 1)));
    BlockHeader header = BlockHeader.builder().parentHash(head.hash()).number(number)
        .coinbase(VALIDATORS.get(0).address()).stateRoot(change.stateRoot()).gasLimit(30_000_000)
        .gasUsed(GAS_PER_TX * txCount).timestamp(1_700_000_000L + number)
        .baseFeePerGas(UInt256.valueOf(1_000_000_000L)).build();
    Block block = new Block(header, new BlockBody(txs));
    return new NextBlock(block, certificate(block), receipts, change);
  }

  /** Core's generators, run in a jqwik session: they need one outside properties (JUnit tests, the crash child). */
  private List<Transaction> transactions(int count) {
    List<Transaction> txs = new ArrayList<>();
    JqwikSession.start();
    try {
      RandomGenerator<Transaction> generator = TransactionArbitraries.signed().generator(100);
      Set<Hash> hashes = new HashSet<>();
      while (txs.size() < count) {
        Transaction tx = generator.next(random).value();
        // The generators favour edge values, so a repeat is possible; a block never holds one twice.
        if (hashes.add(tx.hash())) {
          txs.add(tx);
        }
      }
    } finally {
      JqwikSession.finish();
    }
    return txs;
  }

  static CommitCertificate certificate(Block block) {
    List<CommitSignature> signatures = VALIDATORS.stream()
        .map(v -> new CommitSignature(v.address(), Secp256k1.get().sign(block.hash(), v.privateKey())))
        .toList();
    return new CommitCertificate(block.number(), 0, block.hash(), signatures);
  }

  static Bytes height(long number) {
    return Bytes.minimalUnsigned(number + 1);
  }

  private static KeyPair validator(long secret) {
    return Secp256k1.get().keyPair(key(secret));
  }

  private static PrivateKey key(long secret) {
    return PrivateKey.fromBigInteger(BigInteger.valueOf(secret));
  }
}
