package org.peerchain.core.keys;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.peerchain.core.types.Address;

/** geth's keystore file name, UTC--{time}--{address}, so our files sort and look like geth's. */
public final class KeystoreFileName {
  // Go's "2006-01-02T15-04-05.000000000Z": colons would be illegal on Windows, hence dashes.
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private KeystoreFileName() {}

  public static String of(Address address, Instant createdAt) {
    return "UTC--" + FORMAT.format(createdAt) + "--" + address.toHexString().substring(2);
  }
}
