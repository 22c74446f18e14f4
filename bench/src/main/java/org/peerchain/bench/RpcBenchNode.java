package org.peerchain.bench;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ConsensusState;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.PoolContent;
import org.peerchain.rpc.api.PoolStatus;
import org.peerchain.rpc.api.SubmitResult;
import org.peerchain.rpc.api.SyncProgress;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.api.ValidatorInfo;

/** The least node the RPC benchmark needs: no pool, no peers. */
final class RpcBenchNode implements TxSubmitter, NodeInfo {
  @Override
  public SubmitResult submit(Transaction tx) {
    return SubmitResult.accepted(tx.hash());
  }

  @Override
  public long pendingNonce(Address sender) {
    return 0;
  }

  @Override
  public PoolStatus status() {
    return new PoolStatus(0, 0);
  }

  @Override
  public PoolContent content() {
    return PoolContent.EMPTY;
  }

  @Override
  public Optional<Transaction> pendingTransaction(Hash hash) {
    return Optional.empty();
  }

  @Override
  public String clientVersion() {
    return "peerchain/bench";
  }

  @Override
  public long chainId() {
    return 1337;
  }

  @Override
  public int peerCount() {
    return 0;
  }

  @Override
  public Optional<SyncProgress> syncing() {
    return Optional.empty();
  }

  @Override
  public ConsensusState consensusState() {
    return new ConsensusState(0, 0, "propose", Address.ZERO, -1, Optional.empty(), -1, Optional.empty());
  }

  @Override
  public List<ValidatorInfo> validators() {
    return List.of();
  }

  @Override
  public String nodeId() {
    return "0x";
  }

  @Override
  public String enode() {
    return "";
  }
}
