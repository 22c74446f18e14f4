package org.peerchain.core.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.keys.KeystoreException.Reason;
import org.peerchain.core.types.Address;

/**
 * Ethereum keystore v3 encryption: derive a key from the password (scrypt or pbkdf2), encrypt the
 * private key with aes-128-ctr under its first 16 bytes, and authenticate with
 * MAC = keccak256(derived[16..32] ‖ ciphertext). Passwords are taken as UTF-8 bytes, unnormalized,
 * as geth and web3j take them.
 */
public final class KeystoreV3 {
  private KeystoreV3() {}

  /** Encrypts under fresh random salt, iv and id; the file records the key's address. */
  public static KeystoreFile encrypt(PrivateKey key, String password, KdfPreset preset) {
    return encrypt(key, password, preset, new SecureRandom());
  }

  public static KeystoreFile encrypt(PrivateKey key, String password, KdfPreset preset, SecureRandom random) {
    return encrypt(key, password, preset.params(randomBytes(random, 32)), randomBytes(random, 16), randomUuid(random));
  }

  /** Encrypts with every parameter given: for tests and for callers with their own randomness. */
  public static KeystoreFile encrypt(PrivateKey key, String password, KdfParams kdf, Bytes iv, UUID id) {
    if (iv.size() != 16) {
      throw new IllegalArgumentException("the aes-128-ctr iv is 16 bytes, got " + iv.size());
    }
    byte[] derived = Kdf.derive(kdf, passwordBytes(password));
    byte[] plain = key.bytes().toArray();
    try {
      Bytes ciphertext = Bytes.wrap(aesCtr(derived, iv, plain));
      Bytes mac = mac(derived, ciphertext);
      Address address = Secp256k1.get().publicKey(key).address();
      return new KeystoreFile(id, Optional.of(address), ciphertext, iv, kdf, mac);
    } finally {
      Arrays.fill(derived, (byte) 0);
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * The private key in {@code file}.
   *
   * @throws KeystoreException WRONG_PASSWORD when the MAC does not match, LIMIT_EXCEEDED when the
   *     KDF is too costly to run, ADDRESS_MISMATCH when the key is not the one the file names
   */
  public static PrivateKey decrypt(KeystoreFile file, String password) {
    byte[] derived = Kdf.derive(file.kdf(), passwordBytes(password));
    byte[] plain = null;
    try {
      if (!MessageDigest.isEqual(mac(derived, file.ciphertext()).toArray(), file.mac().toArray())) {
        throw KeystoreException.wrongPassword();
      }
      plain = aesCtr(derived, file.iv(), file.ciphertext().toArray());
      PrivateKey key = toPrivateKey(plain);
      if (file.address().isPresent()) {
        Address actual = Secp256k1.get().publicKey(key).address();
        if (!actual.equals(file.address().get())) {
          throw new KeystoreException(Reason.ADDRESS_MISMATCH, "keystore decrypts to address " + actual
              + ", not to the address " + file.address().get() + " its \"address\" field states");
        }
      }
      return key;
    } finally {
      Arrays.fill(derived, (byte) 0);
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
    }
  }

  /** Parses and decrypts keystore JSON. */
  public static PrivateKey decrypt(String json, String password) {
    return decrypt(KeystoreCodec.decode(json), password);
  }

  private static PrivateKey toPrivateKey(byte[] plain) {
    try {
      return PrivateKey.fromBytes(Bytes.wrap(plain.clone()));
    } catch (IllegalArgumentException e) {
      throw new KeystoreException(Reason.MALFORMED,
          "keystore decrypts, but not to a valid secp256k1 private key");
    }
  }

  private static Bytes mac(byte[] derived, Bytes ciphertext) {
    byte[] input = new byte[16 + ciphertext.size()];
    System.arraycopy(derived, 16, input, 0, 16);
    ciphertext.copyTo(input, 16);
    return Keccak.hash(input).bytes();
  }

  private static byte[] aesCtr(byte[] derived, Bytes iv, byte[] input) {
    try {
      // CTR is its own inverse, so one routine both encrypts and decrypts.
      Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derived, 0, 16, "AES"),
          new IvParameterSpec(iv.toArray()));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CTR is not available in this JVM", e);
    }
  }

  private static byte[] passwordBytes(String password) {
    if (password == null) {
      throw new IllegalArgumentException("password is missing");
    }
    return password.getBytes(StandardCharsets.UTF_8);
  }

  private static Bytes randomBytes(SecureRandom random, int size) {
    byte[] out = new byte[size];
    random.nextBytes(out);
    return Bytes.wrap(out);
  }

  /** A version-4 UUID drawn from {@code random}, so that seeded tests are reproducible. */
  private static UUID randomUuid(SecureRandom random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (b[i] & 0xff);
      lo = (lo << 8) | (b[8 + i] & 0xff);
    }
    return new UUID(hi, lo);
  }
}
