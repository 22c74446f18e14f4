package org.peerchain.core.tx;

import java.math.BigInteger;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/** Signs transactions as wallets do (RFC 6979, low s): legacy with EIP-155, typed with y parity. */
public final class TransactionSigner {
  private TransactionSigner() {}

  public static Hash signingHash(UnsignedTransaction tx, long chainId) {
    return Keccak.hash(TransactionEncoder.signingPayload(tx, chainId));
  }

  /** Signs for {@code chainId}; a legacy transaction gets EIP-155 replay protection. */
  public static Transaction sign(UnsignedTransaction tx, long chainId, PrivateKey key) {
    Signature sig = Secp256k1.get().sign(signingHash(tx, chainId), key);
    UInt256 r = UInt256.valueOf(sig.r());
    UInt256 s = UInt256.valueOf(sig.s());
    if (tx.type().isTyped()) {
      return Transaction.typed(tx, UInt256.valueOf(chainId), UInt256.valueOf(sig.recoveryId()), r, s);
    }
    BigInteger v = BigInteger.valueOf(chainId).shiftLeft(1).add(BigInteger.valueOf(35L + sig.recoveryId()));
    return Transaction.legacy(tx, UInt256.valueOf(v), r, s);
  }

  /**
   * Signs a legacy transaction without a chain id (v = 27/28), valid on every chain. Only for tests
   * and tools: the node may refuse such transactions by policy.
   */
  public static Transaction signWithoutReplayProtection(UnsignedTransaction legacyTx, PrivateKey key) {
    if (legacyTx.type() != TransactionType.LEGACY) {
      throw new IllegalArgumentException("only legacy transactions can be signed without a chain id");
    }
    Hash hash = Keccak.hash(TransactionEncoder.signingPayloadWithoutChainId(legacyTx));
    Signature sig = Secp256k1.get().sign(hash, key);
    return Transaction.legacy(legacyTx, UInt256.valueOf(27L + sig.recoveryId()),
        UInt256.valueOf(sig.r()), UInt256.valueOf(sig.s()));
  }
}
