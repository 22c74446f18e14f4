package org.peerchain.testnet.attack;

import java.util.List;
import java.util.OptionalLong;
import org.peerchain.core.types.Hash;

/** How long an honest newcomer takes to become a peer of the target: TLS, Status, admission. */
public final class HandshakeProbe {
  private HandshakeProbe() {}

  /** Milliseconds until connected; empty when not connected within {@code timeoutMs}. */
  public static OptionalLong connectMillis(long chainId, Hash genesisHash, String targetNodeId, int port, long timeoutMs)
      throws InterruptedException {
    long start = System.nanoTime();
    try (ThrowawayPeer peer = new ThrowawayPeer(chainId, genesisHash,
        List.of("peerchain://" + targetNodeId + "@127.0.0.1:" + port))) {
      long deadline = start + timeoutMs * 1_000_000;
      while (peer.peerCount() == 0) {
        if (System.nanoTime() > deadline) {
          return OptionalLong.empty();
        }
        Thread.sleep(5);
      }
      return OptionalLong.of((System.nanoTime() - start) / 1_000_000);
    }
  }
}
