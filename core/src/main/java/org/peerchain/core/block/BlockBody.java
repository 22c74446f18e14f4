package org.peerchain.core.block;

import java.util.List;
import org.peerchain.core.bytes.Bytes;

/**
 * The transactions of a block, each in its EIP-2718 envelope (the signed bytes whose keccak is the
 * transaction hash). Ommers are not modelled: peerchain blocks have none, and the codec writes and
 * requires an empty ommers list.
 *
 * <p>Envelopes are opaque here; only their EIP-2718 shape is checked. Decoding the transactions
 * themselves is {@code core.tx}'s job.
 */
public record BlockBody(List<Bytes> transactions) {
  public static final BlockBody EMPTY = new BlockBody(List.of());

  public BlockBody {
    transactions = List.copyOf(transactions);
    for (int i = 0; i < transactions.size(); i++) {
      Envelopes.requireEnvelope(transactions.get(i), "transaction " + i);
    }
  }
}
