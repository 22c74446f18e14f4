package org.peerchain.testnet.attack;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.consensus.bft.message.Proposal;
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
 * A peer with a fresh node key and nothing else: it speaks the protocol correctly, relays nothing
 * (every message it hears is ignored), and keeps the proposals it hears for a test to tamper with.
 */
final class ThrowawayPeer implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final P2pNetwork network;
  final ConcurrentLinkedQueue<Proposal> proposals = new ConcurrentLinkedQueue<>();

  ThrowawayPeer(long chainId, Hash genesisHash, List<String> targets) {
    KeyPair key = freshKey();
    P2pConfig config = P2pConfig.builder(chainId, genesisHash).host("127.0.0.1").port(0)
        .staticPeers(targets.stream().map(PeerAddress::parse).toList())
        // Only its targets: it neither dials what peer exchange teaches it nor takes other peers in.
        .maxPeers(targets.size()).maxOutbound(0).build();
    network = P2pNetwork.start(config, key, ChainStatus.atGenesis(chainId, genesisHash), new P2pHandler() {
      @Override
      public void onConsensusMessage(PeerId from, byte[] message, Consumer<Validation> verdict) {
        try {
          if (ConsensusMessageCodec.decode(Bytes.wrap(message)) instanceof Proposal p && proposals.size() < 64) {
            proposals.add(p);
          }
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

  static KeyPair freshKey() {
    PrivateKey key = PrivateKey.fromBigInteger(new BigInteger(250, RANDOM).add(BigInteger.ONE));
    return new KeyPair(key, Secp256k1.get().publicKey(key));
  }

  void send(byte[] consensusPayload) {
    network.broadcastConsensus(consensusPayload);
  }

  int peerCount() {
    return network.peerCount();
  }

  @Override
  public void close() {
    network.close();
  }
}
