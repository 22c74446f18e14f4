package org.peerchain.storage.chain;

import java.nio.ByteBuffer;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.storage.kv.KeyRange;

/**
 * The key of {@link org.peerchain.storage.schema.Schema#ADDRESS_HISTORY}: address ‖ block number
 * (8 bytes big-endian) ‖ transaction index (4 bytes big-endian). Fixed widths keep unsigned byte
 * order equal to (address, block, index) order, so one address's history is a range in block order.
 */
record AddressHistoryKey(Address address, long blockNumber, int txIndex) {
  static final int SIZE = Address.SIZE + Long.BYTES + Integer.BYTES;

  AddressHistoryKey {
    if (blockNumber < 0 || txIndex < 0) {
      throw new IllegalArgumentException("block number and index must not be negative, got "
          + blockNumber + " and " + txIndex);
    }
  }

  Bytes encode() {
    return Bytes.wrap(ByteBuffer.allocate(SIZE).put(address.bytes().toArray()).putLong(blockNumber)
        .putInt(txIndex).array());
  }

  static AddressHistoryKey decode(Bytes key) {
    if (key.size() != SIZE) {
      throw new IllegalArgumentException("an address history key is " + SIZE + " bytes, got " + key.size());
    }
    ByteBuffer buffer = ByteBuffer.wrap(key.toArray(), Address.SIZE, Long.BYTES + Integer.BYTES);
    return new AddressHistoryKey(Address.wrap(key.slice(0, Address.SIZE)), buffer.getLong(), buffer.getInt());
  }

  /** The rows of {@code address} in blocks {@code fromBlock} (inclusive) to {@code toBlock} (exclusive). */
  static KeyRange blocks(Address address, long fromBlock, long toBlock) {
    return KeyRange.between(blockPrefix(address, fromBlock), blockPrefix(address, toBlock));
  }

  /** The rows of {@code address} from block {@code fromBlock} on. */
  static KeyRange blocksFrom(Address address, long fromBlock) {
    Bytes all = address.bytes();
    KeyRange prefix = KeyRange.prefix(all);
    return prefix.upper() == null
        ? KeyRange.from(blockPrefix(address, fromBlock))
        : KeyRange.between(blockPrefix(address, fromBlock), prefix.upper());
  }

  private static Bytes blockPrefix(Address address, long block) {
    return Bytes.wrap(ByteBuffer.allocate(Address.SIZE + Long.BYTES).put(address.bytes().toArray())
        .putLong(block).array());
  }
}
