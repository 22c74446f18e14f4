package org.peerchain.storage.state;

import java.nio.ByteBuffer;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** The block whose state is the head state, and that state's root. */
public record StateHead(long blockNumber, Hash stateRoot) {
  private static final int SIZE = Long.BYTES + Hash.SIZE;

  Bytes toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(SIZE).putLong(blockNumber).put(stateRoot.toArray());
    return Bytes.wrap(buffer.array());
  }

  static StateHead fromBytes(Bytes bytes) {
    if (bytes.size() != SIZE) {
      throw new IllegalStateException("stored state head has " + bytes.size() + " bytes, expected " + SIZE);
    }
    long number = ByteBuffer.wrap(bytes.slice(0, Long.BYTES).toArray()).getLong();
    return new StateHead(number, Hash.wrap(bytes.slice(Long.BYTES)));
  }
}
