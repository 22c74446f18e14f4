package org.peerchain.storage.state;

import java.util.Map;
import java.util.TreeMap;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;

/**
 * The world state taken back to an earlier block: the flat account index rewritten to that block's
 * accounts and the state head moved there. Trie nodes stay (archive state keeps every root), so
 * nothing else is written. Made by {@link WorldState#rewind}; the chain store writes it into the
 * batch that moves the chain head back.
 */
final class StateRewind implements StateCommit {
  final StateHead target;
  private final Map<Address, Account> accounts;

  StateRewind(StateHead target, Map<Address, Account> accounts) {
    this.target = target;
    this.accounts = new TreeMap<>(accounts);
  }

  @Override
  public Hash stateRoot() {
    return target.stateRoot();
  }

  @Override
  public void writeTo(WriteBatch batch) {
    accounts.forEach((address, account) -> {
      if (account.isEmpty()) {
        batch.delete(Schema.ACCOUNTS, address);
      } else {
        batch.put(Schema.ACCOUNTS, address, AccountCodec.encode(account));
      }
    });
    batch.put(Schema.METADATA, MetadataKeys.STATE_HEAD, target.toBytes());
  }

  @Override
  public String toString() {
    return "StateRewind[block " + target.blockNumber() + ", root " + target.stateRoot() + "]";
  }
}
