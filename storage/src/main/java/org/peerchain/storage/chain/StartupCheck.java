package org.peerchain.storage.chain;

import static org.peerchain.storage.chain.ChainStoreException.Reason.ANOTHER_CHAIN;
import static org.peerchain.storage.chain.ChainStoreException.Reason.CORRUPT_HEAD;
import static org.peerchain.storage.chain.ChainStoreException.Reason.NOT_INITIALIZED;
import static org.peerchain.storage.chain.ChainStoreException.Reason.SCHEMA_VERSION_MISMATCH;
import static org.peerchain.storage.chain.ChainStoreException.Reason.STATE_MISSING;
import static org.peerchain.storage.schema.Schema.CANONICAL;
import static org.peerchain.storage.schema.Schema.METADATA;
import static org.peerchain.storage.schema.Schema.RECEIPTS;

import java.util.Optional;
import java.util.function.Predicate;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvEntry;
import org.peerchain.storage.kv.Snapshot;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;

/**
 * Refuses to run on a data directory this node must not use: another layout version, another
 * chain, or a head whose block or state is not all there. Reads one snapshot, so the checks agree.
 */
final class StartupCheck {
  private final Snapshot snapshot;
  private final KvChainView view;

  private StartupCheck(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.view = new KvChainView(snapshot);
  }

  static ChainHead verify(KeyValueStore kv, Hash expectedGenesis, Predicate<Hash> stateRootAvailable) {
    try (Snapshot snapshot = kv.snapshot()) {
      StartupCheck check = new StartupCheck(snapshot);
      check.schemaVersion();
      check.genesis(expectedGenesis);
      ChainHead head = check.head();
      if (!stateRootAvailable.test(head.stateRoot())) {
        throw new ChainStoreException(STATE_MISSING, "the world state of head block " + head.number()
            + " (state root " + head.stateRoot() + ") is missing from the data directory");
      }
      return head;
    }
  }

  private void schemaVersion() {
    Optional<Bytes> stored = snapshot.get(METADATA, MetadataKeys.SCHEMA_VERSION);
    if (stored.isEmpty()) {
      throw new ChainStoreException(NOT_INITIALIZED, ChainStoreInitializer.isInitialized(snapshot)
          ? "data directory has a chain but no schema version; it was not written by peerchain"
          : "data directory holds no chain; initialize it with a genesis block first");
    }
    int version = SchemaVersion.decode(stored.get());
    if (version != Schema.VERSION) {
      throw new ChainStoreException(SCHEMA_VERSION_MISMATCH, "data directory has schema version " + version
          + ", but this peerchain reads schema version " + Schema.VERSION);
    }
  }

  private void genesis(Hash expected) {
    Hash stored = snapshot.get(METADATA, MetadataKeys.GENESIS_HASH)
        .filter(b -> b.size() == Hash.SIZE).map(Hash::wrap)
        .orElseThrow(() -> corrupt("the genesis hash is missing"));
    if (!stored.equals(expected)) {
      throw new ChainStoreException(ANOTHER_CHAIN, "data directory belongs to another chain: its genesis is "
          + stored + ", this node's is " + expected);
    }
  }

  private ChainHead head() {
    ChainHead head = view.head().orElseThrow(() -> corrupt("the head pointer is missing"));
    String block = "head block " + head.number() + " " + head.hash();
    if (!view.blockHashByNumber(head.number()).equals(Optional.of(head.hash()))) {
      throw corrupt(block + " is not the canonical block at its height");
    }
    Optional<Long> highest = snapshot.last(CANONICAL).map(KvEntry::key);
    if (!highest.equals(Optional.of(head.number()))) {
      throw corrupt("the canonical index ends at " + highest.orElse(-1L) + ", not at the " + block);
    }
    BlockHeader header = view.header(head.hash()).orElseThrow(() -> corrupt(block + " has no header"));
    if (header.number() != head.number() || !header.stateRoot().equals(head.stateRoot())) {
      throw corrupt(block + " has number " + header.number() + " and state root " + header.stateRoot()
          + " in its header, but the head pointer says state root " + head.stateRoot());
    }
    if (view.body(head.hash()).isEmpty() || !snapshot.contains(RECEIPTS, head.hash())) {
      throw corrupt(block + " has no body or no receipts");
    }
    return head;
  }

  private static ChainStoreException corrupt(String what) {
    return new ChainStoreException(CORRUPT_HEAD, "data directory is damaged: " + what);
  }
}
