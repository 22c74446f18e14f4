package org.peerchain.p2p.protocol;

import java.util.List;
import org.peerchain.core.bytes.Bytes;

/**
 * The answer to GetAccountRange: accounts in strictly ascending key order and the trie nodes that
 * prove the range's first and last key against the asked root. No accounts and no proof means the
 * answerer does not serve that root. The network checks only the shape; whether the proof holds
 * is the syncing node's check.
 */
public record AccountRange(long requestId, List<AccountEntry> accounts, List<Bytes> proof) implements Message {
  public AccountRange {
    accounts = List.copyOf(accounts);
    proof = List.copyOf(proof);
    if (accounts.size() > ProtocolLimits.MAX_RANGE_ACCOUNTS) {
      throw new IllegalArgumentException("at most " + ProtocolLimits.MAX_RANGE_ACCOUNTS + " accounts, got "
          + accounts.size());
    }
    for (int i = 1; i < accounts.size(); i++) {
      if (accounts.get(i).accountHash().compareTo(accounts.get(i - 1).accountHash()) <= 0) {
        throw new IllegalArgumentException("account " + i + " is not above the one before it: keys must ascend");
      }
    }
    if (proof.size() > ProtocolLimits.MAX_PROOF_NODES) {
      throw new IllegalArgumentException("at most " + ProtocolLimits.MAX_PROOF_NODES + " proof nodes, got "
          + proof.size());
    }
    for (Bytes node : proof) {
      if (node.isEmpty() || node.size() > ProtocolLimits.MAX_PROOF_NODE_BYTES) {
        throw new IllegalArgumentException("a proof node is 1.." + ProtocolLimits.MAX_PROOF_NODE_BYTES
            + " bytes, got " + node.size());
      }
    }
  }

  /** Whether the answerer said it does not serve the root (nothing at all, not even a proof). */
  public boolean unavailable() {
    return accounts.isEmpty() && proof.isEmpty();
  }

  @Override
  public MessageType type() {
    return MessageType.ACCOUNT_RANGE;
  }
}
