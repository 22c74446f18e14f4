package org.peerchain.testnet.status;

import java.util.Optional;
import org.peerchain.testnet.manifest.NodeEntry;

/**
 * One node as {@code testnet status} sees it: up means its process lives and its RPC answers.
 *
 * @param problem why the node is down, when it is
 */
public record NodeStatus(NodeEntry node, boolean processAlive, boolean up, long height, String headHash, int peers,
    long poolPending, long poolQueued, Optional<String> problem) {

  public static NodeStatus down(NodeEntry node, boolean processAlive, String problem) {
    return new NodeStatus(node, processAlive, false, -1, "-", -1, -1, -1, Optional.of(problem));
  }
}
