package org.peerchain.node.events;

import java.util.Objects;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.core.block.BlockHeader;
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
}
