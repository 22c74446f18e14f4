package org.peerchain.consensus.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.types.Hash;

/** What byzantine validators send instead of their engine's messages, signed with the raw key (no guard). */
final class ByzantineActions {
  record Outgoing(int to, ConsensusMessage message) {}

  private final long chainId;
  private final Random rnd;
  private final int n;
  private final Secp256k1 secp = Secp256k1.get();

  ByzantineActions(long chainId, Random rnd, int n) {
    this.chainId = chainId;
    this.rnd = rnd;
    this.n = n;
  }

  List<Outgoing> bend(SimNode node, ConsensusMessage m) {
    List<Outgoing> out = new ArrayList<>();
    switch (node.byzantine) {
      case SILENT -> { }
      case INVALID_BLOCKS -> toAll(node, m, out);
      case EQUIVOCATE -> {
        ConsensusMessage twin = twin(node, m);
        for (int to = 0; to < n; to++) {
          if (to != node.index) {
            out.add(new Outgoing(to, rnd.nextBoolean() ? m : twin));
          }
        }
      }
      case AGGRESSIVE -> {
        if (m instanceof Proposal p && p.validRound() >= 0) {
          // Never re-propose the valid value: always a fresh block, to tempt locked validators.
          Block fresh = SimBlocks.build(node.head(), p.height(), p.round(), node.key.address(),
              p.block().header().timestamp() * 1000, "fresh", false);
          toAll(node, proposal(node, p.height(), p.round(), fresh, -1), out);
        } else {
          toAll(node, m, out);
        }
      }
    }
    return out;
  }

  /** An AGGRESSIVE validator prevotes and precommits every proposal of its height, to a random half. */
  List<Outgoing> onProposalSeen(SimNode node, Proposal p) {
    List<Outgoing> out = new ArrayList<>();
    if (p.height() != node.nextHeight()) {
      return out;
    }
    Optional<Hash> id = Optional.of(p.blockHash());
    Vote prevote = vote(node, VoteType.PREVOTE, p.height(), p.round(), id);
    Vote precommit = vote(node, VoteType.PRECOMMIT, p.height(), p.round(), id);
    for (int to = 0; to < n; to++) {
      if (to != node.index && rnd.nextBoolean()) {
        out.add(new Outgoing(to, prevote));
        out.add(new Outgoing(to, precommit));
      }
    }
    return out;
  }

  private void toAll(SimNode node, ConsensusMessage m, List<Outgoing> out) {
    for (int to = 0; to < n; to++) {
      if (to != node.index) {
        out.add(new Outgoing(to, m));
      }
    }
  }

  private ConsensusMessage twin(SimNode node, ConsensusMessage m) {
    if (m instanceof Proposal p) {
      Block other = SimBlocks.build(p.block().header().parentHash(), p.height(), p.round(), node.key.address(),
          p.block().header().timestamp() * 1000, "twin", false);
      return proposal(node, p.height(), p.round(), other, p.validRound());
    }
    Vote v = (Vote) m;
    Optional<Hash> other = v.blockHash().isPresent() ? Optional.empty()
        : Optional.of(Keccak.hash(node.key.address().bytes().concatWith(SimBlocks.GENESIS.bytes())));
    return vote(node, v.type(), v.height(), v.round(), other);
  }

  private Proposal proposal(SimNode node, long height, int round, Block block, int validRound) {
    Hash h = SigningBytes.proposal(chainId, height, round, block.hash(), validRound);
    return new Proposal(height, round, block, validRound, node.key.address(), secp.sign(h, node.key.privateKey()));
  }

  private Vote vote(SimNode node, VoteType type, long height, int round, Optional<Hash> value) {
    Hash h = SigningBytes.vote(chainId, type, height, round, value);
    return new Vote(type, height, round, value, node.key.address(), secp.sign(h, node.key.privateKey()));
  }
}
