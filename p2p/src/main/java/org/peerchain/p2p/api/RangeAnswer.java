package org.peerchain.p2p.api;

import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.p2p.protocol.AccountEntry;

/** Accounts of a state range and the trie nodes proving its edges, as the node reads them for a peer. */
public record RangeAnswer(List<AccountEntry> accounts, List<Bytes> proof) {
  public RangeAnswer {
    accounts = List.copyOf(accounts);
    proof = List.copyOf(proof);
  }
}
