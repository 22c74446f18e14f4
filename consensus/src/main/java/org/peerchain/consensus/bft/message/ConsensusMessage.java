package org.peerchain.consensus.bft.message;

import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;

/** A signed message of the Tendermint protocol, as validators exchange it. */
public sealed interface ConsensusMessage permits Proposal, Vote {
  long height();

  int round();

  /** The step in which the message is signed: a validator signs at most one message per (height, round, step). */
  Step step();

  /** The validator that claims to have signed the message (checked by signature recovery). */
  Address signer();

  Signature signature();
}
