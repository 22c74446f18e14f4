package org.peerchain.rpc.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.DevSigner;

/** A {@link DevSigner} over a fixed list of keys, e.g. the well-known dev accounts. */
public final class KeyPairDevSigner implements DevSigner {
  private final Map<Address, KeyPair> keys = new LinkedHashMap<>();

  public KeyPairDevSigner(List<KeyPair> keyPairs) {
    keyPairs.forEach(k -> keys.put(k.address(), k));
  }

  /** The first {@code count} accounts of the test...junk mnemonic. */
  public static KeyPairDevSigner devAccounts(int count) {
    return new KeyPairDevSigner(DevAccounts.accounts(count));
  }

  @Override
  public List<Address> accounts() {
    return List.copyOf(keys.keySet());
  }

  @Override
  public Optional<Transaction> sign(Address from, UnsignedTransaction tx, long chainId) {
    KeyPair key = keys.get(from);
    return key == null ? Optional.empty() : Optional.of(TransactionSigner.sign(tx, chainId, key.privateKey()));
  }
}
