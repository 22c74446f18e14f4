package org.peerchain.p2p.api;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/**
 * A snapshot of one connected peer. {@code remote} is the socket address it talks from;
 * {@code listenAddress} is where it can be dialed, when known. {@code earliestHeight} is the lowest
 * block it announced it holds (1 unless it joined by snap sync).
 */
public record PeerInfo(PeerId id, String remote, Optional<PeerAddress> listenAddress, boolean outbound,
    boolean staticPeer, long headHeight, Hash headHash, int score, long earliestHeight) {
  public PeerInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(listenAddress, "listenAddress");
    Objects.requireNonNull(headHash, "headHash");
  }
}
