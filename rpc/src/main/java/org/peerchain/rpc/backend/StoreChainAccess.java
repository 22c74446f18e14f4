package org.peerchain.rpc.backend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.ledger.BaseFeeCalculator;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.storage.chain.ChainHead;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.chain.TxLocation;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.WorldState;

/**
 * {@link ChainAccess} over the chain store and the world state. The head header and the next
 * base fee are decoded once per head and kept, so the hot path (eth_blockNumber, eth_getBalance at
 * latest) costs a volatile read and a hash comparison.
 */
public final class StoreChainAccess implements ChainAccess {
  private final ChainStore chain;
  private final WorldState state;
  private final BaseFeeCalculator baseFees;
  private volatile CachedHead cached;

  private record CachedHead(Hash hash, BlockHeader header, UInt256 nextBaseFee) {}

  public StoreChainAccess(ChainStore chain, WorldState state, BaseFeeCalculator baseFees) {
    this.chain = Objects.requireNonNull(chain, "chain");
    this.state = Objects.requireNonNull(state, "state");
    this.baseFees = Objects.requireNonNull(baseFees, "baseFees");
  }

  @Override
  public BlockHeader head() {
    return current().header;
  }

  @Override
  public UInt256 nextBaseFee() {
    return current().nextBaseFee;
  }

  private CachedHead current() {
    ChainHead head = chain.head();
    CachedHead c = cached;
    if (c == null || !c.hash.equals(head.hash())) {
      BlockHeader header = chain.header(head.hash())
          .orElseThrow(() -> new IllegalStateException("head block " + head.hash() + " has no stored header"));
      c = new CachedHead(head.hash(), header, baseFees.next(header));
      cached = c;
    }
    return c;
  }

  @Override
  public long earliest() {
    return chain.earliestNumber();
  }

  @Override
  public Optional<BlockHeader> header(long number) {
    return chain.headerByNumber(number);
  }

  @Override
  public Optional<BlockHeader> header(Hash blockHash) {
    return chain.header(blockHash);
  }

  @Override
  public Optional<Block> block(long number) {
    return chain.blockByNumber(number);
  }

  @Override
  public Optional<Block> block(Hash blockHash) {
    return chain.block(blockHash);
  }

  @Override
  public Optional<Hash> canonicalHash(long number) {
    return chain.blockHashByNumber(number);
  }

  @Override
  public Optional<List<Receipt>> receipts(Hash blockHash) {
    return chain.receipts(blockHash);
  }

  @Override
  public Optional<TxLocation> txLocation(Hash txHash) {
    return chain.txLocation(txHash);
  }

  @Override
  public Optional<CommitCertificate> certificate(Hash blockHash) {
    return chain.certificate(blockHash);
  }

  @Override
  public Account account(Address address) {
    return state.account(address);
  }

  @Override
  public Account account(Address address, Hash stateRoot) {
    // The flat index answers the head state without a trie walk.
    if (state.head().map(h -> h.stateRoot().equals(stateRoot)).orElse(false)) {
      return state.account(address);
    }
    return state.account(address, stateRoot);
  }

  /** The address index of the same chain store. */
  public AddressHistory addressHistory() {
    return new StoreAddressHistory(chain);
  }

  @Override
  public List<Bytes> proof(Address address, Hash stateRoot) {
    return state.proof(address, stateRoot);
  }
}
