package org.peerchain.node.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.execution.BlockRoots;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.dev.DevChain;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.BlockWithCertificate;

/**
 * Sync against scripted peers: answers are completed by the test, time is a number, and the test
 * plays consensus (a handed block is committed when the test says so).
 */
class BlockSyncTest {
  private static final long CHAIN_ID = 1337;
  /** Sync verifies certificates in the domain it is given; this test signs in the same one. */
  private static final SigningDomain DOMAIN = new SigningDomain(CHAIN_ID, Hash.fromHexString("0x" + "11".repeat(32)));
  private final Genesis genesis = DevChain.genesis(CHAIN_ID, DevChain.accounts(1), DevChain.ethToWei(BigInteger.TEN), 0,
      10_000, 1_700_000_000L);
  private final KeyPair validator = DevChain.validatorKey();
  private final ValidatorSet validators = ValidatorSet.of(genesis.validators());
  private final PeerId alice = PeerId.of(DevChain.accounts(2).get(0).publicKey());
  private final PeerId bob = PeerId.of(DevChain.accounts(2).get(1).publicKey());
  private final FakePeers peers = new FakePeers();
  private final AtomicLong head = new AtomicLong();
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private final List<BlockWithCertificate> handed = new ArrayList<>();
  private final BlockSync sync = new BlockSync(peers, head::get, handed::add, validators, ChainRules.of(genesis),
      DOMAIN, CertificateVerifier.secp256k1(), clock::get);
  private final List<BlockWithCertificate> chain = List.of(certified(1), certified(2), certified(3));

  /** One outstanding block request. */
  private record Request(PeerId peer, long from, int count, CompletableFuture<List<BlockWithCertificate>> answer) {}

  private static final class FakePeers implements SyncPeers {
    final Map<PeerId, Long> heads = new HashMap<>();
    final Map<PeerId, Long> earliest = new HashMap<>();
    final List<Request> requests = new ArrayList<>();
    final List<String> penalties = new ArrayList<>();

    @Override
    public Map<PeerId, Long> heads() {
      return Map.copyOf(heads);
    }

    @Override
    public Map<PeerId, Long> earliest() {
      return Map.copyOf(earliest);
    }

    @Override
    public CompletableFuture<List<BlockWithCertificate>> requestBlocks(PeerId peer, long from, int count) {
      Request r = new Request(peer, from, count, new CompletableFuture<>());
      requests.add(r);
      return r.answer();
    }

    @Override
    public void penalize(PeerId peer, int points, String why) {
      penalties.add(peer.shortId() + " " + points + " " + why);
    }

    Request only() {
      assertThat(requests).hasSize(1);
      return requests.remove(0);
    }
  }

  private BlockWithCertificate certified(long number) {
    List<Transaction> txs = List.of(transfer(number));
    BlockHeader header = BlockHeader.builder().number(number).coinbase(validator.address()).timestamp(number)
        .gasLimit(30_000_000).baseFeePerGas(UInt256.valueOf(1_000_000_000L))
        .transactionsRoot(BlockRoots.transactionsRoot(txs)).build();
    Block block = new Block(header, new BlockBody(txs));
    Hash signed = SigningBytes.vote(DOMAIN, VoteType.PRECOMMIT, number, 0, Optional.of(block.hash()));
    CommitSignature sig = new CommitSignature(validator.address(), Secp256k1.get().sign(signed, validator.privateKey()));
    return new BlockWithCertificate(block, new CommitCertificate(number, 0, block.hash(), List.of(sig)));
  }

  private static Transaction transfer(long nonce) {
    UnsignedTransaction tx = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(2_000_000_000L)).gasLimit(21_000)
        .to(Address.fromHexString("0x00000000000000000000000000000000000000aa")).value(UInt256.ONE).build();
    return TransactionSigner.sign(tx, CHAIN_ID, PrivateKey.fromBigInteger(BigInteger.valueOf(0xA11CE)));
  }

  /** The real header and certificate with a body swapped in: every signature still checks out. */
  private static BlockWithCertificate tampered(BlockWithCertificate real) {
    Block altered = new Block(real.block().header(), new BlockBody(List.of(transfer(99))));
    return new BlockWithCertificate(altered, real.certificate());
  }

  /** Plays consensus: commits the handed blocks that follow the head, in order. */
  private void commitHanded() {
    for (BlockWithCertificate b : handed) {
      if (b.block().number() == head.get() + 1) {
        head.incrementAndGet();
      }
    }
    handed.clear();
    sync.onHeadAdvanced();
  }

  @Test
  void aPeerThatJoinedBySnapSyncIsAskedOnlyForBlocksFromItsEarliest() {
    peers.heads.put(alice, 3L);
    peers.earliest.put(alice, 2L);
    sync.tick();
    assertThat(peers.requests).isEmpty();

    peers.heads.put(bob, 3L);
    sync.tick();
    Request first = peers.only();
    assertThat(first.peer()).isEqualTo(bob);
    assertThat(first.from()).isEqualTo(1);
    first.answer().complete(List.of(chain.get(0)));
    commitHanded();

    // From block 2 on, the peer that holds blocks from 2 is a source again.
    peers.heads.remove(bob);
    sync.onPeerGone(bob);
    sync.tick();
    Request second = peers.only();
    assertThat(second.peer()).isEqualTo(alice);
    assertThat(second.from()).isEqualTo(2);
    assertThat(peers.penalties).isEmpty();
  }

  @Test
  void aTamperedBodyCostsThePeerAndTheBlockComesFromAnotherPeer() {
    peers.heads.put(alice, 3L);
    peers.heads.put(bob, 3L);
    sync.tick();
    Request first = peers.only();
    PeerId liar = first.peer();
    PeerId honest = liar.equals(alice) ? bob : alice;
    first.answer().complete(List.of(chain.get(0), tampered(chain.get(1)), chain.get(2)));

    // The good prefix is kept and handed on; the rest is not.
    assertThat(handed).containsExactly(chain.get(0));
    assertThat(peers.penalties).singleElement().satisfies(p -> assertThat(p)
        .startsWith(liar.shortId() + " " + BlockSync.BAD_BLOCK_PENALTY)
        .contains("#2").contains("transactions root does not match"));
    commitHanded();

    sync.tick();
    Request again = peers.only();
    assertThat(again.peer()).isEqualTo(honest);
    assertThat(again.from()).isEqualTo(2);
    again.answer().complete(List.of(chain.get(1), chain.get(2)));
    assertThat(handed).containsExactly(chain.get(1), chain.get(2));
    commitHanded();
    assertThat(head.get()).isEqualTo(3);
    assertThat(peers.penalties).hasSize(1);
  }

  @Test
  void aBlockThatFailsToCommitIsFetchedAgainFromAnotherPeer() {
    peers.heads.put(alice, 3L);
    sync.tick();
    peers.only().answer().complete(chain);
    assertThat(handed).containsExactlyElementsOf(chain);
    // Consensus commits #1; #2 does not commit here, so #3 cannot follow.
    head.set(1);
    handed.clear();
    sync.onCommitFailed(2, chain.get(1).block().hash(), "state root does not match execution");

    // Alice served it: she is not asked for #2 again while another peer can be.
    peers.heads.put(bob, 3L);
    sync.tick();
    Request again = peers.only();
    assertThat(again.peer()).isEqualTo(bob);
    assertThat(again.from()).isEqualTo(2);
    assertThat(again.count()).isEqualTo(1);
    again.answer().complete(List.of(chain.get(1)));
    // Handed again from #2, and #3 (still held) follows it.
    assertThat(handed).containsExactly(chain.get(1), chain.get(2));
    commitHanded();
    assertThat(head.get()).isEqualTo(3);
    assertThat(peers.penalties).isEmpty(); // a failed commit proves nothing against the peer
  }

  @Test
  void theOnlyPeerThatServedAFailingBlockIsAskedAgainOnlyAfterAWhile() {
    peers.heads.put(alice, 3L);
    sync.tick();
    peers.only().answer().complete(chain);
    head.set(1);
    handed.clear();
    sync.onCommitFailed(2, chain.get(1).block().hash(), "does not execute");

    sync.tick();
    assertThat(peers.requests).isEmpty();
    clock.addAndGet(BlockSync.AVOID_MS + 1);
    sync.tick();
    assertThat(peers.only()).satisfies(r -> {
      assertThat(r.peer()).isEqualTo(alice);
      assertThat(r.from()).isEqualTo(2);
    });
  }

  @Test
  void aFailureReportForABlockSyncDidNotHandOverChangesNothing() {
    peers.heads.put(alice, 3L);
    sync.tick();
    peers.only().answer().complete(chain);
    handed.clear();
    sync.onCommitFailed(2, Hash.ZERO, "someone else's block");
    sync.tick();
    assertThat(peers.requests).isEmpty();
  }

  @Test
  void aBadCertificateCostsThePeerAndTheRangeGoesElsewhere() {
    peers.heads.put(alice, 3L);
    peers.heads.put(bob, 3L);
    sync.tick();
    Request first = peers.only();
    BlockWithCertificate forged = new BlockWithCertificate(chain.get(0).block(), chain.get(1).certificate());
    first.answer().complete(List.of(forged, chain.get(1)));
    assertThat(handed).isEmpty();
    assertThat(peers.penalties).hasSize(1);
    sync.tick();
    assertThat(peers.only().peer()).isNotEqualTo(first.peer());
  }
}
