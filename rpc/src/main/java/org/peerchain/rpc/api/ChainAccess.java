package org.peerchain.rpc.api;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.chain.TxLocation;
import org.peerchain.storage.state.Account;

/**
 * What the RPC reads of the finalized chain and its state. Every block is final, so "latest",
 * "safe" and "finalized" are all the head. Implementations must be safe for concurrent reads.
 */
public interface ChainAccess {
  /** The head block's header; cheap, called on nearly every request. */
  BlockHeader head();

  Optional<BlockHeader> header(long number);

  /** The lowest block held: 0, or for a node that joined by snap sync the block it started at. */
  default long earliest() {
    return 0;
  }

  Optional<BlockHeader> header(Hash blockHash);

  Optional<Block> block(long number);

  Optional<Block> block(Hash blockHash);

  /** The hash of the canonical block at {@code number}. */
  Optional<Hash> canonicalHash(long number);

  /** One receipt per transaction of the block, in body order. */
  Optional<List<Receipt>> receipts(Hash blockHash);

  Optional<TxLocation> txLocation(Hash txHash);

  /** Empty for genesis, which is final without one. */
  Optional<CommitCertificate> certificate(Hash blockHash);

  /** The account at head; {@link Account#EMPTY} when it does not exist. */
  Account account(Address address);

  /**
   * The account in the state at {@code stateRoot}.
   *
   * @throws org.peerchain.storage.state.StateUnavailableException if that state is not retained
   */
  Account account(Address address, Hash stateRoot);

  /** eth_getProof's account proof at {@code stateRoot}; same failure as {@link #account(Address, Hash)}. */
  List<Bytes> proof(Address address, Hash stateRoot);

  /** The base fee the block after the head will carry. */
  UInt256 nextBaseFee();
}
