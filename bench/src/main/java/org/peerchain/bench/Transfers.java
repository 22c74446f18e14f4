package org.peerchain.bench;

import java.util.Random;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/** Signed type-2 value transfers, as a wallet sends them, from many different senders. */
final class Transfers {
  static final long CHAIN_ID = 1337;

  private Transfers() {}

  static Bytes[] signed(int count, long seed) {
    Random random = new Random(seed);
    Bytes[] raw = new Bytes[count];
    for (int i = 0; i < count; i++) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      secret[0] &= 0x7f; // keeps the scalar below the curve order
      secret[31] |= 1; // and above zero
      byte[] to = new byte[20];
      random.nextBytes(to);
      UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
          .nonce(random.nextInt(1000))
          .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L))
          .maxFeePerGas(UInt256.valueOf(30_000_000_000L))
          .gasLimit(21_000)
          .to(Address.wrap(Bytes.wrap(to)))
          .value(UInt256.valueOf(1 + random.nextInt(1_000_000)).multiply(1_000_000_000L))
          .data(Bytes.EMPTY)
          .build();
      raw[i] = TransactionEncoder.encode(
          TransactionSigner.sign(body, CHAIN_ID, PrivateKey.fromBytes(Bytes.wrap(secret))));
    }
    return raw;
  }
}
