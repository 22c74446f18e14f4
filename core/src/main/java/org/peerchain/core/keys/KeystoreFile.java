package org.peerchain.core.keys;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;

/**
 * The content of a version-3 keystore file (Web3 Secret Storage), with aes-128-ctr as its cipher.
 * A plain carrier: {@link KeystoreCodec} reads and writes it as JSON, {@link KeystoreV3} encrypts
 * and decrypts. {@link #toString()} shows only id and address: ciphertext, salt and MAC together
 * let anyone who sees a log guess passwords offline.
 *
 * @param address the address the file claims; optional, as some tools leave it out
 */
public record KeystoreFile(
    UUID id, Optional<Address> address, Bytes ciphertext, Bytes iv, KdfParams kdf, Bytes mac) {
  public static final int VERSION = 3;
  public static final String CIPHER = "aes-128-ctr";

  public KeystoreFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(iv, "iv");
    Objects.requireNonNull(kdf, "kdf");
    Objects.requireNonNull(mac, "mac");
  }

  @Override
  public String toString() {
    return "KeystoreFile[id=" + id + ", address=" + address.map(Address::toString).orElse("none")
        + ", kdf=" + kdf.kdf() + "]";
  }
}
