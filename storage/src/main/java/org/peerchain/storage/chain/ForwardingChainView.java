package org.peerchain.storage.chain;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** Answers every {@link ChainView} read from one {@link KvChainView}: the store's or a snapshot's. */
abstract class ForwardingChainView implements ChainView {
  private final KvChainView view;

  ForwardingChainView(KvChainView view) {
    this.view = view;
  }

  KvChainView view() {
    return view;
  }

  @Override
  public Optional<BlockHeader> header(Hash blockHash) {
    return view.header(blockHash);
  }

  @Override
  public Optional<BlockBody> body(Hash blockHash) {
    return view.body(blockHash);
  }

  @Override
  public Optional<Block> block(Hash blockHash) {
    return view.block(blockHash);
  }

  @Override
  public Optional<CommitCertificate> certificate(Hash blockHash) {
    return view.certificate(blockHash);
  }

  @Override
  public Optional<List<Receipt>> receipts(Hash blockHash) {
    return view.receipts(blockHash);
  }

  @Override
  public Optional<Hash> blockHashByNumber(long number) {
    return view.blockHashByNumber(number);
  }

  @Override
  public Optional<BlockHeader> headerByNumber(long number) {
    return view.headerByNumber(number);
  }

  @Override
  public long earliestNumber() {
    return view.earliestNumber();
  }

  @Override
  public Optional<Block> blockByNumber(long number) {
    return view.blockByNumber(number);
  }

  @Override
  public Optional<TxLocation> txLocation(Hash txHash) {
    return view.txLocation(txHash);
  }

  @Override
  public Optional<Transaction> transaction(Hash txHash) {
    return view.transaction(txHash);
  }

  @Override
  public Optional<Receipt> receipt(Hash txHash) {
    return view.receipt(txHash);
  }

  @Override
  public List<AddressTx> addressHistoryBefore(Address address, long beforeBlock, int limit) {
    return view.addressHistoryBefore(address, beforeBlock, limit);
  }

  @Override
  public List<AddressTx> addressHistoryAfter(Address address, long afterBlock, int limit) {
    return view.addressHistoryAfter(address, afterBlock, limit);
  }
}
