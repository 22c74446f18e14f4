package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.netadapter.TestNetwork.Member;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.peers.Penalties;

/**
 * Peers with no stake attack four validators and a full node over loopback: random consensus
 * frames, votes signed by a key that is no validator's, far-future votes, and proposals whose
 * bodies were swapped under their signed headers. Validators check before they relay, so each
 * attacker is cut off by the node it talks to, nothing it sends travels further, and the honest
 * nodes keep their peers and keep finalizing the same chain.
 */
class AdversarialNetworkIT {
  private static final int ATTACKERS = 8;

  @TempDir Path dir;

  @Test
  void forgedAndTamperedConsensusMessagesNeitherStopNorSplitTheNetworkNorCostHonestPeers() throws Exception {
    try (TestNetwork net = new TestNetwork(dir, 4, 500)) {
      for (int i = 0; i < 4; i++) {
        net.addValidator(i).start();
      }
      Member full = net.addFullNode("full");
      full.start();
      List<Member> all = net.members();
      List<Member> validators = all.subList(0, 4);
      TestNetwork.await("every node connected to the others", Duration.ofSeconds(60),
          () -> all.stream().allMatch(m -> m.node.network().orElseThrow().peerCount() >= 3));
      TestNetwork.await("height 2 everywhere", Duration.ofSeconds(60), () -> all.stream().allMatch(m -> m.height() >= 2));
      Hash genesis = all.get(0).node.chain().chain().headerByNumber(0).orElseThrow().hash();
      SigningDomain domain = new SigningDomain(TestNetwork.CHAIN_ID, genesis);
      Random random = new Random(4447);

      for (int a = 0; a < ATTACKERS; a++) {
        // Each attacker talks to one validator only: what it sends reaches the others only if relayed.
        Member target = validators.get(a % 4);
        try (HostilePeer attacker = new HostilePeer(a, TestNetwork.CHAIN_ID, genesis,
            List.of(target.node.network().orElseThrow().enode()))) {
          TestNetwork.await("attacker " + a + " connected", Duration.ofSeconds(20), () -> attacker.peerCount() >= 1);
          TestNetwork.await("attacker " + a + " heard a proposal", Duration.ofSeconds(20),
              () -> attacker.heard.stream().anyMatch(Proposal.class::isInstance));
          long height = target.height() + 1;
          for (ConsensusMessage heard : attacker.heard) {
            if (heard instanceof Proposal p) {
              attacker.send(swapBody(p));
            }
          }
          for (int k = 0; k < 20; k++) {
            attacker.send(outsiderVote(domain, height, k % 3));
            attacker.send(outsiderVote(domain, height + 1_000, k));
            attacker.send(randomList(random));
          }
          TestNetwork.await("attacker " + a + " cut off", Duration.ofSeconds(20), () -> attacker.peerCount() == 0);
        }
      }

      long after = all.stream().mapToLong(Member::height).max().orElseThrow();
      TestNetwork.await("five more blocks everywhere", Duration.ofSeconds(90),
          () -> all.stream().allMatch(m -> m.height() >= after + 5));
      TestNetwork.assertSameChain(all);
      for (Member v : validators) {
        Set<String> peers = v.node.network().orElseThrow().p2p().peers().stream().map(p -> p.id().toHex())
            .collect(Collectors.toSet());
        for (Member other : all) {
          if (other != v) {
            assertThat(peers).as(v.name + " still connected to " + other.name)
                .contains(other.node.network().orElseThrow().nodeId());
          }
        }
        // One rejected consensus message costs INVALID_DATA: no honest peer was charged for one.
        assertThat(v.node.network().orElseThrow().p2p().peers()).as(v.name + "'s honest peers were not charged")
            .extracting(PeerInfo::score).allMatch(score -> score < Penalties.INVALID_DATA);
      }
    }
  }

  /** The signed header of {@code p} with a body it does not name. */
  private static Proposal swapBody(Proposal p) {
    BlockBody other = new BlockBody(List.of(TestNetwork.transfer(DevAccounts.account(4), 0)));
    return new Proposal(p.height(), p.round(), new Block(p.block().header(), other), p.validRound(), p.proposer(),
        p.signature());
  }

  private static Vote outsiderVote(SigningDomain domain, long height, int round) {
    PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(0xbad_1000L + round));
    Address signer = Secp256k1.get().publicKey(key).address();
    Hash signing = SigningBytes.vote(domain, VoteType.PRECOMMIT, height, round, Optional.empty());
    return new Vote(VoteType.PRECOMMIT, height, round, Optional.empty(), signer, Secp256k1.get().sign(signing, key));
  }

  private static byte[] randomList(Random random) {
    RlpWriter w = new RlpWriter().startList();
    for (int i = 0; i < 3; i++) {
      byte[] item = new byte[1 + random.nextInt(40)];
      random.nextBytes(item);
      w.writeBytes(Bytes.wrap(item));
    }
    return w.endList().toBytes().toArray();
  }
}
