package org.peerchain.consensus.ledger;

import java.math.BigInteger;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

final class Fixtures {
  static final long CHAIN_ID = 1337;
  static final UInt256 GWEI = UInt256.valueOf(1_000_000_000L);
  static final UInt256 ETHER = UInt256.valueOf(BigInteger.TEN.pow(18));
  static final PrivateKey KEY = PrivateKey.fromBigInteger(BigInteger.valueOf(0xC0FFEE));
  static final Address RECIPIENT = Address.fromHexString("0x00000000000000000000000000000000000000aa");
  static final Address PROPOSER = Address.fromHexString("0x00000000000000000000000000000000000000bb");
  static final Address SENDER = sign(transfer().build()).sender().orElseThrow();

  private Fixtures() {}

  static UInt256 gwei(long n) {
    return GWEI.multiply(n);
  }

  /** An EIP-1559 transfer of 1 ether at nonce 5, tip 2 gwei, fee cap 10 gwei, gas 21000. */
  static UnsignedTransaction.Builder transfer() {
    return UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(5).maxPriorityFeePerGas(gwei(2))
        .maxFeePerGas(gwei(10)).gasLimit(21_000).to(RECIPIENT).value(ETHER);
  }

  static UnsignedTransaction.Builder legacy(UInt256 gasPrice) {
    return UnsignedTransaction.builder(TransactionType.LEGACY).nonce(5).gasPrice(gasPrice).gasLimit(21_000)
        .to(RECIPIENT).value(ETHER);
  }

  static Transaction sign(UnsignedTransaction body) {
    return TransactionSigner.sign(body, CHAIN_ID, KEY);
  }

  /** A transaction with placeholder signature values, for code that never looks at the signature. */
  static Transaction unsignedForm(UnsignedTransaction body) {
    return body.type().isTyped()
        ? Transaction.typed(body, UInt256.valueOf(CHAIN_ID), UInt256.ZERO, UInt256.ONE, UInt256.ONE)
        : Transaction.legacy(body, UInt256.valueOf(CHAIN_ID * 2 + 35), UInt256.ONE, UInt256.ONE);
  }
}
