package org.peerchain.core.tx;

import java.util.List;
import java.util.Objects;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** One EIP-2930 access-list item: an address and the storage keys it pre-declares. */
public record AccessListEntry(Address address, List<Hash> storageKeys) {
  public AccessListEntry {
    Objects.requireNonNull(address, "address");
    storageKeys = List.copyOf(storageKeys);
  }
}
