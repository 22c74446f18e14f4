package org.peerchain.node.validator;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusAction;
import org.peerchain.consensus.bft.engine.ConsensusAction.Broadcast;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockExecuted;
import org.peerchain.consensus.bft.engine.ConsensusEvent.ProposalReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.TimeoutFired;
import org.peerchain.consensus.bft.engine.ConsensusEvent.VoteReceived;
import org.peerchain.consensus.bft.engine.RoundStateView;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * Watches the rounds of the height consensus is at, to write one line when a round ends without a
 * decision: who was to propose and what came of it, each validator's prevote and precommit as this
 * node heard them, the timeouts that fired, and why the round failed. It is fed on the consensus
 * thread with what goes into and out of the engine, and decides nothing.
 *
 * <p>Bounded: one height, at most {@link #MAX_ROUNDS} rounds of it, and per round one vote of each
 * kind per validator (peers' messages reach the engine only from validators, checked before).
 */
final class RoundRecorder {
  static final int MAX_ROUNDS = 8;
  private static final int MAX_REASON = 160;

  private final ValidatorSet validators;
  private final Consumer<String> sink;
  private final TreeMap<Integer, RoundRecord> rounds = new TreeMap<>();
  private long height;

  private static final class RoundRecord {
    Proposal proposal;
    String invalidReason;
    final Map<Address, Optional<Hash>> prevotes = new LinkedHashMap<>();
    final Map<Address, Optional<Hash>> precommits = new LinkedHashMap<>();
    final Set<Step> timeouts = EnumSet.noneOf(Step.class);
  }

  /** @param sink takes each summary line (the node logs it at INFO) */
  RoundRecorder(ValidatorSet validators, long height, Consumer<String> sink) {
    this.validators = validators;
    this.height = height;
    this.sink = sink;
  }

  /** An event about to go into the engine. */
  void onEvent(ConsensusEvent event) {
    if (event instanceof ProposalReceived p) {
      record(p.proposal());
    } else if (event instanceof VoteReceived v) {
      record(v.vote());
    } else if (event instanceof TimeoutFired t && t.height() == height) {
      RoundRecord r = round(t.round());
      if (r != null) {
        r.timeouts.add(t.step());
      }
    } else if (event instanceof BlockExecuted x && !x.valid()) {
      for (RoundRecord r : rounds.values()) {
        if (r.proposal != null && r.proposal.blockHash().equals(x.blockHash()) && r.invalidReason == null) {
          r.invalidReason = x.reason().length() <= MAX_REASON ? x.reason() : x.reason().substring(0, MAX_REASON) + "...";
        }
      }
    }
  }

  /** What the engine answered: our own proposal and votes are among its broadcasts. */
  void onActions(List<ConsensusAction> actions) {
    for (ConsensusAction action : actions) {
      if (action instanceof Broadcast b) {
        record(b.message());
      }
    }
  }

  /** Where the engine is after a step; a higher round at the same height means {@code before}'s round failed. */
  void onView(RoundStateView before, RoundStateView after) {
    if (after.height() != height) {
      rounds.clear();
      height = after.height();
      return;
    }
    if (after.height() == before.height() && after.round() > before.round()) {
      sink.accept(summary(before.round(), after.round()));
      rounds.headMap(before.round(), true).clear();
    }
  }

  private void record(ConsensusMessage message) {
    if (message.height() != height || !validators.contains(message.signer())) {
      return;
    }
    RoundRecord r = round(message.round());
    if (r == null) {
      return;
    }
    if (message instanceof Proposal p) {
      if (r.proposal == null && p.proposer().equals(validators.proposer(height, p.round()))) {
        r.proposal = p;
      }
    } else if (message instanceof Vote v) {
      // The first vote heard counts; a second, conflicting one is evidence, reported elsewhere.
      (v.type() == VoteType.PREVOTE ? r.prevotes : r.precommits).putIfAbsent(v.validator(), v.blockHash());
    }
  }

  /** The record of {@code round}, made on first use; null past the bound (the engine ignores such rounds too). */
  private RoundRecord round(int round) {
    RoundRecord r = rounds.get(round);
    if (r == null) {
      if (rounds.size() >= MAX_ROUNDS && round > rounds.lastKey()) {
        return null;
      }
      r = new RoundRecord();
      rounds.put(round, r);
      if (rounds.size() > MAX_ROUNDS) {
        rounds.pollLastEntry();
      }
    }
    return r;
  }

  String summary(int round, int nextRound) {
    RoundRecord r = rounds.getOrDefault(round, new RoundRecord());
    Address proposer = validators.proposer(height, round);
    StringBuilder line = new StringBuilder("Round summary: height ").append(height).append(" round ").append(round)
        .append(" failed, now round ").append(nextRound).append(": ").append(reason(r, proposer, round, nextRound))
        .append(" | proposer ").append(shortAddress(proposer)).append(' ')
        .append(r.proposal == null ? "sent no proposal heard here" : "proposed " + shortHash(r.proposal.blockHash()))
        .append(" | prevotes ").append(votes(r.prevotes))
        .append(" | precommits ").append(votes(r.precommits))
        .append(" | timeouts ").append(r.timeouts.isEmpty() ? "none" : r.timeouts.toString().toLowerCase(Locale.ROOT));
    return line.toString();
  }

  private String reason(RoundRecord r, Address proposer, int round, int nextRound) {
    if (r.proposal == null) {
      return "no proposal from " + shortAddress(proposer) + (r.timeouts.contains(Step.PROPOSE) ? " before timeout propose" : "");
    }
    if (r.invalidReason != null) {
      return "the proposal is invalid here: " + r.invalidReason;
    }
    Optional<Hash> block = Optional.of(r.proposal.blockHash());
    if (!validators.isQuorum(power(r.prevotes, block))) {
      return "no prevote quorum for the proposal (" + tally(r.prevotes, block) + ")";
    }
    if (!validators.isQuorum(power(r.precommits, block))) {
      return "no precommit quorum for the proposal (" + tally(r.precommits, block) + ")";
    }
    return nextRound > round + 1 ? "validators with more than a third of the power moved on to round " + nextRound
        : "no commit in time";
  }

  /** "power for it / nil / other blocks / not heard, of total (quorum q)". */
  private String tally(Map<Address, Optional<Hash>> votes, Optional<Hash> block) {
    long forIt = power(votes, block);
    long nil = power(votes, Optional.empty());
    long heard = 0;
    for (Address a : votes.keySet()) {
      heard += validators.power(a);
    }
    long other = heard - forIt - nil;
    return "power " + forIt + " for it, " + nil + " nil, " + other + " other, " + (validators.totalPower() - heard)
        + " not heard; quorum " + validators.quorumPower() + " of " + validators.totalPower();
  }

  private long power(Map<Address, Optional<Hash>> votes, Optional<Hash> value) {
    long sum = 0;
    for (Map.Entry<Address, Optional<Hash>> e : votes.entrySet()) {
      if (e.getValue().equals(value)) {
        sum += validators.power(e.getKey());
      }
    }
    return sum;
  }

  private String votes(Map<Address, Optional<Hash>> votes) {
    StringBuilder out = new StringBuilder();
    for (GenesisValidator v : validators.validators()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      Optional<Hash> value = votes.get(v.address());
      out.append(shortAddress(v.address())).append('=')
          .append(value == null ? "-" : value.map(RoundRecorder::shortHash).orElse("nil"));
    }
    return out.toString();
  }

  static String shortAddress(Address address) {
    String hex = address.toChecksumString();
    return hex.substring(0, 6) + ".." + hex.substring(hex.length() - 4);
  }

  private static String shortHash(Hash hash) {
    return hash.toHexString().substring(0, 10);
  }
}
