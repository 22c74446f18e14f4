package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * One account of a range: its trie key (keccak256 of the address) and its leaf value as stored in
 * the trie (rlp([nonce, balance, storageRoot, codeHash])). The network carries the value opaquely;
 * the range proof is what makes it trustworthy.
 */
public record AccountEntry(Hash accountHash, Bytes account) {
  public AccountEntry {
    Objects.requireNonNull(accountHash, "accountHash");
    Objects.requireNonNull(account, "account");
    if (account.isEmpty() || account.size() > ProtocolLimits.MAX_ACCOUNT_BYTES) {
      throw new IllegalArgumentException("an account value is 1.." + ProtocolLimits.MAX_ACCOUNT_BYTES
          + " bytes, got " + account.size());
    }
  }
}
