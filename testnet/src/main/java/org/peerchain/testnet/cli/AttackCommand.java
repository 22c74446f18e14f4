package org.peerchain.testnet.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.peerchain.core.types.Hash;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.attack.AttackMode;
import org.peerchain.testnet.attack.AttackStats;
import org.peerchain.testnet.attack.Attacker;
import org.peerchain.testnet.attack.HandshakeProbe;
import org.peerchain.testnet.attack.Intervals;
import org.peerchain.testnet.attack.RssSampler;
import org.peerchain.testnet.load.BlockFollower;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.BlockSummary;
import org.peerchain.testnet.rpc.NodeClient;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code peerchain testnet attack}: a hostile peer with no stake attacks one node of a running
 * testnet; block intervals before and during the attack, the target's memory and an honest
 * newcomer's handshake time are measured, and the nodes must still agree. Exits 1 when the
 * network stopped or split.
 */
@Command(name = "attack", sortOptions = false,
    description = {"Attack one node of a running testnet as a peer with no stake would, then report whether the",
        "network stayed live and in agreement: block interval p50/p99 quiet vs under attack, the target's RSS,",
        "an honest peer's handshake time. Modes: poison (random consensus frames, throwaway identities),",
        "forge (votes by non-validators, current and far-future heights), swap (proposals re-sent with another",
        "body), amplify (GetBlocks floods on a connection that is never read)."})
final class AttackCommand implements Callable<Integer> {
  static final int MAX_DURATION_S = 600;
  static final int MAX_RATE = 5_000;

  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Option(names = "--mode", paramLabel = "MODE", required = true,
      description = "poison, forge, swap or amplify.", converter = ModeConverter.class)
  private AttackMode mode;

  @Option(names = "--target", paramLabel = "NAME", description = "The node attacked (default: the first validator).")
  private String target;

  @Option(names = "--duration", paramLabel = "S", defaultValue = "30", description = "Seconds of attack (default: ${DEFAULT-VALUE}).")
  private int durationSeconds;

  @Option(names = "--quiet", paramLabel = "S", defaultValue = "20",
      description = "Seconds measured before the attack, for comparison (default: ${DEFAULT-VALUE}).")
  private int quietSeconds;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "200",
      description = "Consensus frames per second per identity (default: ${DEFAULT-VALUE}).")
  private int rate;

  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<AttackMode> {
    @Override
    public AttackMode convert(String value) {
      try {
        return AttackMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("unknown mode '" + value + "' (poison, forge, swap, amplify)");
      }
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    check();
    // Each throwaway identity is a network of its own; their start and stop lines would bury the report.
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getLogger("org.peerchain.p2p").setLevel(Level.WARN);
    }
    Manifest manifest = ManifestStore.read(dir.dir());
    NodeEntry victim = target == null ? manifest.validators().get(0) : manifest.node(target)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "invalid value for --target: no node named '"
            + target + "' in this testnet"));
    PrintWriter out = spec.commandLine().getOut();
    Hash genesis;
    try (NodeClient client = NodeClient.local(victim.rpcPort(), 5_000)) {
      genesis = Hash.fromHexString(client.block(0).orElseThrow(() ->
          new TestnetException(victim.name() + " has no block 0; is the testnet up?")).hash());
    }
    out.printf(Locale.ROOT, "attack: %s on %s (p2p port %d) for %d s, after %d s quiet%n", mode.name().toLowerCase(Locale.ROOT),
        victim.name(), victim.p2pPort(), durationSeconds, quietSeconds);
    out.flush();

    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    AtomicLong maxRss = new AtomicLong();
    List<Long> handshakes = Collections.synchronizedList(new ArrayList<>());
    AtomicLong failedHandshakes = new AtomicLong();
    long start = System.nanoTime();
    AttackStats stats;
    long attackStartMs;
    try (BlockFollower follower = new BlockFollower(manifest.nodes())) {
      follower.addListener((block, at) -> seen.add((at - start) / 1_000_000));
      follower.start();
      Thread.sleep(quietSeconds * 1000L);
      attackStartMs = (System.nanoTime() - start) / 1_000_000;
      ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "attack-probes");
        t.setDaemon(true);
        return t;
      });
      OptionalLong pid = victim.pid();
      probes.scheduleWithFixedDelay(() -> pid.ifPresent(p ->
          RssSampler.rssBytes(p).ifPresent(rss -> maxRss.accumulateAndGet(rss, Math::max))), 0, 500, TimeUnit.MILLISECONDS);
      probes.scheduleWithFixedDelay(() -> {
        try {
          OptionalLong ms = HandshakeProbe.connectMillis(manifest.chainId(), genesis, victim.nodeId(), victim.p2pPort(), 10_000);
          ms.ifPresentOrElse(handshakes::add, failedHandshakes::incrementAndGet);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, 2, 5, TimeUnit.SECONDS);
      try {
        stats = new Attacker(mode, manifest.chainId(), genesis, victim.nodeId(), victim.p2pPort(), rate, follower::height)
            .run(Duration.ofSeconds(durationSeconds));
      } finally {
        probes.shutdownNow();
        probes.awaitTermination(15, TimeUnit.SECONDS);
      }
    }
    long attackEndMs = (System.nanoTime() - start) / 1_000_000;
    List<Long> quiet;
    List<Long> attacked;
    synchronized (seen) {
      quiet = seen.stream().filter(t -> t < attackStartMs).toList();
      attacked = seen.stream().filter(t -> t >= attackStartMs && t <= attackEndMs).toList();
    }
    Intervals before = Intervals.between(quiet);
    Intervals during = Intervals.between(attacked);
    out.printf(Locale.ROOT, "attacker: %d identities, %d cut off by %s, %d frames sent%n", stats.identities(),
        stats.cutOff(), victim.name(), stats.framesSent());
    out.println("block interval, quiet:        " + before.describe());
    out.println("block interval, under attack: " + during.describe());
    if (before.count() > 0 && during.count() > 0) {
      out.printf(Locale.ROOT, "p99 under attack / quiet: %.2f (target <= 3)%n",
          (double) during.percentile(99) / Math.max(1, before.percentile(99)));
    }
    if (maxRss.get() > 0) {
      out.printf(Locale.ROOT, "%s RSS: max %d MiB under attack; heap %d MiB + 400 MiB = %d MiB allowed%n", victim.name(),
          maxRss.get() >> 20, manifest.heapMb(), manifest.heapMb() + 400);
    }
    List<Long> hs = new ArrayList<>(handshakes);
    Collections.sort(hs);
    out.printf(Locale.ROOT, "honest handshakes under attack: %d, median %d ms, max %d ms, %d not within 10 s (target <= 2000 ms)%n",
        hs.size(), hs.isEmpty() ? 0 : hs.get(hs.size() / 2), hs.isEmpty() ? 0 : hs.get(hs.size() - 1), failedHandshakes.get());
    Optional<String> split = agreement(manifest, out);
    boolean live = during.count() > 0;
    out.println(live ? "live: blocks were finalized under attack" : "NOT LIVE: no block finalized under attack");
    split.ifPresent(s -> out.println("SPLIT: " + s));
    return live && split.isEmpty() ? 0 : 1;
  }

  /** Empty when every node that answers has the same block at the lowest head among them. */
  private static Optional<String> agreement(Manifest manifest, PrintWriter out) {
    List<NodeClient> clients = manifest.nodes().stream().map(n -> NodeClient.local(n.rpcPort(), 5_000)).toList();
    try {
      long common = Long.MAX_VALUE;
      for (NodeClient c : clients) {
        common = Math.min(common, c.blockNumber());
      }
      String expected = null;
      for (int i = 0; i < clients.size(); i++) {
        String hash = clients.get(i).block(common).map(BlockSummary::hash).orElse("none");
        if (expected == null) {
          expected = hash;
        } else if (!expected.equals(hash)) {
          return Optional.of(manifest.nodes().get(i).name() + " has " + hash + " at #" + common + ", not " + expected);
        }
      }
      out.printf(Locale.ROOT, "agreement: the same block %s at #%d on all %d nodes%n", expected, common, clients.size());
      return Optional.empty();
    } finally {
      clients.forEach(NodeClient::close);
    }
  }

  private void check() {
    if (durationSeconds < 1 || durationSeconds > MAX_DURATION_S) {
      throw new ParameterException(spec.commandLine(), "invalid value for --duration: " + durationSeconds + " (1-"
          + MAX_DURATION_S + " seconds)");
    }
    if (quietSeconds < 0 || quietSeconds > MAX_DURATION_S) {
      throw new ParameterException(spec.commandLine(), "invalid value for --quiet: " + quietSeconds + " (0-"
          + MAX_DURATION_S + " seconds)");
    }
    if (rate < 1 || rate > MAX_RATE) {
      throw new ParameterException(spec.commandLine(), "invalid value for --rate: " + rate + " (1-" + MAX_RATE + ")");
    }
  }
}
