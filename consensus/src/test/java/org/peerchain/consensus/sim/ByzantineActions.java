package org.peerchain.consensus.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.types.Hash;

/** What byzantine validators send instead of their engine's messages, signed with the raw key (no guard). */
final class ByzantineActions {
  record Outgoing(int to, ConsensusMessage message) {}

  private final SigningDomain domain;
  private final Random rnd;
  private final int n;
  private final Secp256k1 secp = Secp256k1.get();
  private final java.util.Map<String, List<Integer>> favoredByRound = new java.util.HashMap<>();

  ByzantineActions(SigningDomain domain, Random rnd, int n) {
    this.domain = domain;
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
        if (m instanceof Vote v && v.type() == VoteType.PRECOMMIT) {
          break; // its precommits go only where onProposalSeen sends them
        }
        List<Integer> favored = favored(node, m.height(), m.round());
        ConsensusMessage sent = m;
        if (m instanceof Proposal p && p.validRound() >= 0) {
          // Never re-propose the valid value: always a fresh block, to tempt locked validators.
          Block fresh = SimBlocks.build(node.head(), p.height(), p.round(), node.key.address(),
              p.block().header().timestamp() * 1000, "fresh", false);
          sent = proposal(node, p.height(), p.round(), fresh, -1);
        }
        for (int to : favored) {
          out.add(new Outgoing(to, sent));
        }
      }
    }
    return out;
  }

  /**
   * An AGGRESSIVE validator prevotes every proposal of its height to the peers it favours in that
   * round, and precommits it to just one of them: the others may miss the polka, that one may
   * finalize alone.
   */
  List<Outgoing> onProposalSeen(SimNode node, Proposal p) {
    List<Outgoing> out = new ArrayList<>();
    if (p.height() != node.nextHeight() || n < 2) {
      return out;
    }
    Optional<Hash> id = Optional.of(p.blockHash());
    List<Integer> favored = favored(node, p.height(), p.round());
    Vote prevote = vote(node, VoteType.PREVOTE, p.height(), p.round(), id);
    for (int to : favored) {
      out.add(new Outgoing(to, prevote));
    }
    out.add(new Outgoing(favored.get(rnd.nextInt(favored.size())),
        vote(node, VoteType.PRECOMMIT, p.height(), p.round(), id)));
    return out;
  }

  /** The peers an AGGRESSIVE validator talks to in (height, round): all but about a third, drawn once. */
  private List<Integer> favored(SimNode node, long height, int round) {
    return favoredByRound.computeIfAbsent(node.index + "/" + height + "/" + round, k -> {
      List<Integer> peers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i != node.index) {
          peers.add(i);
        }
      }
      java.util.Collections.shuffle(peers, rnd);
      int keep = Math.max(1, peers.size() - Math.max(1, (n - 1) / 3));
      return List.copyOf(peers.subList(0, keep));
    });
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
    Hash h = SigningBytes.proposal(domain, height, round, block.hash(), validRound);
    return new Proposal(height, round, block, validRound, node.key.address(), secp.sign(h, node.key.privateKey()));
  }

  private Vote vote(SimNode node, VoteType type, long height, int round, Optional<Hash> value) {
    Hash h = SigningBytes.vote(domain, type, height, round, value);
    return new Vote(type, height, round, value, node.key.address(), secp.sign(h, node.key.privateKey()));
  }
}
