package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.testsupport.MemoryChain;
import org.peerchain.node.validator.Judgement;
import org.peerchain.p2p.identity.PeerId;

/** Gossiped transactions into the pool, and who pays for which: a direct admission executor, no network. */
class NodeP2pHandlerTest {
  private static final PeerId PEER = PeerId.of(Secp256k1.get().keyPair(PrivateKey.fromBigInteger(BigInteger.TEN)).publicKey());

  private final MemoryChain dev = new MemoryChain(0, 1_000);
  private final List<String> charged = new ArrayList<>();
  private final NodeP2pHandler handler = handler(Runnable::run);

  private NodeP2pHandler handler(java.util.concurrent.Executor admission) {
    NodeP2pHandler h = new NodeP2pHandler(new ConsensusValidation(m -> Judgement.ACCEPT, Runnable::run,
        ConsensusValidation.Limits.DEFAULT), dev.pool, admission);
    h.attach((peer, points, why) -> charged.add(points + " " + why), null);
    return h;
  }

  private static Transaction transfer(KeyPair from, long chainId, long nonce) {
    return TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L)).maxFeePerGas(UInt256.valueOf(100_000_000_000L))
        .gasLimit(21_000).to(DevChain.accounts(2).get(1).address()).value(UInt256.ONE).data(Bytes.EMPTY).build(),
        chainId, from.privateKey());
  }

  private static KeyPair funded() {
    return DevChain.accounts(1).get(0);
  }

  private static KeyPair penniless(int i) {
    return Secp256k1.get().keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(0xdead_0000L + i)));
  }

  @Test
  void validTransactionsEnterThePoolAndKnownOnesCostNothing() {
    Transaction tx = transfer(funded(), MemoryChain.CHAIN_ID, 0);
    handler.onTransactions(PEER, List.of(tx));
    handler.onTransactions(PEER, List.of(tx));
    assertThat(dev.pool.get(tx.hash())).isPresent();
    assertThat(charged).isEmpty();
  }

  @Test
  void aTransactionInvalidByItsSendersFaultCostsThePeer() {
    handler.onTransactions(PEER, List.of(transfer(funded(), MemoryChain.CHAIN_ID + 1, 0)));
    assertThat(charged).singleElement().asString().startsWith(NodeP2pHandler.INVALID_TX_PENALTY + " invalid transaction");
  }

  @Test
  void aBatchOnlyOfSendersThatCannotPayCostsThePeerOnceButOneAmongValidOnesDoesNot() {
    handler.onTransactions(PEER, List.of(transfer(funded(), MemoryChain.CHAIN_ID, 0),
        transfer(penniless(1), MemoryChain.CHAIN_ID, 0)));
    assertThat(charged).isEmpty();
    handler.onTransactions(PEER, List.of(transfer(penniless(2), MemoryChain.CHAIN_ID, 0),
        transfer(penniless(3), MemoryChain.CHAIN_ID, 0), transfer(penniless(4), MemoryChain.CHAIN_ID, 0)));
    assertThat(charged).containsExactly(NodeP2pHandler.UNFUNDED_BATCH_PENALTY
        + " 3 transactions from senders that cannot pay");
  }

  @Test
  void aPeerWhoseBatchesWaitLosesItsNewOnesAndOthersStillGetIn() {
    Queue<Runnable> waiting = new ArrayDeque<>();
    NodeP2pHandler slow = handler(waiting::add);
    for (int i = 0; i < NodeP2pHandler.BATCHES_PER_PEER + 5; i++) {
      slow.onTransactions(PEER, List.of(transfer(funded(), MemoryChain.CHAIN_ID, i)));
    }
    assertThat(waiting).hasSize(NodeP2pHandler.BATCHES_PER_PEER);
    PeerId other = PeerId.of(Secp256k1.get().keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(11))).publicKey());
    slow.onTransactions(other, List.of(transfer(DevChain.accounts(2).get(1), MemoryChain.CHAIN_ID, 0)));
    assertThat(waiting).hasSize(NodeP2pHandler.BATCHES_PER_PEER + 1);
    waiting.forEach(Runnable::run);
    assertThat(dev.pool.status().pending() + dev.pool.status().queued()).isEqualTo(NodeP2pHandler.BATCHES_PER_PEER + 1);
    assertThat(charged).isEmpty();
  }

  @Test
  void whenAdmissionIsBusyTheBatchIsDroppedAndNobodyPays() {
    NodeP2pHandler busy = handler(task -> {
      throw new RejectedExecutionException("full");
    });
    Transaction tx = transfer(funded(), MemoryChain.CHAIN_ID, 0);
    busy.onTransactions(PEER, List.of(tx));
    assertThat(dev.pool.get(tx.hash())).isEmpty();
    assertThat(charged).isEmpty();
  }
}
