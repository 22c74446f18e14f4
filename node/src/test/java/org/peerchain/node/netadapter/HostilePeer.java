package org.peerchain.node.netadapter;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/**
 * A peer with no stake and a throwaway node key that speaks the protocol correctly and sends
 * whatever a test wants. It relays nothing honest (every message it receives is ignored) and
 * records the consensus messages it receives, so a test can tamper with them.
 */
final class HostilePeer implements AutoCloseable {
  private final P2pNetwork network;
  final List<ConsensusMessage> heard = new CopyOnWriteArrayList<>();

  HostilePeer(long seed, long chainId, Hash genesisHash, List<String> targets) {
    PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(0xbad_0000_0000L + seed));
    KeyPair nodeKey = new KeyPair(key, Secp256k1.get().publicKey(key));
    P2pConfig config = P2pConfig.builder(chainId, genesisHash).host("127.0.0.1").port(0)
        .staticPeers(targets.stream().map(PeerAddress::parse).toList())
        // Only its targets: it neither dials what peer exchange teaches it nor takes other peers in.
        .maxPeers(targets.size()).maxOutbound(0).build();
    network = P2pNetwork.start(config, nodeKey, ChainStatus.atGenesis(chainId, genesisHash), new P2pHandler() {
      @Override
      public void onConsensusMessage(PeerId from, byte[] message, Consumer<Validation> verdict) {
        try {
          heard.add(ConsensusMessageCodec.decode(Bytes.wrap(message)));
        } catch (RuntimeException e) {
          // not ours to judge
        }
        verdict.accept(Validation.IGNORE);
      }

      @Override
      public void onTransactions(PeerId from, List<Transaction> transactions) {}

      @Override
      public void onNewBlock(PeerId from, long height, Hash hash) {}
    });
  }

  /** Sends raw consensus payload bytes to every peer it is connected to. */
  void send(byte[] payload) {
    network.broadcastConsensus(payload);
  }

  void send(ConsensusMessage message) {
    send(ConsensusMessageCodec.encode(message).toArray());
  }

  int peerCount() {
    return network.peerCount();
  }

  @Override
  public void close() {
    network.close();
  }
}
