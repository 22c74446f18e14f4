package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.SecureTrie;

/**
 * The accounts a block changed, each encoded once and its trie key hashed once: the trie update
 * and the flat index row both use these, in address order (the order RocksDB keeps them in).
 */
final class ChangedAccounts {
  static final ChangedAccounts NONE = new ChangedAccounts(List.of(), new Bytes[0], List.of());
  // Below this many, forking the hashing onto other cores costs more than it saves.
  private static final int PARALLEL_MIN = 1024;

  private final List<Address> addresses;
  /** Null where the account became empty and leaves the state. */
  private final Bytes[] encoded;
  private final List<Bytes> hashedKeys;

  private ChangedAccounts(List<Address> addresses, Bytes[] encoded, List<Bytes> hashedKeys) {
    this.addresses = addresses;
    this.encoded = encoded;
    this.hashedKeys = hashedKeys;
  }

  static ChangedAccounts of(Map<Address, Account> changes) {
    List<Address> addresses = new ArrayList<>(changes.size());
    for (Map.Entry<Address, Account> row : KeyOrder.sorted(changes, Address::bytes)) {
      addresses.add(row.getKey());
    }
    Bytes[] encoded = new Bytes[addresses.size()];
    Bytes[] hashed = new Bytes[addresses.size()];
    IntStream indexes = IntStream.range(0, addresses.size());
    (addresses.size() >= PARALLEL_MIN ? indexes.parallel() : indexes).forEach(i -> {
      Address address = addresses.get(i);
      Account account = changes.get(address);
      encoded[i] = account.isEmpty() ? null : AccountCodec.encode(account);
      hashed[i] = SecureTrie.hashKey(address.bytes());
    });
    return new ChangedAccounts(Collections.unmodifiableList(addresses), encoded, List.of(hashed));
  }

  int size() {
    return addresses.size();
  }

  /** The trie keys, index for index with the addresses. */
  List<Bytes> hashedKeys() {
    return hashedKeys;
  }

  /** The account's encoding, or null when it leaves the state. */
  Bytes encoded(int index) {
    return encoded[index];
  }

  void writeTo(WriteBatch batch) {
    for (int i = 0; i < addresses.size(); i++) {
      if (encoded[i] == null) {
        batch.delete(Schema.ACCOUNTS, addresses.get(i));
      } else {
        batch.put(Schema.ACCOUNTS, addresses.get(i), encoded[i]);
      }
    }
  }
}
