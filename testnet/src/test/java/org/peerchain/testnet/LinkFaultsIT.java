package org.peerchain.testnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.testnet.TestnetIT.cli;
import static org.peerchain.testnet.TestnetIT.freeBasePort;
import static org.peerchain.testnet.TestnetIT.height;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.testnet.links.LinkFaults;
import org.peerchain.testnet.links.LinkFaultsFile;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.BlockSummary;
import org.peerchain.testnet.rpc.NodeClient;

/**
 * Four validators behind the link proxy ({@code up --link-faults}): split 2/2, nobody finalizes and
 * nothing forks; healed, all finalize; split 3/1, the three finalize and the one does not; healed,
 * the one catches up; {@code down} stops the proxy too.
 */
class LinkFaultsIT {
  static final Duration PARTITION = Duration.ofSeconds(6);

  @TempDir Path tmp;
  Path dir;

  @AfterEach
  void down() {
    if (dir != null && ManifestStore.exists(dir)) {
      cli("testnet", "down", "--dir", dir.toString());
    }
  }

  @Test
  void aTwoTwoSplitHaltsWithoutAForkAndAThreeOneSplitKeepsTheThreeFinalizing() throws Exception {
    dir = tmp.resolve("net");
    TestnetIT.Run up = cli("testnet", "up", "--validators", "4", "--link-faults", "--dir", dir.toString(),
        "--base-port", Integer.toString(freeBasePort(4)), "--block-period", "250", "--empty-block-period", "1000",
        "--heap", "256", "--seed", "17", "--timeout", "120", "--warmup", "0");
    assertThat(up.code()).as(up.out() + up.err()).isZero();
    assertThat(up.out()).contains("through the link proxy");
    Manifest manifest = ManifestStore.read(dir);
    long proxyPid = manifest.linkProxy().orElseThrow().pid().getAsLong();
    List<NodeEntry> n = manifest.nodes();
    Path faults = LinkFaultsFile.of(dir);

    // 2/2: no side holds > 2/3.
    LinkFaultsFile.write(faults, LinkFaults.partition(names(n.subList(0, 2)), names(n.subList(2, 4))));
    Thread.sleep(1_000); // a block already voted on may still land
    Map<String, Long> before = heads(n);
    Thread.sleep(PARTITION.toMillis());
    Map<String, Long> after = heads(n);
    assertThat(after).as("no progress on either side of a 2/2 split").isEqualTo(before);
    Map<String, BlockSummary> seen = latest(n);

    LinkFaultsFile.write(faults, LinkFaults.NONE);
    long top = after.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    await(() -> n.stream().allMatch(x -> height(x) > top + 2), Duration.ofSeconds(40), "all finalize after the heal");
    // What each side held during the split is what everyone holds now: no fork.
    for (Map.Entry<String, BlockSummary> e : seen.entrySet()) {
      for (NodeEntry x : n) {
        assertThat(block(x, e.getValue().number()).hash()).as(e.getKey() + " vs " + x.name())
            .isEqualTo(e.getValue().hash());
      }
    }

    // 3/1: the three hold > 2/3 and go on; node4 stands still.
    LinkFaultsFile.write(faults, LinkFaults.partition(names(n.subList(0, 3)), names(n.subList(3, 4))));
    Thread.sleep(1_000);
    long alone = height(n.get(3));
    long three = height(n.get(0));
    await(() -> height(n.get(0)) >= three + 3, Duration.ofSeconds(30), "the three finalize without node4");
    assertThat(height(n.get(3))).as("node4 alone finalizes nothing").isEqualTo(alone);
    LinkFaultsFile.write(faults, LinkFaults.NONE);
    long reference = height(n.get(0));
    await(() -> height(n.get(3)) >= reference, Duration.ofSeconds(40), "node4 catches up after the heal");

    TestnetIT.Run down = cli("testnet", "down", "--dir", dir.toString());
    assertThat(down.code()).as(down.err()).isZero();
    assertThat(down.out()).contains("link proxy: stopped (PID " + proxyPid + ")");
    assertThat(ProcessHandle.of(proxyPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    assertThat(LinkFaultsFile.read(faults).isNone()).isTrue();
  }

  static List<String> names(List<NodeEntry> nodes) {
    return nodes.stream().map(NodeEntry::name).toList();
  }

  static Map<String, Long> heads(List<NodeEntry> nodes) {
    Map<String, Long> out = new LinkedHashMap<>();
    nodes.forEach(x -> out.put(x.name(), height(x)));
    return out;
  }

  static Map<String, BlockSummary> latest(List<NodeEntry> nodes) {
    Map<String, BlockSummary> out = new LinkedHashMap<>();
    for (NodeEntry x : nodes) {
      try (NodeClient c = NodeClient.local(x.rpcPort(), 5_000)) {
        out.put(x.name(), c.latestBlock().orElseThrow());
      }
    }
    return out;
  }

  static BlockSummary block(NodeEntry x, long number) {
    try (NodeClient c = NodeClient.local(x.rpcPort(), 5_000)) {
      return c.block(number).orElseThrow();
    }
  }

  static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s");
  }
}
