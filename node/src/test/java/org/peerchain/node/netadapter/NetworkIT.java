package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.netadapter.TestNetwork.Member;
import org.peerchain.node.sync.BlockSync;
import org.peerchain.node.txpool.AddResult;

/** Validators and a full node over loopback with real Netty and RocksDB, in one JVM. */
class NetworkIT {
  @TempDir Path dir;

  @Test
  void transfersFinalizeEverywhereAndOneValidatorDownDoesNotStopTheChain() throws Exception {
    try (TestNetwork net = new TestNetwork(dir, 4, 500)) {
      for (int i = 0; i < 4; i++) {
        net.addValidator(i).start();
      }
      Member full = net.addFullNode("full");
      full.start();
      List<Member> all = net.members();
      TestNetwork.await("every node connected to the others", Duration.ofSeconds(60),
          () -> all.stream().allMatch(m -> m.node.network().orElseThrow().peerCount() >= 3));
      // A transfer sent to one validator is final on every node.
      KeyPair alice = DevAccounts.account(0);
      Transaction tx = TestNetwork.transfer(alice, 0);
      assertThat(all.get(2).node.pool().add(tx)).isInstanceOf(AddResult.Added.class);
      TestNetwork.await("the transfer final on every node", Duration.ofSeconds(60),
          () -> all.stream().allMatch(m -> m.node.chain().chain().receipt(tx.hash()).isPresent()));
      TestNetwork.await("height 5 everywhere", Duration.ofSeconds(60), () -> all.stream().allMatch(m -> m.height() >= 5));
      TestNetwork.assertSameChain(all);

      // One of four down: the other three still make blocks.
      Member down = all.get(1);
      down.stop();
      long before = all.get(0).height();
      TestNetwork.await("blocks with one validator down", Duration.ofSeconds(90), () -> all.get(0).height() >= before + 3);
      Transaction second = TestNetwork.transfer(alice, 1);
      all.get(3).node.pool().add(second);
      TestNetwork.await("a transfer final with one validator down", Duration.ofSeconds(90),
          () -> all.get(0).node.chain().chain().receipt(second.hash()).isPresent());
      // Back up: it catches up and the chain is the same everywhere.
      down.start();
      TestNetwork.await("the restarted validator caught up", Duration.ofSeconds(90),
          () -> down.height() >= all.get(0).height() - 1 && down.height() > before + 3);
      long target = all.get(0).height() + 2;
      TestNetwork.await("the restarted validator follows new blocks", Duration.ofSeconds(90), () -> down.height() >= target);
      TestNetwork.assertSameChain(all);
    }
  }

  @Test
  void twoOfFourDownStopsFinalityWithoutAForkAndOneBackResumesIt() throws Exception {
    try (TestNetwork net = new TestNetwork(dir, 4, 300)) {
      for (int i = 0; i < 4; i++) {
        net.addValidator(i).start();
      }
      List<Member> all = net.members();
      TestNetwork.await("height 3 everywhere", Duration.ofSeconds(60), () -> all.stream().allMatch(m -> m.height() >= 3));
      all.get(2).stop();
      all.get(3).stop();
      Thread.sleep(500); // a block in flight when they stopped may still finish
      long stalled = all.get(0).height();
      Thread.sleep(3_000);
      assertThat(all.get(0).height()).as("no block without a quorum").isLessThanOrEqualTo(stalled + 1);
      assertThat(all.get(1).height()).isLessThanOrEqualTo(stalled + 1);
      all.get(2).start();
      long resumed = Math.max(all.get(0).height(), all.get(1).height());
      TestNetwork.await("progress with three of four", Duration.ofSeconds(90), () -> all.get(0).height() >= resumed + 3);
      TestNetwork.assertSameChain(all.subList(0, 3));
    }
  }

  @Test
  void aFreshFullNodeSyncsFromSeveralPeers() throws Exception {
    try (TestNetwork net = new TestNetwork(dir, 4, 20)) {
      for (int i = 0; i < 4; i++) {
        net.addValidator(i).start();
      }
      List<Member> validators = List.copyOf(net.members());
      int blocks = Integer.getInteger("sync.blocks", 600);
      TestNetwork.await(blocks + " blocks", Duration.ofSeconds(240), () -> validators.get(0).height() >= blocks);
      Member fresh = net.addFullNode("fresh");
      // Several bootnodes, as an operator gives a new node: sync must spread its ranges over them.
      fresh.start(validators.stream().map(v -> v.node.network().orElseThrow().enode()).toList());
      TestNetwork.await("the fresh node caught up", Duration.ofSeconds(240),
          () -> fresh.height() >= validators.get(0).height() - 1 && fresh.height() >= blocks);
      BlockSync sync = fresh.node.network().orElseThrow().sync();
      assertThat(sync.blocksByPeer()).as("ranges came from several peers").hasSizeGreaterThan(1);
      TestNetwork.assertSameChain(net.members());
    }
  }
}
