package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;
import org.peerchain.node.config.SyncSettings;
import org.peerchain.node.netadapter.TestNetwork.Member;
import org.peerchain.node.sync.snap.SnapBootstrap;
import org.peerchain.node.sync.snap.SnapSync;
import org.peerchain.node.sync.snap.StoreSnapTarget;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.identity.NodeKey;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.Schema;

/**
 * A fresh node joins by snap sync over loopback: three validators serve snapshots every 10 blocks,
 * a fourth peer serves ranges whose proofs do not hold and a fifth never answers; the node's
 * state at the pivot is the validators' and it then follows the chain by block sync.
 */
class SnapSyncIT {
  private static final int EXTRA_ACCOUNTS = 3_000;
  /** Small ranges: many requests over the 16 parts, so answers that end early are exercised too. */
  private static final int RANGE_BYTES = 4 * 1024;
  private static final SyncSettings SERVING = new SyncSettings(SyncSettings.Mode.FULL, 20, 10, 16, RANGE_BYTES);
  private static final SyncSettings JOINING = SERVING.withMode(SyncSettings.Mode.SNAP);

  @TempDir Path dir;

  private static List<Member> validators(TestNetwork net) throws InterruptedException {
    List<Member> validators = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Member v = net.addValidator(i);
      v.start(i == 0 ? List.of() : List.of(net.members().get(0).node.network().orElseThrow().enode()), SERVING);
      validators.add(v);
    }
    TestNetwork.await("validators past height 30", Duration.ofSeconds(60),
        () -> validators.stream().allMatch(v -> v.height() >= 30));
    return validators;
  }

  private static List<String> enodes(List<Member> members) {
    return members.stream().map(m -> m.node.network().orElseThrow().enode()).toList();
  }

  @Test
  void aFreshNodeJoinsBySnapSyncDespiteABadAndAStalledPeerAndThenFollowsTheChain() throws Exception {
    try (TestNetwork net = new TestNetwork(dir, 3, 100, EXTRA_ACCOUNTS)) {
      List<Member> validators = validators(net);
      Hash genesisHash = GenesisBlock.hash(net.genesis());
      try (SnapServingPeer liar = new SnapServingPeer(1, TestNetwork.CHAIN_ID, genesisHash, validators.get(0).node,
              SnapServingPeer.Mode.BAD_PROOF);
          SnapServingPeer staller = new SnapServingPeer(2, TestNetwork.CHAIN_ID, genesisHash, validators.get(1).node,
              SnapServingPeer.Mode.STALL)) {
        List<String> boot = new ArrayList<>(enodes(validators));
        boot.add(liar.enode());
        boot.add(staller.enode());
        Member joiner = net.addFullNode("joiner");
        joiner.start(boot, JOINING);

        long pivot = joiner.height();
        assertThat(pivot).as("the chain starts at a snapshot height").isGreaterThanOrEqualTo(20).matches(h -> h % 10 == 0);
        assertThat(joiner.node.chain().chain().headerByNumber(1)).as("no blocks below the pivot").isEmpty();
        BlockHeader theirs = validators.get(0).node.chain().chain().headerByNumber(pivot).orElseThrow();
        BlockHeader ours = joiner.node.chain().chain().headerByNumber(pivot).orElseThrow();
        assertThat(ours.hash()).isEqualTo(theirs.hash());
        assertThat(joiner.node.chain().state().isAvailable(theirs.stateRoot())).isTrue();
        // The liar was asked at most what it may have open at once before its first answer was checked.
        assertThat(liar.rangeRequests.get()).isBetween(1, 2);

        long target = validators.get(0).height() + 5;
        TestNetwork.await("the joined node follows the chain", Duration.ofSeconds(60), () -> joiner.height() >= target);
        BlockHeader later = validators.get(0).node.chain().chain().headerByNumber(target).orElseThrow();
        assertThat(joiner.node.chain().chain().headerByNumber(target).orElseThrow().stateRoot())
            .isEqualTo(later.stateRoot());
      }
    }
  }

  @Test
  void aSnapSyncCutShortResumesWhereItStopped() throws Exception {
    try (TestNetwork net = new TestNetwork(dir, 3, 100, EXTRA_ACCOUNTS)) {
      List<Member> validators = validators(net);
      Member joiner = net.addFullNode("joiner");
      Hash genesisHash = GenesisBlock.hash(net.genesis());
      // One account per answer: thousands of requests, so the first run is surely stopped midway.
      SnapSync.Settings small = new SnapSync.Settings(16, 1, 2, Duration.ofSeconds(30), Duration.ofSeconds(1));

      // First run: stopped once a tenth of the state is in.
      long firstAccounts;
      try (KeyValueStore kv = open(joiner.dataDir)) {
        SnapBootstrap first = new SnapBootstrap(net.genesis(), JOINING, small, System::nanoTime);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread runner = new Thread(() -> {
          try {
            first.run(kv, () -> bootstrapNetwork(joiner, net, validators));
          } catch (Throwable t) {
            ended.set(t);
          }
        }, "snap-first");
        runner.start();
        TestNetwork.await("a tenth of the state fetched", Duration.ofSeconds(60),
            () -> first.progress().map(p -> p.accounts() >= EXTRA_ACCOUNTS / 10).orElse(false));
        first.stop();
        runner.join(30_000);
        assertThat(runner.isAlive()).isFalse();
        assertThat(ended.get()).isInstanceOf(CancellationException.class);
        firstAccounts = first.progress().orElseThrow().accounts();
        assertThat(new StoreSnapTarget(kv, genesisHash).load()).isPresent();
      }
      assertThat(firstAccounts).isPositive();

      // Second run, as after a restart: only what is left is fetched (in larger answers, to be quick).
      try (KeyValueStore kv = open(joiner.dataDir)) {
        SnapSync.Settings larger = new SnapSync.Settings(16, 4096, 2, Duration.ofSeconds(30), Duration.ofSeconds(1));
        SnapBootstrap second = new SnapBootstrap(net.genesis(), JOINING, larger, System::nanoTime);
        Optional<BlockWithCertificate> pivot = second.run(kv, () -> bootstrapNetwork(joiner, net, validators));
        assertThat(pivot).isPresent();
        assertThat(second.progress().orElseThrow().accounts()).isLessThan(EXTRA_ACCOUNTS + 5 - firstAccounts / 2);
        assertThat(new StoreSnapTarget(kv, genesisHash).load()).isEmpty();
      }

      // The node starts on the synced store and follows the chain.
      joiner.start(enodes(validators), JOINING);
      assertThat(joiner.height()).isGreaterThanOrEqualTo(20);
      long target = validators.get(0).height() + 3;
      TestNetwork.await("the resumed node follows the chain", Duration.ofSeconds(60), () -> joiner.height() >= target);
      assertThat(joiner.node.chain().chain().headerByNumber(target).orElseThrow().hash())
          .isEqualTo(validators.get(0).node.chain().chain().headerByNumber(target).orElseThrow().hash());
    }
  }

  @Test
  void withoutPeersFarAheadANodeStartsFromGenesis() throws Exception {
    try (TestNetwork net = new TestNetwork(dir, 1, 100)) {
      Member v = net.addValidator(0);
      v.start(List.of(), SERVING);
      Member joiner = net.addFullNode("joiner");
      joiner.start(enodes(List.of(v)), new SyncSettings(SyncSettings.Mode.SNAP, 1_000_000, 10, 2, RANGE_BYTES));
      assertThat(joiner.node.chain().chain().headerByNumber(0)).isPresent();
    }
  }

  private static KeyValueStore open(Path dataDir) {
    return RocksDbKeyValueStore.open(dataDir.resolve("db"), RocksDbOptions.defaults(), Schema.ALL);
  }

  private static P2pNetwork bootstrapNetwork(Member joiner, TestNetwork net, List<Member> validators) {
    P2pConfig config = P2pConfig.builder(TestNetwork.CHAIN_ID, GenesisBlock.hash(net.genesis())).host("127.0.0.1")
        .port(0).bootnodes(enodes(validators).stream().map(PeerAddress::parse).toList()).dataDir(joiner.dataDir).build();
    return P2pNetwork.start(config, NodeKey.loadOrCreate(joiner.dataDir),
        ChainStatus.atGenesis(TestNetwork.CHAIN_ID, GenesisBlock.hash(net.genesis())), SnapBootstrap.IGNORING);
  }
}
