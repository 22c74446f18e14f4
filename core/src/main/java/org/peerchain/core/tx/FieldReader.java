package org.peerchain.core.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * Reads a transaction's fields from its RLP list, naming the field in every error, so a rejected
 * transaction says "nonce: integer of 9 bytes exceeds the maximum of 8" rather than only an offset.
 */
final class FieldReader {
  private final RlpReader list;
  private final String what;
  private final int expectedFields;
  private int fields;

  FieldReader(RlpReader list, String what, int expectedFields) {
    this.list = list;
    this.what = what;
    this.expectedFields = expectedFields;
  }

  long readLong(String field) {
    return read(field, RlpReader::readLong);
  }

  UInt256 readUInt256(String field) {
    return read(field, RlpReader::readUInt256);
  }

  Bytes readBytes(String field) {
    return read(field, RlpReader::readBytes);
  }

  Optional<Address> readTo() {
    Bytes to = readBytes("to");
    if (to.isEmpty()) {
      return Optional.empty();
    }
    if (to.size() != Address.SIZE) {
      throw new TransactionDecodingException(what + ": to must be empty (contract creation) or 20 bytes, got " + to.size());
    }
    return Optional.of(Address.wrap(to));
  }

  List<AccessListEntry> readAccessList() {
    return read("accessList", l -> {
      RlpReader entries = l.enterList();
      List<AccessListEntry> out = new ArrayList<>();
      while (entries.hasNext()) {
        RlpReader entry = entries.enterList();
        Bytes address = entry.readBytes();
        if (address.size() != Address.SIZE) {
          throw accessList("address must be 20 bytes, got " + address.size());
        }
        RlpReader keyList = entry.enterList();
        List<Hash> keys = new ArrayList<>();
        while (keyList.hasNext()) {
          Bytes key = keyList.readBytes();
          if (key.size() != Hash.SIZE) {
            throw accessList("storage key must be 32 bytes, got " + key.size());
          }
          keys.add(Hash.wrap(key));
        }
        entry.expectEnd();
        out.add(new AccessListEntry(Address.wrap(address), keys));
      }
      return out;
    });
  }

  void expectEnd() {
    if (list.hasNext()) {
      throw new TransactionDecodingException(what + " has too many fields: expected " + expectedFields);
    }
  }

  /** Reads the next field with {@code reader}, naming {@code field} if it is missing or malformed. */
  private <T> T read(String field, Function<RlpReader, T> reader) {
    next(field);
    try {
      return reader.apply(list);
    } catch (RlpException e) {
      throw fail(field, e);
    }
  }

  private void next(String field) {
    if (!list.hasNext()) {
      throw new TransactionDecodingException(what + " has too few fields: " + fields
          + " of " + expectedFields + ", missing " + field);
    }
    fields++;
  }

  private TransactionDecodingException accessList(String detail) {
    return new TransactionDecodingException(what + ": access list " + detail);
  }

  private TransactionDecodingException fail(String field, RlpException e) {
    return new TransactionDecodingException(what + ": " + field + ": " + e.getMessage(), e);
  }
}
