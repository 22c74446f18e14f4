package org.peerchain.core.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.peerchain.core.bytes.Bytes;

/**
 * A BIP-39 mnemonic over the English word list: 12, 15, 18, 21 or 24 words encoding 128 to 256
 * bits of entropy plus a checksum. Only validated phrases exist as instances. {@link #toString()}
 * hides the words: a mnemonic is as secret as every key derived from it.
 */
public final class Mnemonic {
  private static final int ROUNDS = 2048;

  private final List<String> words;

  private Mnemonic(List<String> words) {
    this.words = List.copyOf(words);
  }

  /**
   * Validates a phrase. Input is NFKD-normalized, lower-cased and split on any run of white space,
   * so a phrase pasted with odd spacing or capitals is accepted as its canonical form.
   *
   * @throws InvalidMnemonicException naming the position of a bad word, a bad length or checksum
   */
  public static Mnemonic parse(String phrase) {
    if (phrase == null || phrase.isBlank()) {
      throw new InvalidMnemonicException("mnemonic is empty");
    }
    String normalized = Normalizer.normalize(phrase, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).strip();
    String[] parts = normalized.split("\\s+");
    int count = parts.length;
    if (count < 12 || count > 24 || count % 3 != 0) {
      throw new InvalidMnemonicException(
          "a mnemonic has 12, 15, 18, 21 or 24 words, this one has " + count);
    }
    int[] indices = new int[count];
    for (int i = 0; i < count; i++) {
      indices[i] = Bip39Wordlist.indexOf(parts[i]);
      if (indices[i] < 0) {
        throw new InvalidMnemonicException("word " + (i + 1) + " of the mnemonic is not in the BIP-39 English list");
      }
    }
    Bytes entropy = entropyOf(indices);
    // Re-encoding checks the checksum bits with the same code that makes them.
    Mnemonic decoded = fromEntropy(entropy);
    if (!decoded.words.equals(List.of(parts))) {
      throw new InvalidMnemonicException("mnemonic checksum does not match: a word is wrong or out of order");
    }
    return decoded;
  }

  public static boolean isValid(String phrase) {
    try {
      parse(phrase);
      return true;
    } catch (InvalidMnemonicException e) {
      return false;
    }
  }

  /** The mnemonic of 16, 20, 24, 28 or 32 bytes of entropy. */
  public static Mnemonic fromEntropy(Bytes entropy) {
    int size = entropy.size();
    if (size < 16 || size > 32 || size % 4 != 0) {
      throw new IllegalArgumentException("BIP-39 entropy is 16, 20, 24, 28 or 32 bytes, got " + size);
    }
    byte[] raw = entropy.toArray();
    byte[] hash = sha256(raw);
    int entBits = size * 8;
    int totalBits = entBits + entBits / 32;
    List<String> words = new ArrayList<>(totalBits / 11);
    for (int start = 0; start < totalBits; start += 11) {
      int index = 0;
      for (int bit = start; bit < start + 11; bit++) {
        boolean set = bit < entBits ? bitAt(raw, bit) : bitAt(hash, bit - entBits);
        index = (index << 1) | (set ? 1 : 0);
      }
      words.add(Bip39Wordlist.word(index));
    }
    return new Mnemonic(words);
  }

  /** A new mnemonic of {@code wordCount} words (12 to 24, a multiple of 3). */
  public static Mnemonic generate(int wordCount, SecureRandom random) {
    if (wordCount < 12 || wordCount > 24 || wordCount % 3 != 0) {
      throw new IllegalArgumentException("a mnemonic has 12, 15, 18, 21 or 24 words, not " + wordCount);
    }
    byte[] entropy = new byte[wordCount * 4 / 3];
    random.nextBytes(entropy);
    return fromEntropy(Bytes.wrap(entropy));
  }

  public List<String> words() {
    return words;
  }

  /** The words joined by single spaces. */
  public String phrase() {
    return String.join(" ", words);
  }

  public Bytes entropy() {
    int[] indices = new int[words.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = Bip39Wordlist.indexOf(words.get(i));
    }
    return entropyOf(indices);
  }

  /**
   * The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512, 2048 rounds, of the phrase with the salt
   * "mnemonic" + passphrase, both NFKD-normalized. A null passphrase is the empty one.
   */
  public Bytes toSeed(String passphrase) {
    String salt = "mnemonic" + Normalizer.normalize(passphrase == null ? "" : passphrase, Normalizer.Form.NFKD);
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA512Digest());
    generator.init(phrase().getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8), ROUNDS);
    return Bytes.wrap(((KeyParameter) generator.generateDerivedParameters(512)).getKey());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mnemonic m && m.words.equals(words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  @Override
  public String toString() {
    return "Mnemonic[" + words.size() + " words, hidden]";
  }

  private static Bytes entropyOf(int[] indices) {
    int totalBits = indices.length * 11;
    int entBits = totalBits * 32 / 33;
    byte[] entropy = new byte[entBits / 8];
    for (int bit = 0; bit < entBits; bit++) {
      if (((indices[bit / 11] >>> (10 - bit % 11)) & 1) != 0) {
        entropy[bit / 8] |= (byte) (0x80 >>> (bit % 8));
      }
    }
    return Bytes.wrap(entropy);
  }

  private static boolean bitAt(byte[] bytes, int bit) {
    return ((bytes[bit / 8] >>> (7 - bit % 8)) & 1) != 0;
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
