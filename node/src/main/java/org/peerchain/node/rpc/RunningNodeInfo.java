package org.peerchain.node.rpc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.Evidence;
import org.peerchain.consensus.bft.engine.RoundStateView;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.node.Version;
import org.peerchain.rpc.api.ConsensusState;
import org.peerchain.rpc.api.EvidenceInfo;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.SyncProgress;
import org.peerchain.rpc.api.ValidatorInfo;

/** What the RPC reports about this node: version, chain, peers, sync and consensus state. */
public final class RunningNodeInfo implements NodeInfo {
  private final long chainId;
  private final ValidatorSet validators;
  private final Supplier<RoundStateView> roundState;
  private final IntSupplier peers;
  private final Supplier<Optional<SyncProgress>> sync;
  private final Supplier<List<Evidence>> evidence;
  private final Supplier<Optional<String>> halted;
  private final String nodeId;
  private final String enode;
  private final String clientVersion;

  public RunningNodeInfo(long chainId, ValidatorSet validators, Supplier<RoundStateView> roundState, IntSupplier peers,
      Supplier<Optional<SyncProgress>> sync, Supplier<List<Evidence>> evidence, Supplier<Optional<String>> halted,
      String nodeId, String enode) {
    this.chainId = chainId;
    this.validators = validators;
    this.roundState = roundState;
    this.peers = peers;
    this.sync = sync;
    this.evidence = evidence;
    this.halted = halted;
    this.nodeId = nodeId;
    this.enode = enode;
    this.clientVersion = clientVersionString();
  }

  /** web3_clientVersion: name/version/os-arch/runtime, as geth spells it. */
  static String clientVersionString() {
    return "peerchain/v" + Version.current() + "/" + System.getProperty("os.name").toLowerCase(Locale.ROOT)
        + "-" + System.getProperty("os.arch") + "/java" + Runtime.version().feature();
  }

  @Override
  public String clientVersion() {
    return clientVersion;
  }

  @Override
  public long chainId() {
    return chainId;
  }

  @Override
  public int peerCount() {
    return peers.getAsInt();
  }

  @Override
  public Optional<SyncProgress> syncing() {
    return sync.get();
  }

  @Override
  public ConsensusState consensusState() {
    RoundStateView view = roundState.get();
    return new ConsensusState(view.height(), view.round(), view.step().name().toLowerCase(Locale.ROOT), view.proposer(),
        view.lockedRound(), view.lockedBlock(), view.validRound(), view.validBlock());
  }

  @Override
  public List<ValidatorInfo> validators() {
    return validators.validators().stream().map(v -> new ValidatorInfo(v.address(), v.power())).toList();
  }

  @Override
  public List<EvidenceInfo> evidence() {
    return evidence.get().stream().map(e -> new EvidenceInfo(e.validator(), e.height(), e.round(),
        e.step().name().toLowerCase(Locale.ROOT), ConsensusMessageCodec.encode(e.first()),
        ConsensusMessageCodec.encode(e.second()))).toList();
  }

  @Override
  public Optional<String> unhealthyReason() {
    return halted.get().map(reason -> "consensus halted: " + reason);
  }

  /** A node without a network (dev) has no enode address. */
  @Override
  public boolean peerToPeer() {
    return !enode.isEmpty();
  }

  @Override
  public String nodeId() {
    return nodeId;
  }

  @Override
  public String enode() {
    return enode;
  }
}
