package org.peerchain.core.block;

import java.util.List;
import java.util.Objects;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;

/** A header and its body. The commit certificate that finalizes it travels beside it. */
public record Block(BlockHeader header, BlockBody body) {
  public Block {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
  }

  public Hash hash() {
    return header.hash();
  }

  public long number() {
    return header.number();
  }

  public List<Transaction> transactions() {
    return body.transactions();
  }
}
