package org.peerchain.node.fork;

import java.util.List;
import java.util.Objects;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.storage.state.Account;

/** An account and the trie nodes that prove it (or its absence) under a certified state root. */
public record ProvenAccount(Account account, List<Bytes> proof) {
  public ProvenAccount {
    Objects.requireNonNull(account, "account");
    proof = List.copyOf(proof);
  }
}
