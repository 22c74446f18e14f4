package org.peerchain.consensus.bft.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.LinearTimeouts;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockExecuted;
import org.peerchain.consensus.bft.engine.ConsensusEvent.ProposalReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.TimeoutFired;
import org.peerchain.consensus.bft.engine.ConsensusEvent.VoteReceived;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.InMemorySignerStateStore;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.bft.signer.SignerStateStore;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;

/** Drives one engine by hand and reads what it did. */
final class Driver {
  static final LinearTimeouts TIMEOUTS = LinearTimeouts.of(1000, 500, 60_000);

  final BftTestKit kit;
  final KeyPair me;
  final SignerStateStore store;
  final Tendermint engine;
  /** Answers every Commit with Committed at once, as the node does after storing the block. */
  boolean autoCommit = true;

  Driver(BftTestKit kit, KeyPair me) {
    this(kit, me, new InMemorySignerStateStore(), 1, Rules.STANDARD);
  }

  Driver(BftTestKit kit, KeyPair me, SignerStateStore store, long height, Rules rules) {
    this.kit = kit;
    this.me = me;
    this.store = store;
    Optional<LocalSigner> signer = me == null ? Optional.empty()
        : Optional.of(new LocalSigner(BftTestKit.DOMAIN, me, store));
    this.engine = new Tendermint(BftTestKit.DOMAIN, kit.validators, signer, TIMEOUTS, MessageVerifier.secp256k1(),
        height, rules);
  }

  List<ConsensusAction> start() {
    return engine.start();
  }

  List<ConsensusAction> on(ConsensusEvent e) {
    List<ConsensusAction> out = new ArrayList<>(engine.handle(e));
    for (int i = 0; autoCommit && i < out.size(); i++) {
      if (out.get(i) instanceof ConsensusAction.Commit c) {
        out.addAll(engine.handle(new ConsensusEvent.Committed(c.block().number(), c.block().hash())));
      }
    }
    if (engine.internalErrors() != 0) {
      throw new AssertionError("engine reported an internal error");
    }
    return out;
  }

  List<ConsensusAction> proposal(Proposal p) {
    return on(new ProposalReceived(p));
  }

  List<ConsensusAction> votes(Vote... votes) {
    List<ConsensusAction> out = new ArrayList<>();
    for (Vote v : votes) {
      out.addAll(on(new VoteReceived(v)));
    }
    return out;
  }

  List<ConsensusAction> executed(Block b, boolean valid) {
    return on(new BlockExecuted(b.hash(), valid, valid ? "" : "test says invalid"));
  }

  List<ConsensusAction> timeout(long height, int round, Step step) {
    return on(new TimeoutFired(height, round, step));
  }

  /** Receives a proposal and answers its execution request. */
  List<ConsensusAction> validProposal(Proposal p) {
    List<ConsensusAction> out = new ArrayList<>(proposal(p));
    if (out.stream().anyMatch(a -> a instanceof ConsensusAction.ExecuteBlock)) {
      out.addAll(executed(p.block(), true));
    }
    return out;
  }

  static List<ConsensusMessage> broadcasts(List<ConsensusAction> actions) {
    List<ConsensusMessage> out = new ArrayList<>();
    for (ConsensusAction a : actions) {
      if (a instanceof ConsensusAction.Broadcast b) {
        out.add(b.message());
      }
    }
    return out;
  }

  static List<Vote> votesOf(List<ConsensusAction> actions, VoteType type) {
    List<Vote> out = new ArrayList<>();
    for (ConsensusMessage m : broadcasts(actions)) {
      if (m instanceof Vote v && v.type() == type) {
        out.add(v);
      }
    }
    return out;
  }

  static <T extends ConsensusAction> List<T> of(List<ConsensusAction> actions, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (ConsensusAction a : actions) {
      if (type.isInstance(a)) {
        out.add(type.cast(a));
      }
    }
    return out;
  }
}
