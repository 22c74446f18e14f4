package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.schema.Schema.TRIE_NODES;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.chain.BlockRejectedException.Reason;
import org.peerchain.storage.chain.ChainBuilder.NextBlock;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.state.StateCommit;

/** What every chain store must do, whichever key-value store is underneath. */
abstract class ChainStoreContract {
  @TempDir
  private Path dir;
  protected KeyValueStore kv;
  protected ChainStore store;
  protected ChainBuilder builder;
  protected final ChainBuilder.Genesis genesis = ChainBuilder.genesis();

  protected abstract KeyValueStore open(Path dir);

  protected Path dir() {
    return dir;
  }

  @BeforeEach
  void initialize() {
    kv = open(dir);
    builder = new ChainBuilder(42, kv);
    store = ChainStore.initialize(kv, genesis.block(), genesis.state());
  }

  @AfterEach
  void closeStore() {
    kv.close();
  }

  protected NextBlock commitNext(int txCount) {
    NextBlock next = builder.next(store.head(), txCount);
    store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
    return next;
  }

  @Test
  void initializationMakesGenesisTheHead() {
    Block g = genesis.block();
    assertThat(store.head()).isEqualTo(new ChainHead(0, g.hash(), g.header().stateRoot()));
    assertThat(store.block(g.hash())).contains(g);
    assertThat(store.blockByNumber(0)).contains(g);
    assertThat(store.receipts(g.hash())).contains(List.of());
    assertThat(store.certificate(g.hash())).isEmpty();
    assertThat(builder.state().isAvailable(g.header().stateRoot())).isTrue();
    assertThat(builder.state().read(g.header().stateRoot(), TrieState.HEIGHT_KEY)).contains(ChainBuilder.height(0));
    assertThat(ChainStore.isInitialized(kv)).isTrue();
  }

  @Test
  void committedBlocksReadBackWhole() {
    List<NextBlock> committed = new ArrayList<>();
    for (int txs : new int[] {0, 1, 3, 5, 2}) {
      committed.add(commitNext(txs));
    }
    for (NextBlock c : committed) {
      Block b = c.block();
      assertThat(store.header(b.hash())).contains(b.header());
      assertThat(store.body(b.hash())).contains(b.body());
      assertThat(store.block(b.hash())).contains(b);
      assertThat(store.blockHashByNumber(b.number())).contains(b.hash());
      assertThat(store.headerByNumber(b.number())).contains(b.header());
      assertThat(store.blockByNumber(b.number())).contains(b);
      assertThat(store.certificate(b.hash())).contains(c.certificate());
      assertThat(store.receipts(b.hash())).contains(c.receipts());
      for (int i = 0; i < b.transactions().size(); i++) {
        Transaction tx = b.transactions().get(i);
        assertThat(store.txLocation(tx.hash())).contains(new TxLocation(b.hash(), b.number(), i));
        assertThat(store.transaction(tx.hash())).contains(tx);
        assertThat(store.receipt(tx.hash())).contains(c.receipts().get(i));
      }
      assertThat(builder.state().read(b.header().stateRoot(), TrieState.HEIGHT_KEY))
          .contains(ChainBuilder.height(b.number()));
    }
    Block last = committed.get(committed.size() - 1).block();
    assertThat(store.head()).isEqualTo(new ChainHead(5, last.hash(), last.header().stateRoot()));
    assertThat(store.blockHashByNumber(6)).isEmpty();
    assertThat(store.blockHashByNumber(-1)).isEmpty();
    assertThat(store.transaction(Hash.ZERO)).isEmpty();
    assertThat(store.receipt(Hash.ZERO)).isEmpty();
  }

  @Test
  void theLastBlocksCommittedAreAnsweredWithTheCommittedObjectsAndFromDiskAfterAReopen() {
    NextBlock next = commitNext(3);
    Block b = next.block();
    Transaction tx = b.transactions().get(1);

    assertThat(store.block(b.hash()).orElseThrow()).as("no body decoded").isSameAs(b);
    assertThat(store.blockByNumber(b.number()).orElseThrow()).isSameAs(b);
    assertThat(store.transaction(tx.hash()).orElseThrow()).as("its sender already recovered").isSameAs(tx);
    assertThat(store.receipt(tx.hash())).contains(next.receipts().get(1));
    ChainStore reopened = ChainStore.open(kv, genesis.block().hash(), r -> true);
    assertThat(reopened.block(b.hash()).orElseThrow()).isEqualTo(b).isNotSameAs(b);
    assertThat(reopened.transaction(tx.hash())).contains(tx);
  }

  @Test
  void signerRowsGoInTheBlocksBatch() {
    NextBlock next = builder.next(store.head(), 1);
    store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state(),
        java.util.Map.of("local-signer", Bytes.of(7)));

    assertThat(store.signerState("local-signer")).contains(Bytes.of(7));
    assertThat(ChainStore.open(kv, genesis.block().hash(), r -> true).signerState("local-signer")).contains(Bytes.of(7));
  }

  @Test
  void aBlockTakenBackIsNotAnsweredFromTheRecentBlocksAndItsHeightsNewBlockIs() {
    NextBlock first = commitNext(1);
    NextBlock second = commitNext(2);
    store.rewindTo(1, rootOnly(first.block().header().stateRoot()));

    NextBlock replacement = commitNext(1);

    assertThat(store.block(second.block().hash())).isEmpty();
    assertThat(store.transaction(second.block().transactions().get(0).hash())).isEmpty();
    assertThat(store.receipts(second.block().hash())).isEmpty();
    assertThat(store.blockByNumber(2).orElseThrow()).isSameAs(replacement.block());
  }

  /** The state side of a rewind in these tests: the target's root, no rows (the chain's own rows are the point). */
  private static StateCommit rootOnly(Hash root) {
    return new StateCommit() {
      @Override
      public Hash stateRoot() {
        return root;
      }

      @Override
      public void writeTo(WriteBatch batch) {}
    };
  }

  @Test
  void rewindToRemovesTheBlocksAboveAndTheSignerRecordsAndTheChainGoesOnFromThere() {
    NextBlock first = commitNext(2);
    NextBlock second = commitNext(3);
    NextBlock third = commitNext(1);
    store.putSignerState("local-signer", Bytes.of(1, 2));
    Hash root = first.block().header().stateRoot();

    ChainHead head = store.rewindTo(1, rootOnly(root));

    assertThat(head).isEqualTo(new ChainHead(1, first.block().hash(), root));
    assertThat(store.head()).isEqualTo(head);
    assertThat(store.block(first.block().hash())).contains(first.block());
    for (NextBlock gone : List.of(second, third)) {
      Block b = gone.block();
      assertThat(store.block(b.hash())).isEmpty();
      assertThat(store.certificate(b.hash())).isEmpty();
      assertThat(store.receipts(b.hash())).isEmpty();
      assertThat(store.blockHashByNumber(b.number())).isEmpty();
      for (Transaction tx : b.transactions()) {
        assertThat(store.txLocation(tx.hash())).isEmpty();
        assertThat(store.addressHistoryAfter(tx.sender().orElseThrow(), 0, 100)).allMatch(entry -> entry.blockNumber() <= 1);
      }
    }
    assertThat(store.transaction(first.block().transactions().get(0).hash())).isPresent();
    assertThat(store.signerState("local-signer")).isEmpty();
    assertThat(ChainStore.open(kv, genesis.block().hash(), r -> true).head()).isEqualTo(head);

    NextBlock again = commitNext(1);
    assertThat(again.block().number()).isEqualTo(2);
    assertThat(store.head().hash()).isEqualTo(again.block().hash());
  }

  @Test
  void rewindToRefusesAnotherBlocksStateAndANumberAboveTheHead() {
    NextBlock first = commitNext(1);
    NextBlock second = commitNext(1);
    assertThatThrownBy(() -> store.rewindTo(1, rootOnly(second.block().header().stateRoot())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.rewindTo(3, rootOnly(first.block().header().stateRoot())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.head().hash()).isEqualTo(second.block().hash());
    assertThat(store.block(second.block().hash())).isPresent();
  }

  @Test
  void aSnapshotKeepsItsHeadWhileBlocksAreCommitted() {
    NextBlock first = commitNext(2);
    try (ChainSnapshot snapshot = store.snapshot()) {
      NextBlock second = commitNext(2);
      assertThat(snapshot.head().hash()).isEqualTo(first.block().hash());
      assertThat(snapshot.block(second.block().hash())).isEmpty();
      assertThat(snapshot.blockHashByNumber(2)).isEmpty();
      assertThat(snapshot.transaction(second.block().transactions().get(0).hash())).isEmpty();
      assertThat(snapshot.receipts(first.block().hash())).contains(first.receipts());
      assertThat(store.head().hash()).isEqualTo(second.block().hash());
    }
  }

  @Test
  void aBlockThatDoesNotFollowTheHeadIsRejected() {
    NextBlock next = builder.next(store.head(), 2);
    assertRejected(withHeader(next, h -> h.number(2)), Reason.NOT_NEXT_NUMBER,
        "block 2 does not follow the head, block 0");
    assertRejected(withHeader(next, h -> h.number(0)), Reason.NOT_NEXT_NUMBER,
        "block 0 does not follow the head, block 0");
    assertRejected(withHeader(next, h -> h.parentHash(Hash.ZERO)), Reason.WRONG_PARENT,
        "block 1 has parent " + Hash.ZERO + ", but the head is " + genesis.block().hash());
  }

  @Test
  void aBlockWhoseStateRootIsNotItsStatesIsRejected() {
    NextBlock next = builder.next(store.head(), 2);
    Hash other = genesis.block().header().stateRoot();
    assertRejected(withHeader(next, h -> h.stateRoot(other)), Reason.STATE_ROOT_MISMATCH,
        "block 1 declares state root " + other + ", but its state changes lead to " + next.state().stateRoot());
  }

  @Test
  void aBlockWithTooFewOrTooManyReceiptsIsRejected() {
    NextBlock next = builder.next(store.head(), 3);
    List<Receipt> more = new ArrayList<>(next.receipts());
    more.add(next.receipts().get(0));
    assertRejected(new NextBlock(next.block(), next.certificate(), more, next.state()),
        Reason.RECEIPT_COUNT_MISMATCH, "block 1 has 3 transactions but 4 receipts");
    assertRejected(new NextBlock(next.block(), next.certificate(), next.receipts().subList(0, 2), next.state()),
        Reason.RECEIPT_COUNT_MISMATCH, "block 1 has 3 transactions but 2 receipts");
  }

  @Test
  void aCertificateForAnotherBlockIsRejected() {
    NextBlock next = builder.next(store.head(), 1);
    Block other = withHeader(next, h -> h.timestamp(1)).block();
    assertRejected(new NextBlock(next.block(), ChainBuilder.certificate(other), next.receipts(), next.state()),
        Reason.CERTIFICATE_MISMATCH, "the certificate is for block 1 " + other.hash() + ", not for block 1 "
            + next.block().hash());
  }

  @Test
  void aFailureWhileWritingTheBatchLeavesNothingBehind() {
    NextBlock next = builder.next(store.head(), 2);
    StateCommit failing = new StateCommit() {
      @Override
      public Hash stateRoot() {
        return next.state().stateRoot();
      }

      @Override
      public void writeTo(WriteBatch batch) {
        next.state().writeTo(batch);
        throw new IllegalStateException("disk on fire");
      }
    };
    ChainHead before = store.head();
    assertThatThrownBy(() -> store.commitBlock(next.block(), next.certificate(), next.receipts(), failing))
        .hasMessage("disk on fire");
    assertNothingWritten(before, next);
    store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
    assertThat(store.head().number()).isEqualTo(1);
  }

  @Test
  void signerStateIsStoredUnderItsKey() {
    assertThat(store.signerState("last_signed")).isEmpty();
    store.putSignerState("last_signed", Bytes.of(1, 2));
    store.putSignerState("last_signed", Bytes.of(3));
    store.putSignerState("lock", Bytes.of(4));
    assertThat(store.signerState("last_signed")).contains(Bytes.of(3));
    assertThat(store.signerState("lock")).contains(Bytes.of(4));
  }

  private void assertRejected(NextBlock bad, Reason reason, String message) {
    ChainHead before = store.head();
    assertThatThrownBy(() -> store.commitBlock(bad.block(), bad.certificate(), bad.receipts(), bad.state()))
        .isInstanceOfSatisfying(BlockRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessage(message);
    assertNothingWritten(before, bad);
  }

  private void assertNothingWritten(ChainHead before, NextBlock attempted) {
    assertThat(store.head()).isEqualTo(before);
    try (ChainSnapshot snapshot = store.snapshot()) {
      assertThat(snapshot.head()).isEqualTo(before);
      assertThat(snapshot.header(attempted.block().hash())).isEmpty();
      assertThat(snapshot.blockHashByNumber(before.number() + 1)).isEmpty();
      for (Transaction tx : attempted.block().transactions()) {
        assertThat(snapshot.txLocation(tx.hash())).isEmpty();
      }
    }
    assertThat(kv.contains(TRIE_NODES, attempted.state().stateRoot())).isFalse();
  }

  /** The block with a changed header, re-certified (where a certificate can be) so only the change is wrong. */
  private static NextBlock withHeader(NextBlock next, UnaryOperator<BlockHeader.Builder> change) {
    Block block = new Block(change.apply(next.block().header().toBuilder()).build(), next.block().body());
    return new NextBlock(block, block.number() < 1 ? next.certificate() : ChainBuilder.certificate(block),
        next.receipts(), next.state());
  }
}
