package org.peerchain.testnet.attack;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * Runs one {@link AttackMode} against one node for a while, one throwaway identity after another:
 * when the target cuts an identity off, the next one connects. Every loop is bounded in time, and
 * sending in rate.
 */
public final class Attacker {
  /** Requests an amplifier identity sends before it only holds the connection. */
  static final int AMPLIFY_REQUESTS = 5_000;
  private static final Duration CONNECT = Duration.ofSeconds(5);

  private final AttackMode mode;
  private final long chainId;
  private final Hash genesisHash;
  private final String targetEnode;
  private final int targetPort;
  private final int ratePerSecond;
  private final LongSupplier height;
  private final Random random = new Random();

  /**
   * @param height the chain's current height as the attacker follows it, for votes that look current
   */
  public Attacker(AttackMode mode, long chainId, Hash genesisHash, String targetNodeId, int targetPort, int ratePerSecond,
      LongSupplier height) {
    this.mode = mode;
    this.chainId = chainId;
    this.genesisHash = genesisHash;
    this.targetEnode = "peerchain://" + targetNodeId + "@127.0.0.1:" + targetPort;
    this.targetPort = targetPort;
    this.ratePerSecond = ratePerSecond;
    this.height = height;
  }

  public AttackStats run(Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    int identities = 0;
    int cutOff = 0;
    long sent = 0;
    while (System.nanoTime() < end) {
      identities++;
      Outcome o = mode == AttackMode.AMPLIFY ? amplify(end) : flood(end);
      sent += o.sent;
      cutOff += o.cutOff ? 1 : 0;
      if (!o.connected) {
        Thread.sleep(500); // the target refuses this address for now: try again shortly, not in a tight loop
      }
    }
    return new AttackStats(identities, cutOff, sent);
  }

  private record Outcome(boolean connected, boolean cutOff, long sent) {}

  private Outcome flood(long end) throws InterruptedException {
    try (ThrowawayPeer peer = new ThrowawayPeer(chainId, genesisHash, List.of(targetEnode))) {
      if (!await(() -> peer.peerCount() >= 1, Math.min(end, System.nanoTime() + CONNECT.toNanos()))) {
        return new Outcome(false, false, 0);
      }
      long sent = 0;
      long intervalNanos = 1_000_000_000L / ratePerSecond;
      long next = System.nanoTime();
      while (System.nanoTime() < end && peer.peerCount() >= 1) {
        for (byte[] frame : frames(peer)) {
          peer.send(frame);
          sent++;
        }
        next += intervalNanos;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      return new Outcome(true, peer.peerCount() == 0, sent);
    }
  }

  private Outcome amplify(long end) throws InterruptedException {
    try (Amplifier amplifier = new Amplifier(targetPort, chainId, genesisHash)) {
      long sent = amplifier.flood(AMPLIFY_REQUESTS, end, height);
      await(() -> !amplifier.isOpen(), end);
      return new Outcome(true, !amplifier.isOpen(), sent);
    } catch (javax.net.ssl.SSLException | RuntimeException e) {
      return new Outcome(false, false, 0);
    }
  }

  private List<byte[]> frames(ThrowawayPeer peer) {
    return switch (mode) {
      case POISON -> List.of(randomList());
      case FORGE -> List.of(encode(outsiderVote(height.getAsLong() + 1)), encode(outsiderVote(height.getAsLong() + 1_000)));
      case SWAP -> {
        Proposal p = peer.proposals.poll();
        yield p == null ? List.of() : List.of(encode(swapBody(p)));
      }
      case AMPLIFY -> throw new IllegalStateException("amplify does not flood consensus frames");
    };
  }

  private static byte[] encode(org.peerchain.consensus.bft.message.ConsensusMessage m) {
    return ConsensusMessageCodec.encode(m).toArray();
  }

  private byte[] randomList() {
    RlpWriter w = new RlpWriter().startList();
    for (int i = 0; i < 3; i++) {
      byte[] item = new byte[1 + random.nextInt(40)];
      random.nextBytes(item);
      w.writeBytes(Bytes.wrap(item));
    }
    return w.endList().toBytes().toArray();
  }

  private Vote outsiderVote(long atHeight) {
    PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(0xbad_1000L + random.nextInt(1_000)));
    Address signer = Secp256k1.get().publicKey(key).address();
    int round = random.nextInt(3);
    Hash signing = SigningBytes.vote(new SigningDomain(chainId, genesisHash), VoteType.PRECOMMIT, atHeight, round, Optional.empty());
    return new Vote(VoteType.PRECOMMIT, atHeight, round, Optional.empty(), signer, Secp256k1.get().sign(signing, key));
  }

  /** The signed header of {@code p} over a body it does not name: one transfer from a throwaway key. */
  private Proposal swapBody(Proposal p) {
    PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(0xbad_2000L + random.nextInt(1_000)));
    Transaction tx = TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.LEGACY).nonce(0)
        .gasPrice(UInt256.valueOf(1_000_000_000L)).gasLimit(21_000).to(Secp256k1.get().publicKey(key).address())
        .value(UInt256.ONE).build(), chainId, key);
    return new Proposal(p.height(), p.round(), new Block(p.block().header(), new BlockBody(List.of(tx))), p.validRound(),
        p.proposer(), p.signature());
  }

  private static boolean await(BooleanSupplier condition, long deadlineNanos) throws InterruptedException {
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadlineNanos) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
