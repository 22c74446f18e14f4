package org.peerchain.storage.chain;

import java.nio.ByteBuffer;
import org.peerchain.core.bytes.Bytes;

/** {@link org.peerchain.storage.schema.MetadataKeys#SCHEMA_VERSION}'s value: 4 big-endian bytes. */
final class SchemaVersion {
  private SchemaVersion() {}

  static Bytes encode(int version) {
    return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES).putInt(version).array());
  }

  static int decode(Bytes stored) {
    if (stored.size() != Integer.BYTES) {
      throw new ChainStoreException(ChainStoreException.Reason.SCHEMA_VERSION_MISMATCH,
          "data directory has an unreadable schema version (" + stored.size() + " bytes instead of 4)");
    }
    return ByteBuffer.wrap(stored.toArray()).getInt();
  }
}
