package org.peerchain.node.events;

import java.util.Objects;
import org.peerchain.consensus.bft.engine.Evidence;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;

/**
 * What happened in the node, for the parts that react to it without being called by it: the
 * network announces heads and sends our consensus messages, sync moves on, RPC notifies
 * subscribers. Each part depends on these events, not on the part that publishes them.
 */
public sealed interface NodeEvent {
  /** A block was committed and is the new head. */
  record HeadAdvanced(BlockHeader header) implements NodeEvent {
    public HeadAdvanced {
      Objects.requireNonNull(header, "header");
    }

    public Hash hash() {
      return header.hash();
    }

    public long number() {
      return header.number();
    }
  }

  /** A transaction entered the pool as executable (pending). */
  record TxAdmitted(Transaction tx) implements NodeEvent {
    public TxAdmitted {
      Objects.requireNonNull(tx, "tx");
    }
  }

  /** This validator signed a proposal or vote that its peers must hear. */
  record ConsensusMessageSigned(ConsensusMessage message) implements NodeEvent {
    public ConsensusMessageSigned {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * A block became final here, with the certificate that finalized it (who signed, in which
   * round). Published just before the {@link HeadAdvanced} of the same block.
   */
  record BlockFinalized(BlockHeader header, CommitCertificate certificate) implements NodeEvent {
    public BlockFinalized {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(certificate, "certificate");
      if (certificate.height() != header.number()) {
        throw new IllegalArgumentException("certificate of height " + certificate.height() + " for block "
            + header.number());
      }
    }
  }

  /** The consensus engine entered a round: round 0 when a height begins, a later one when a round failed. */
  record RoundStarted(long height, int round) implements NodeEvent {}

  /** A validator signed two conflicting messages at one height, round and step. */
  record EquivocationFound(Evidence evidence) implements NodeEvent {
    public EquivocationFound {
      Objects.requireNonNull(evidence, "evidence");
    }
  }
}
