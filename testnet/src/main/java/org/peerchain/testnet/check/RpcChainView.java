package org.peerchain.testnet.check;

import java.util.List;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.BlockSummary;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/** Reads a node's blocks 0..target over JSON-RPC into a {@link ChainView}. */
public final class RpcChainView {
  private static final int TIMEOUT_MS = 30_000;

  private RpcChainView() {}

  /** A node that does not answer yields an empty view (head -1), which the checker reports. */
  public static ChainView read(NodeEntry node, long target) {
    try (NodeClient client = NodeClient.local(node.rpcPort(), TIMEOUT_MS)) {
      long head = client.blockNumber();
      List<BlockSummary> blocks = client.blocks(0, Math.min(head, target));
      return ChainView.of(node.name(), head, blocks);
    } catch (RpcUnavailable | RpcError e) {
      return ChainView.of(node.name(), -1, List.of());
    }
  }
}
