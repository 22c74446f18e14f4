package org.peerchain.core.keys;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.crypto.KeyPair;

/**
 * The well-known development accounts of hardhat and anvil: BIP-44 Ethereum keys
 * m/44'/60'/0'/0/i of the public mnemonic {@value #MNEMONIC} with no passphrase. Anyone can spend
 * from them: for dev chains and tests only.
 */
public final class DevAccounts {
  public static final String MNEMONIC = "test test test test test test test test test test test junk";
  /** anvil's default number of accounts. */
  public static final int DEFAULT_COUNT = 10;

  private DevAccounts() {}

  public static KeyPair account(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("account index must be between 0 and 2^31-1, got " + index);
    }
    return Parent.KEY.child(index).keyPair();
  }

  /** Accounts 0 to {@code count - 1}. */
  public static List<KeyPair> accounts(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("account count must not be negative, got " + count);
    }
    List<KeyPair> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(account(i));
    }
    return List.copyOf(out);
  }

  public static DerivationPath path(int index) {
    return DerivationPath.ethereum(index);
  }

  /** m/44'/60'/0'/0, derived once on first use: the seed's 2048 PBKDF2 rounds are not free. */
  private static final class Parent {
    static final HdKey KEY = HdKey.fromMnemonic(Mnemonic.parse(MNEMONIC), "").derive("m/44'/60'/0'/0");
  }
}
