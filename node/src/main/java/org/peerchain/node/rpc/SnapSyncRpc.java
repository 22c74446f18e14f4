package org.peerchain.node.rpc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.sync.snap.SnapSync;
import org.peerchain.rpc.api.ConsensusState;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.SnapSyncProgress;
import org.peerchain.rpc.api.SyncProgress;
import org.peerchain.rpc.api.ValidatorInfo;
import org.peerchain.rpc.server.SnapSyncRpcServer;

/**
 * JSON-RPC while the node snap syncs: eth_syncing reports the sync's progress (and, before a pivot
 * is chosen, a sync towards block 0: "syncing, target not known yet", never false). Closed before
 * the node's full RPC takes the same address.
 */
public final class SnapSyncRpc implements AutoCloseable {
  private final SnapSyncRpcServer server;

  private SnapSyncRpc(SnapSyncRpcServer server) {
    this.server = server;
  }

  public static SnapSyncRpc start(NodeConfig config, Supplier<Optional<SnapSync.Progress>> progress) {
    return new SnapSyncRpc(SnapSyncRpcServer.start(config.rpc(), info(config.genesis().chainId(), progress)));
  }

  /** What eth_syncing answers for {@code p}. */
  static SyncProgress syncing(Optional<SnapSync.Progress> p) {
    return p.map(s -> SyncProgress.snap(new SnapSyncProgress(s.pivot(), s.rangesDone(), s.rangesTotal(), s.accounts(),
            s.bytes(), s.peers(), s.eta().map(d -> OptionalLong.of(d.toSeconds())).orElse(OptionalLong.empty()))))
        .orElse(SyncProgress.snap(new SnapSyncProgress(0, 0, 0, 0, 0, 0, OptionalLong.empty())));
  }

  static NodeInfo info(long chainId, Supplier<Optional<SnapSync.Progress>> progress) {
    String clientVersion = RunningNodeInfo.clientVersionString();
    return new NodeInfo() {
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
        return progress.get().map(SnapSync.Progress::peers).orElse(0);
      }

      @Override
      public Optional<SyncProgress> syncing() {
        return Optional.of(SnapSyncRpc.syncing(progress.get()));
      }

      @Override
      public ConsensusState consensusState() {
        // No method of the snap-sync server asks for it: consensus starts once the chain exists.
        throw new UnsupportedOperationException("no consensus while snap syncing");
      }

      @Override
      public List<ValidatorInfo> validators() {
        return List.of();
      }

      @Override
      public String nodeId() {
        return "";
      }

      @Override
      public String enode() {
        return "";
      }
    };
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
