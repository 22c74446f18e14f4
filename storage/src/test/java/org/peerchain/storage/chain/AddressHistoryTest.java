package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.schema.Schema.ADDRESS_HISTORY;
import static org.peerchain.storage.schema.Schema.METADATA;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvEntry;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;

/** The address index against a model computed from the committed blocks, on both stores. */
class AddressHistoryTest {
  private static final List<KeyPair> SENDERS = List.of(key(11), key(12), key(13));
  // Edges of the key space: the lowest and highest addresses sit beside other addresses' rows.
  private static final Address LOWEST = Address.wrap(Bytes.wrap(new byte[Address.SIZE]));
  private static final Address HIGHEST = Address.fromHexString("0x" + "ff".repeat(Address.SIZE));
  private static final List<Address> RECIPIENTS = List.of(SENDERS.get(0).address(), SENDERS.get(1).address(),
      LOWEST, HIGHEST, Address.fromHexString("0x" + "00".repeat(19) + "01"));

  @TempDir
  Path dir;
  private KeyValueStore kv;
  private ChainStore store;
  private ChainBuilder builder;
  private final ChainBuilder.Genesis genesis = ChainBuilder.genesis();
  private final Random random = new Random(5);
  private final long[] nonces = new long[SENDERS.size()];
  // The model: every address's entries in block order.
  private final Map<Address, List<AddressTx>> model = new HashMap<>();

  @AfterEach
  void close() {
    if (kv != null) {
      kv.close();
    }
  }

  private void start(StoreKind kind) {
    kv = kind.open(dir);
    builder = new ChainBuilder(7, kv);
    store = ChainStore.initialize(kv, genesis.block(), genesis.state());
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void answersEveryAddressAsTheModelDoes(StoreKind kind) {
    start(kind);
    commitRandomBlocks(40);
    for (Address address : addresses()) {
      List<AddressTx> oldestFirst = model.getOrDefault(address, List.of());
      assertThat(store.addressHistoryAfter(address, -1, 10_000)).as("%s after", address).isEqualTo(oldestFirst);
      assertThat(store.addressHistoryBefore(address, Long.MAX_VALUE, 10_000)).as("%s before", address)
          .isEqualTo(reversed(oldestFirst));
      assertThat(store.addressHistoryBefore(address, store.head().number() + 1, 10_000))
          .isEqualTo(reversed(oldestFirst));
      for (long block = 0; block <= store.head().number() + 1; block++) {
        long b = block;
        assertThat(store.addressHistoryBefore(address, b, 3)).as("%s before %d", address, b)
            .isEqualTo(reversed(oldestFirst).stream().filter(e -> e.blockNumber() < b).limit(3).toList());
        assertThat(store.addressHistoryAfter(address, b, 3)).as("%s after %d", address, b)
            .isEqualTo(oldestFirst.stream().filter(e -> e.blockNumber() > b).limit(3).toList());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void boundsAreExclusiveAndLimitsHold(StoreKind kind) {
    start(kind);
    commitRandomBlocks(10);
    Address busy = SENDERS.get(0).address();
    List<AddressTx> all = model.get(busy);
    assertThat(all).hasSizeGreaterThan(4);
    long first = all.get(0).blockNumber();
    assertThat(store.addressHistoryBefore(busy, first, 100)).isEmpty();
    assertThat(store.addressHistoryAfter(busy, store.head().number(), 100)).isEmpty();
    assertThat(store.addressHistoryAfter(busy, Long.MAX_VALUE, 100)).isEmpty();
    assertThat(store.addressHistoryBefore(busy, 0, 100)).isEmpty();
    assertThat(store.addressHistoryBefore(busy, -5, 100)).isEmpty();
    assertThat(store.addressHistoryAfter(busy, Long.MIN_VALUE, 100)).isEqualTo(all);
    assertThat(store.addressHistoryAfter(busy, -1, 0)).isEmpty();
    assertThat(store.addressHistoryAfter(busy, -1, 2)).isEqualTo(all.subList(0, 2));
    assertThatThrownBy(() -> store.addressHistoryAfter(busy, -1, -1)).isInstanceOf(IllegalArgumentException.class);
    Address stranger = Address.fromHexString("0x" + "42".repeat(Address.SIZE));
    assertThat(store.addressHistoryBefore(stranger, Long.MAX_VALUE, 100)).isEmpty();
  }

  @Test
  void aSelfTransferIsOneEntry() {
    start(StoreKind.IN_MEMORY);
    KeyPair sender = SENDERS.get(2);
    Transaction self = transfer(2, sender.address());
    ChainBuilder.NextBlock next = builder.next(store.head(), List.of(self));
    store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
    assertThat(store.addressHistoryAfter(sender.address(), -1, 10)).containsExactly(new AddressTx(1, 0, self.hash()));
  }

  @Test
  void theIndexSurvivesARestartAndGrowsAfterIt() {
    start(StoreKind.ROCKSDB);
    commitRandomBlocks(12);
    reopen();
    commitRandomBlocks(5);
    for (Address address : addresses()) {
      assertThat(store.addressHistoryAfter(address, -1, 10_000)).isEqualTo(model.getOrDefault(address, List.of()));
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aStoreFromBeforeTheIndexIsBackFilledWhenOpened(StoreKind kind) {
    start(kind);
    commitRandomBlocks(15);
    forgetTheIndex();
    assertThat(store.addressHistoryAfter(SENDERS.get(0).address(), -1, 10_000)).isEmpty();

    if (kind == StoreKind.ROCKSDB) {
      reopen();
    } else {
      store = ChainStore.open(kv, genesis.block().hash(), builder.state()::isAvailable);
    }

    assertThat(kv.contains(METADATA, MetadataKeys.ADDRESS_HISTORY_COMPLETE)).isTrue();
    for (Address address : addresses()) {
      assertThat(store.addressHistoryAfter(address, -1, 10_000)).isEqualTo(model.getOrDefault(address, List.of()));
    }
    // Once complete, opening again writes nothing.
    assertThat(AddressHistoryBackfill.run(kv)).isZero();
  }

  @Test
  void deletingABlocksRowsLeavesTheOtherBlocks() {
    start(StoreKind.IN_MEMORY);
    commitRandomBlocks(6);
    while (store.blockByNumber(store.head().number()).orElseThrow().transactions().isEmpty()) {
      commitRandomBlocks(1);
    }
    org.peerchain.core.block.Block last = store.blockByNumber(store.head().number()).orElseThrow();
    try (WriteBatch batch = kv.newBatch()) {
      AddressHistoryRows.delete(batch, last.number(), last.transactions());
      batch.commit();
    }
    for (Address address : addresses()) {
      assertThat(store.addressHistoryAfter(address, -1, 10_000)).isEqualTo(model.getOrDefault(address, List.of())
          .stream().filter(e -> e.blockNumber() != last.number()).toList());
    }
  }

  @Test
  void aNewStoreIsCompleteFromGenesis() {
    start(StoreKind.IN_MEMORY);
    assertThat(kv.contains(METADATA, MetadataKeys.ADDRESS_HISTORY_COMPLETE)).isTrue();
    assertThat(AddressHistoryBackfill.run(kv)).isZero();
  }

  @Test
  void keysRoundTripAndSortByAddressThenBlockThenIndex() {
    AddressHistoryKey a = new AddressHistoryKey(LOWEST, 1, 70_000);
    AddressHistoryKey b = new AddressHistoryKey(LOWEST, 2, 0);
    AddressHistoryKey c = new AddressHistoryKey(RECIPIENTS.get(4), 0, 0);
    assertThat(AddressHistoryKey.decode(a.encode())).isEqualTo(a);
    assertThat(a.encode().compareTo(b.encode())).isNegative();
    assertThat(b.encode().compareTo(c.encode())).isNegative();
    assertThatThrownBy(() -> AddressHistoryKey.decode(Bytes.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
  }

  private void reopen() {
    kv.close();
    kv = StoreKind.ROCKSDB.open(dir);
    builder = new ChainBuilder(8, kv);
    store = ChainStore.open(kv, genesis.block().hash(), builder.state()::isAvailable);
  }

  /** Makes the store look like one written before the index existed. */
  private void forgetTheIndex() {
    try (WriteBatch batch = kv.newBatch(); KvIterator<Bytes, ?> rows = kv.iterate(ADDRESS_HISTORY)) {
      while (rows.hasNext()) {
        KvEntry<Bytes, ?> row = rows.next();
        batch.delete(ADDRESS_HISTORY, row.key());
      }
      batch.delete(METADATA, MetadataKeys.ADDRESS_HISTORY_COMPLETE);
      batch.commit();
    }
  }

  private void commitRandomBlocks(int count) {
    for (int n = 0; n < count; n++) {
      List<Transaction> txs = new ArrayList<>();
      int size = random.nextInt(6);
      for (int i = 0; i < size; i++) {
        txs.add(transfer(random.nextInt(SENDERS.size()), RECIPIENTS.get(random.nextInt(RECIPIENTS.size()))));
      }
      ChainBuilder.NextBlock next = builder.next(store.head(), txs);
      store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
      for (int i = 0; i < txs.size(); i++) {
        Transaction tx = txs.get(i);
        AddressTx entry = new AddressTx(next.block().number(), i, tx.hash());
        Set<Address> touched = new LinkedHashSet<>(List.of(tx.sender().orElseThrow(), tx.to().orElseThrow()));
        touched.forEach(a -> model.computeIfAbsent(a, x -> new ArrayList<>()).add(entry));
      }
    }
  }

  private Transaction transfer(int sender, Address to) {
    return TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonces[sender]++)
        .maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(10)).gasLimit(21_000).to(to)
        .value(UInt256.valueOf(random.nextInt(1000) + 1)).build(), 1337, SENDERS.get(sender).privateKey());
  }

  private static List<Address> addresses() {
    Set<Address> all = new LinkedHashSet<>(RECIPIENTS);
    SENDERS.forEach(k -> all.add(k.address()));
    all.add(Address.fromHexString("0x" + "42".repeat(Address.SIZE)));
    return new ArrayList<>(all);
  }

  private static List<AddressTx> reversed(List<AddressTx> entries) {
    return entries.stream().sorted(Comparator.comparingLong(AddressTx::blockNumber)
        .thenComparingInt(AddressTx::txIndex).reversed()).toList();
  }

  private static KeyPair key(long secret) {
    return Secp256k1.get().keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(secret)));
  }
}
