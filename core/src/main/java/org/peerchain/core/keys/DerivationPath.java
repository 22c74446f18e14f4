package org.peerchain.core.keys;

import java.util.ArrayList;
import java.util.List;

/**
 * A BIP-32 derivation path such as {@code m/44'/60'/0'/0/0}. Indices are held as BIP-32 does:
 * hardened ones have bit 31 set. Hardened components may be written with {@code '}, {@code h} or
 * {@code H}.
 */
public record DerivationPath(List<Integer> indices) {
  public static final int HARDENED = 0x80000000;
  /** m: the master key itself. */
  public static final DerivationPath MASTER = new DerivationPath(List.of());

  public DerivationPath {
    indices = List.copyOf(indices);
  }

  /** BIP-44 for Ethereum, as MetaMask, hardhat and anvil use it: m/44'/60'/0'/0/{index}. */
  public static DerivationPath ethereum(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("account index must be between 0 and 2^31-1, got " + index);
    }
    return new DerivationPath(List.of(44 | HARDENED, 60 | HARDENED, HARDENED, 0, index));
  }

  /** @throws IllegalArgumentException naming the offending component */
  public static DerivationPath parse(String path) {
    if (path == null) {
      throw new IllegalArgumentException("derivation path is missing");
    }
    String[] parts = path.strip().split("/", -1);
    if (!parts[0].equals("m") && !parts[0].equals("M")) {
      throw new IllegalArgumentException("derivation path must start with \"m\", as in m/44'/60'/0'/0/0: " + path);
    }
    List<Integer> indices = new ArrayList<>(parts.length - 1);
    for (int i = 1; i < parts.length; i++) {
      indices.add(component(parts[i], i, path));
    }
    return new DerivationPath(indices);
  }

  private static int component(String part, int position, String path) {
    boolean hardened = part.endsWith("'") || part.endsWith("h") || part.endsWith("H");
    String digits = hardened ? part.substring(0, part.length() - 1) : part;
    if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("derivation path component " + position + " (\"" + part
          + "\") is not a number with an optional ' for hardened: " + path);
    }
    long value = Long.parseLong(digits);
    if (value >= (1L << 31)) {
      throw new IllegalArgumentException("derivation path component " + position + " (\"" + part
          + "\") is above 2^31-1; use ' for hardened indices: " + path);
    }
    return hardened ? (int) value | HARDENED : (int) value;
  }

  public DerivationPath child(int index) {
    List<Integer> longer = new ArrayList<>(indices);
    longer.add(index);
    return new DerivationPath(longer);
  }

  public static boolean isHardened(int index) {
    return (index & HARDENED) != 0;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("m");
    for (int index : indices) {
      out.append('/').append(index & ~HARDENED);
      if (isHardened(index)) {
        out.append('\'');
      }
    }
    return out.toString();
  }
}
