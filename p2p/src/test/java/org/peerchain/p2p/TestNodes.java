package org.peerchain.p2p;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/** Starts P2pNetworks on 127.0.0.1 with short timers, and closes them all. */
public final class TestNodes implements AutoCloseable {
  public record Node(P2pNetwork network, FakeChain chain, RecordingHandler handler, KeyPair key) {
    public PeerId id() {
      return network.nodeId();
    }

    public PeerAddress address() {
      return PeerAddress.parse(network.enode());
    }

    public boolean connectedTo(Node other) {
      return network.peers().stream().anyMatch(p -> p.id().equals(other.id()));
    }
  }

  private final List<Node> started = new ArrayList<>();

  public static P2pConfig.Builder config() {
    return P2pConfig.builder(P2pFixtures.CHAIN_ID, P2pFixtures.GENESIS)
        .host("127.0.0.1").port(0)
        .dialInterval(Duration.ofMillis(100))
        .reconnectBase(Duration.ofMillis(100)).reconnectCap(Duration.ofMillis(400))
        .handshakeTimeout(Duration.ofSeconds(3))
        .requestTimeout(Duration.ofSeconds(3))
        .idleTimeout(Duration.ofSeconds(20)).pingInterval(Duration.ofSeconds(5));
  }

  public Node start(int key, UnaryOperator<P2pConfig.Builder> tune) {
    return start(key, new FakeChain(), tune);
  }

  public Node start(int key, FakeChain chain, UnaryOperator<P2pConfig.Builder> tune) {
    RecordingHandler handler = new RecordingHandler();
    KeyPair nodeKey = P2pFixtures.key(key);
    Node n = new Node(P2pNetwork.start(tune.apply(config()).build(), nodeKey, chain, handler), chain, handler, nodeKey);
    started.add(n);
    return n;
  }

  public Node start(int key) {
    return start(key, b -> b);
  }

  @Override
  public void close() {
    started.forEach(n -> n.network().close());
  }
}
