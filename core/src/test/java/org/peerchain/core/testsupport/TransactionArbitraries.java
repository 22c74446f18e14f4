package org.peerchain.core.testsupport;

import static org.peerchain.core.testsupport.ValueArbitraries.addresses;
import static org.peerchain.core.testsupport.ValueArbitraries.bytes;
import static org.peerchain.core.testsupport.ValueArbitraries.hashes;
import static org.peerchain.core.testsupport.ValueArbitraries.uint256s;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.tx.AccessListEntry;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/** jqwik generators for transactions of every supported type. */
public final class TransactionArbitraries {
  private TransactionArbitraries() {}

  public static Arbitrary<List<AccessListEntry>> accessLists() {
    return Combinators.combine(addresses(), hashes().list().ofMaxSize(3))
        .as(AccessListEntry::new).list().ofMaxSize(3);
  }

  public static Arbitrary<PrivateKey> keys() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE, Curve.N.subtract(BigInteger.ONE))
        .map(PrivateKey::fromBigInteger);
  }

  public static Arbitrary<Long> chainIds() {
    return Arbitraries.oneOf(Arbitraries.of(1L, 1337L), Arbitraries.longs().between(1, Long.MAX_VALUE / 2 - 36));
  }

  public static Arbitrary<UnsignedTransaction> unsigned() {
    return Arbitraries.of(TransactionType.class).flatMap(TransactionArbitraries::unsigned);
  }

  public static Arbitrary<UnsignedTransaction> unsigned(TransactionType type) {
    Arbitrary<Optional<Address>> to = addresses().optional(0.8);
    Arbitrary<List<AccessListEntry>> accessList = type.isTyped() ? accessLists() : Arbitraries.just(List.of());
    return Combinators.combine(Arbitraries.longs(), uint256s(), uint256s(), Arbitraries.longs(), to, uint256s(),
        bytes(0, 100), accessList).as((nonce, fee1, fee2, gas, recipient, value, data, access) -> {
          UnsignedTransaction.Builder b = UnsignedTransaction.builder(type).nonce(nonce).gasLimit(gas)
              .to(recipient).value(value).data(data).accessList(access);
          if (type == TransactionType.DYNAMIC_FEE) {
            b.maxPriorityFeePerGas(fee1).maxFeePerGas(fee2);
          } else {
            b.gasPrice(fee1);
          }
          return b.build();
        });
  }

  /** Properly signed transactions; legacy ones sometimes without EIP-155. */
  public static Arbitrary<Transaction> signed() {
    return Combinators.combine(unsigned(), chainIds(), keys(), Arbitraries.integers().between(0, 4))
        .as((tx, chainId, key, dice) -> tx.type() == TransactionType.LEGACY && dice == 0
            ? TransactionSigner.signWithoutReplayProtection(tx, key)
            : TransactionSigner.sign(tx, chainId, key));
  }

  /** Arbitrary (mostly invalid) signature values: decoding must carry them through unchanged. */
  public static Arbitrary<Transaction> withRawSignatureValues() {
    return Combinators.combine(unsigned(), uint256s(), uint256s(), uint256s(), uint256s())
        .as((tx, chainId, v, r, s) -> tx.type().isTyped()
            ? Transaction.typed(tx, chainId, v, r, s)
            : Transaction.legacy(tx, v, r, s));
  }
}
