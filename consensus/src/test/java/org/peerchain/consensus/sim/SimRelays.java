package org.peerchain.consensus.sim;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;

/**
 * Non-validator relays between validators: for a share of the messages a second path besides the
 * direct link, on which a relay drops the message, delays it, sends it twice, or tampers with it — a
 * proposal's body swapped under its signed header, or a signature that no longer fits. The direct
 * link still carries the honest copy, sometimes after the tampered one. Draws from its own random
 * source, so the runs without relays are exactly what they were.
 */
final class SimRelays {
  /** Share of messages that also travel through a relay. */
  static final double RELAYED = 0.5;
  static final double DROP = 0.2;
  static final double DUPLICATE = 0.15;
  static final double TAMPER = 0.35;
  /** A relay's own delay: it can be slower than the direct link even after GST. */
  static final long MAX_RELAY_DELAY_MS = 300;

  private final Scheduler scheduler;
  private final Random rnd;
  private final SimNetwork.Receiver receiver;
  private long tampered;

  SimRelays(Scheduler scheduler, long seed, SimNetwork.Receiver receiver) {
    this.scheduler = scheduler;
    this.rnd = new Random(seed * 0x9E3779B97F4A7C15L + 0x5eed);
    this.receiver = receiver;
  }

  void carry(int from, int to, ConsensusMessage message) {
    if (rnd.nextDouble() >= RELAYED || rnd.nextDouble() < DROP) {
      return;
    }
    ConsensusMessage carried = rnd.nextDouble() < TAMPER ? tamper(message) : message;
    int copies = rnd.nextDouble() < DUPLICATE ? 2 : 1;
    for (int i = 0; i < copies; i++) {
      // Through the codec, as a peer receives it.
      Bytes wire = ConsensusMessageCodec.encode(carried);
      scheduler.after(1 + (long) (rnd.nextDouble() * MAX_RELAY_DELAY_MS),
          () -> receiver.receive(from, to, ConsensusMessageCodec.decode(wire)));
    }
  }

  long tampered() {
    return tampered;
  }

  private ConsensusMessage tamper(ConsensusMessage m) {
    tampered++;
    if (m instanceof Proposal p && rnd.nextBoolean()) {
      // The signature covers the header: a body it does not name is the relay's doing.
      Block swapped = new Block(p.block().header(), new BlockBody(List.of(strayTransaction())));
      return new Proposal(p.height(), p.round(), swapped, p.validRound(), p.proposer(), p.signature());
    }
    Signature s = m.signature();
    BigInteger otherS = s.s().add(BigInteger.ONE).mod(SECP256K1_N);
    Signature broken = new Signature(s.r(), otherS.signum() == 0 ? BigInteger.ONE : otherS, s.recoveryId());
    if (m instanceof Proposal p) {
      return new Proposal(p.height(), p.round(), p.block(), p.validRound(), p.proposer(), broken);
    }
    Vote v = (Vote) m;
    return new Vote(v.type(), v.height(), v.round(), v.blockHash(), v.validator(), broken);
  }

  private static final BigInteger SECP256K1_N =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

  private Transaction strayTransaction() {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.LEGACY).nonce(rnd.nextInt(1_000))
        .gasPrice(UInt256.ONE).gasLimit(21_000).value(UInt256.ONE).data(Bytes.EMPTY).build();
    return Transaction.legacy(body, UInt256.valueOf(27), UInt256.ONE, UInt256.ONE);
  }
}
