package org.peerchain.testnet.load;

import java.util.List;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/** A sender's next nonce as the first node that answers counts it, pool included. */
final class PendingNonce {
  private PendingNonce() {}

  static long of(List<NodeEntry> nodes, String sender) {
    for (NodeEntry n : nodes) {
      try (NodeClient client = NodeClient.local(n.rpcPort(), 2_000)) {
        return client.transactionCount(sender, "pending");
      } catch (RpcUnavailable | RpcError e) {
        // The next node may answer.
      }
    }
    throw new TestnetException("no node answers eth_getTransactionCount; is the testnet up?");
  }
}
