package org.peerchain.node.netadapter;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.node.lifecycle.PeerchainNode;
import org.peerchain.node.sync.snap.SnapBootstrap;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.api.RangeAnswer;
import org.peerchain.p2p.protocol.AccountEntry;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.storage.snap.AccountRangeReader;

/**
 * A peer that offers an honest node's snapshot heights and blocks as its own, but serves account
 * ranges badly: with one account's balance changed ({@link Mode#BAD_PROOF}, so the proof no longer
 * holds), or not at all for a long while ({@link Mode#STALL}). Listens on loopback for the node
 * under test to dial it; counts the range requests it got.
 */
final class SnapServingPeer implements AutoCloseable {
  enum Mode { BAD_PROOF, STALL }

  private final P2pNetwork network;
  final AtomicInteger rangeRequests = new AtomicInteger();

  SnapServingPeer(long seed, long chainId, Hash genesisHash, PeerchainNode honest, Mode mode) {
    PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(0x5_0000_0000L + seed));
    KeyPair nodeKey = new KeyPair(key, Secp256k1.get().publicKey(key));
    P2pConfig config = P2pConfig.builder(chainId, genesisHash).host("127.0.0.1").port(0).maxPeers(4).maxOutbound(0)
        .build();
    SnapshotServing truth = new SnapshotServing(honest.chain(), new AccountRangeReader(honest.store()));
    ChainStatus honestStatus = new NodeChainStatus(chainId, genesisHash, honest.chain(), honest.pool(),
        Optional.of(truth));
    ChainStatus status = new ChainStatus() {
      @Override
      public long chainId() {
        return chainId;
      }

      @Override
      public Hash genesisHash() {
        return genesisHash;
      }

      @Override
      public long headHeight() {
        return honestStatus.headHeight();
      }

      @Override
      public Hash headHash() {
        return honestStatus.headHash();
      }

      @Override
      public List<BlockWithCertificate> blocks(long from, int count) {
        return honestStatus.blocks(from, count);
      }

      @Override
      public Optional<Transaction> pooledTx(Hash hash) {
        return Optional.empty();
      }

      @Override
      public List<SnapshotHeight> snapshotHeights() {
        return honestStatus.snapshotHeights();
      }

      @Override
      public Optional<RangeAnswer> accountRange(Hash root, Hash start, Hash limit, int byteBudget) {
        rangeRequests.incrementAndGet();
        if (mode == Mode.STALL) {
          try {
            TimeUnit.SECONDS.sleep(20); // ended early by the serving pool's shutdown when closed
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Optional.empty();
        }
        return truth.range(root, start, limit, byteBudget).map(SnapServingPeer::tamper);
      }
    };
    network = P2pNetwork.start(config, nodeKey, status, SnapBootstrap.IGNORING);
  }

  private static RangeAnswer tamper(RangeAnswer honest) {
    if (honest.accounts().isEmpty()) {
      return honest;
    }
    List<AccountEntry> accounts = new ArrayList<>(honest.accounts());
    int i = accounts.size() / 2;
    byte[] value = accounts.get(i).account().toArray();
    value[value.length - 67] ^= 1; // the balance's last byte: rlp([nonce, balance, root 33 bytes, codeHash 33 bytes])
    accounts.set(i, new AccountEntry(accounts.get(i).accountHash(), Bytes.wrap(value)));
    return new RangeAnswer(accounts, honest.proof());
  }

  String enode() {
    return network.enode();
  }

  @Override
  public void close() {
    network.close();
  }
}
