package org.peerchain.consensus.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.LinearTimeouts;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusAction;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.consensus.bft.engine.Rules;
import org.peerchain.consensus.bft.engine.Tendermint;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.execution.BlockRejection;
import org.peerchain.consensus.execution.BodyCheck;
import org.peerchain.core.block.Block;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Hash;

/**
 * Runs n validators in one thread on virtual time, everything random drawn from the seed, and checks
 * safety (agreement, valid certificates, no honest double signing) all along and liveness after GST:
 * every honest validator must finalize {@code heightsAfterGst} more heights within
 * {@link #LIVENESS_BOUND_MS}. A lagging or restarted validator catches up as sync would: every
 * {@link SimConfig#syncIntervalMs()} it is handed the certified blocks a reachable peer has and it lacks,
 * which its engine verifies before committing.
 */
public final class Simulation {
  static final SigningDomain DOMAIN = new SigningDomain(7777, Hash.fromHexString("0x" + "77".repeat(Hash.SIZE)));
  static final LinearTimeouts TIMEOUTS = LinearTimeouts.builder().base(1000, 500, 500).delta(250, 250, 250)
      .cap(8000).build();
  static final long LIVENESS_BOUND_MS = 300_000;
  static final long MAX_EVENTS = 5_000_000;
  static final int BUILD_MIN_MS = 20;

  private final SimConfig config;
  private final Random rnd;
  private final Scheduler scheduler = new Scheduler();
  private final FaultPlan plan;
  private final List<SimNode> nodes = new ArrayList<>();
  private final ValidatorSet validators;
  private final CachingVerifier verifier = new CachingVerifier();
  private final Monitor monitor;
  private final SimNetwork network;
  private final SimRelays relays;
  private final Trace trace;
  private final ByzantineActions byzantine;
  private boolean stable;
  private long target = Long.MAX_VALUE;
  private long doneAt = -1;

  private Simulation(SimConfig config) {
    this.config = config;
    this.rnd = new Random(config.seed());
    this.plan = config.faults() ? FaultPlan.draw(rnd, config.n(), config.adversary()) : FaultPlan.none();
    List<GenesisValidator> gv = new ArrayList<>();
    for (int i = 0; i < config.n(); i++) {
      SimNode node = new SimNode(i, BftTestKit.key(i), plan.byzantine().get(i));
      nodes.add(node);
      gv.add(new GenesisValidator(node.key.address(), 1));
    }
    this.validators = ValidatorSet.of(gv);
    this.monitor = new Monitor(DOMAIN, validators, new CertificateVerifier(verifier));
    this.network = new SimNetwork(scheduler, rnd, plan, this::receive);
    this.relays = config.relays() ? new SimRelays(scheduler, config.seed(), this::receive) : null;
    if (relays != null) {
      network.relayVia(relays);
    }
    this.trace = new Trace(config.traceLines());
    this.byzantine = new ByzantineActions(DOMAIN, rnd, config.n());
  }

  public static SimResult run(SimConfig config) {
    return new Simulation(config).execute();
  }

  private SimResult execute() {
    for (SimNode node : nodes) {
      scheduler.at(0, () -> start(node));
    }
    for (FaultPlan.Crash c : plan.crashes()) {
      scheduler.at(c.atMs(), () -> crash(nodes.get(c.node())));
      scheduler.at(c.restartMs(), () -> restart(nodes.get(c.node())));
    }
    scheduler.at(plan.gstMs(), this::stabilize);
    scheduler.at(config.syncIntervalMs(), this::syncTick);
    while (!monitor.failed() && doneAt < 0 && scheduler.step()) {
      if (scheduler.executed() > MAX_EVENTS) {
        monitor.violation("the run exceeded " + MAX_EVENTS + " events");
      } else if (stable && scheduler.now() > plan.gstMs() + LIVENESS_BOUND_MS) {
        monitor.violation("LIVENESS: honest validators did not all reach height " + target + " within "
            + LIVENESS_BOUND_MS + " ms after GST; heights " + heights());
      }
    }
    return new SimResult(config, plan.toString(), monitor.violations(), heights(), scheduler.now(),
        scheduler.executed(), plan.gstMs(), doneAt < 0 ? -1 : doneAt - plan.gstMs(), trace.render(),
        relays == null ? 0 : relays.tampered());
  }

  // ---- nodes ----

  private void start(SimNode node) {
    node.incarnation++;
    Rules rules = node.honest() ? config.rules() : Rules.STANDARD;
    node.engine = new Tendermint(DOMAIN, validators, Optional.of(new LocalSigner(DOMAIN, node.key, node.store)),
        TIMEOUTS, verifier, node.nextHeight(), rules);
    trace.add(scheduler.now(), node.name(), "start at height " + node.nextHeight());
    process(node, node.engine.start());
  }

  private void crash(SimNode node) {
    if (node.alive()) {
      node.engine = null;
      node.incarnation++;
      trace.add(scheduler.now(), node.name(), "CRASH");
    }
  }

  private void restart(SimNode node) {
    if (!node.alive()) {
      start(node);
    }
  }

  private void stabilize() {
    stable = true;
    for (SimNode node : nodes) {
      restart(node);
    }
    long highest = 0;
    for (SimNode node : nodes) {
      if (node.honest()) {
        highest = Math.max(highest, node.blocks.size());
      }
    }
    target = highest + config.heightsAfterGst();
    trace.add(scheduler.now(), "-", "GST: every honest validator must reach height " + target);
    checkDone();
  }

  private void deliver(SimNode node, ConsensusEvent event) {
    if (!node.alive()) {
      return;
    }
    trace.add(scheduler.now(), node.name(), event);
    Tendermint engine = node.engine;
    long errors = engine.internalErrors();
    List<ConsensusAction> actions = engine.handle(event);
    if (engine.internalErrors() != errors) {
      monitor.violation("node " + node.index + " engine failed internally on " + event);
    }
    process(node, actions);
  }

  private void process(SimNode node, List<ConsensusAction> actions) {
    int life = node.incarnation;
    List<ConsensusEvent> answers = new ArrayList<>();
    for (ConsensusAction a : actions) {
      if (a instanceof ConsensusAction.Broadcast b) {
        send(node, b.message());
      } else if (a instanceof ConsensusAction.ScheduleTimeout t) {
        scheduler.after(t.delayMs(), () -> {
          if (node.incarnation == life) {
            deliver(node, new ConsensusEvent.TimeoutFired(t.height(), t.round(), t.step()));
          }
        });
      } else if (a instanceof ConsensusAction.ScheduleRebroadcast rb) {
        scheduler.after(rb.delayMs(), () -> {
          if (node.incarnation == life) {
            deliver(node, new ConsensusEvent.RebroadcastDue(rb.height(), rb.round()));
          }
        });
      } else if (a instanceof ConsensusAction.BuildBlock bb) {
        // A node takes a while to gather transactions; it also keeps a lone validator from racing ahead.
        scheduler.after(BUILD_MIN_MS + rnd.nextInt(100), () -> {
          if (node.incarnation == life) {
            Block b = SimBlocks.build(node.head(), bb.height(), bb.round(), node.key.address(), scheduler.now(), "",
                node.byzantine == Behavior.INVALID_BLOCKS);
            deliver(node, new ConsensusEvent.BlockBuilt(bb.height(), bb.round(), b));
          }
        });
      } else if (a instanceof ConsensusAction.ExecuteBlock x) {
        scheduler.after(1 + rnd.nextInt(5), () -> {
          if (node.incarnation == life) {
            Optional<BlockRejection> swapped = BodyCheck.rootMismatch(x.block());
            if (swapped.isPresent()) {
              // A copy whose body is not the header's: the copy's fault, never the block's.
              deliver(node, new ConsensusEvent.BodyMismatch(x.block(), swapped.get().message()));
              return;
            }
            Optional<String> why = SimBlocks.invalidReason(x.block(), node.head(), node.nextHeight());
            deliver(node, new ConsensusEvent.BlockExecuted(x.block().hash(), why.isEmpty(), why.orElse("")));
          }
        });
      } else if (a instanceof ConsensusAction.Commit c) {
        answers.add(commit(node, c));
      } else if (a instanceof ConsensusAction.EvidenceFound e) {
        trace.add(scheduler.now(), node.name(), "evidence against " + e.evidence().validator());
      }
    }
    // The node stores a block as part of carrying out Commit, and answers once it is stored.
    for (ConsensusEvent answer : answers) {
      deliver(node, answer);
    }
  }

  private ConsensusEvent commit(SimNode node, ConsensusAction.Commit c) {
    trace.add(scheduler.now(), node.name(), "COMMIT height " + c.block().number() + " " + c.block().hash()
        + " round " + c.certificate().round());
    if (node.honest()) {
      monitor.committed(node.index, c.block(), c.certificate(), node.head(), node.nextHeight());
    }
    boolean stored = c.block().number() == node.nextHeight();
    if (stored) {
      node.blocks.add(c.block());
      node.certificates.add(c.certificate());
    }
    checkDone();
    return stored ? new ConsensusEvent.Committed(c.block().number(), c.block().hash())
        : new ConsensusEvent.CommitFailed(c.block().number(), c.block().hash(), "not the next block here");
  }

  private void checkDone() {
    if (!stable || doneAt >= 0) {
      return;
    }
    for (SimNode node : nodes) {
      if (node.honest() && node.blocks.size() < target) {
        return;
      }
    }
    doneAt = scheduler.now();
  }

  // ---- network and sync ----

  private void send(SimNode node, ConsensusMessage m) {
    if (node.honest()) {
      monitor.sent(node.index, node.key.address(), m);
      for (SimNode peer : nodes) {
        if (peer != node) {
          network.send(node.index, peer.index, m);
        }
      }
      return;
    }
    for (ByzantineActions.Outgoing o : byzantine.bend(node, m)) {
      network.send(node.index, o.to(), o.message());
    }
  }

  private void receive(int from, int to, ConsensusMessage m) {
    SimNode node = nodes.get(to);
    if (m instanceof Proposal p) {
      deliver(node, new ConsensusEvent.ProposalReceived(p));
      if (node.alive() && node.byzantine == Behavior.AGGRESSIVE) {
        for (ByzantineActions.Outgoing o : byzantine.onProposalSeen(node, p)) {
          network.send(node.index, o.to(), o.message());
        }
      }
    } else {
      deliver(node, new ConsensusEvent.VoteReceived((Vote) m));
    }
  }

  private void syncTick() {
    for (SimNode lagging : nodes) {
      for (SimNode peer : nodes) {
        if (peer == lagging || !lagging.alive() || !peer.alive() || !network.connected(lagging.index, peer.index)
            || network.lost()) {
          continue;
        }
        for (int i = 0; i < 100 && peer.blocks.size() >= lagging.nextHeight(); i++) {
          long h = lagging.nextHeight();
          deliver(lagging, new ConsensusEvent.CommitReceived(peer.blocks.get((int) h - 1),
              peer.certificates.get((int) h - 1)));
          if (lagging.nextHeight() == h) {
            break; // not accepted
          }
        }
      }
    }
    scheduler.after(config.syncIntervalMs(), this::syncTick);
  }

  private List<Integer> heights() {
    List<Integer> out = new ArrayList<>();
    for (SimNode node : nodes) {
      out.add(node.blocks.size());
    }
    return out;
  }
}
