package org.peerchain.p2p;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.protocol.BlockWithCertificate;

/** An in-memory ChainStatus: a list of certified blocks and a pool map. Tests override reads to count or break them. */
public class FakeChain implements ChainStatus {
  public final List<BlockWithCertificate> chain = new CopyOnWriteArrayList<>();
  public final Map<Hash, Transaction> pool = new ConcurrentHashMap<>();
  private final Hash genesis;

  public FakeChain(Hash genesis) {
    this.genesis = genesis;
  }

  public FakeChain() {
    this(P2pFixtures.GENESIS);
  }

  public static BlockWithCertificate block(long number, Hash parent) {
    BlockHeader header = BlockHeader.builder().parentHash(parent).coinbase(Address.ZERO).stateRoot(Hash.ZERO)
        .transactionsRoot(Hash.ZERO).receiptsRoot(Hash.ZERO).number(number).gasLimit(30_000_000).gasUsed(0)
        .timestamp(1_700_000_000L + number).extraData(org.peerchain.core.bytes.Bytes.EMPTY)
        .baseFeePerGas(UInt256.valueOf(1_000_000_000L)).build();
    Block block = new Block(header, new BlockBody(List.of()));
    CommitCertificate cert = new CommitCertificate(number, 0, block.hash(),
        List.of(new CommitSignature(Address.ZERO, new Signature(BigInteger.ONE, BigInteger.TWO, 0))));
    return new BlockWithCertificate(block, cert);
  }

  public FakeChain withBlocks(int n) {
    Hash parent = genesis;
    for (int i = 1; i <= n; i++) {
      BlockWithCertificate b = block(i, parent);
      chain.add(b);
      parent = b.block().hash();
    }
    return this;
  }

  public static Transaction tx(int nonce) {
    return tx(nonce, 0);
  }

  /** A transaction carrying {@code dataBytes} bytes of memo, to make it as large as a test needs. */
  public static Transaction tx(int nonce, int dataBytes) {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce).gasLimit(21_000)
        .maxPriorityFeePerGas(UInt256.valueOf(1)).maxFeePerGas(UInt256.valueOf(2_000_000_000L))
        .to(Optional.of(Address.ZERO)).value(UInt256.valueOf(nonce + 1))
        .data(org.peerchain.core.bytes.Bytes.wrap(new byte[dataBytes])).build();
    return TransactionSigner.sign(body, P2pFixtures.CHAIN_ID, P2pFixtures.key(42).privateKey());
  }

  @Override
  public long chainId() {
    return P2pFixtures.CHAIN_ID;
  }

  @Override
  public Hash genesisHash() {
    return genesis;
  }

  @Override
  public long headHeight() {
    return chain.size();
  }

  @Override
  public Hash headHash() {
    return chain.isEmpty() ? genesis : chain.get(chain.size() - 1).block().hash();
  }

  @Override
  public List<BlockWithCertificate> blocks(long from, int count) {
    List<BlockWithCertificate> out = new ArrayList<>();
    for (long h = from; h < from + count && h <= chain.size(); h++) {
      out.add(chain.get((int) h - 1));
    }
    return out;
  }

  @Override
  public Optional<Transaction> pooledTx(Hash hash) {
    return Optional.ofNullable(pool.get(hash));
  }
}
