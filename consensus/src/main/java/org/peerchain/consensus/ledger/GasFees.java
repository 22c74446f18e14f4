package org.peerchain.consensus.ledger;

import java.math.BigInteger;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.UInt256;

/**
 * EIP-1559 prices of a transaction against a block's base fee. For types 0 and 1 the fee cap and
 * the tip are both the gas price, so the same formulas give Ethereum's legacy pricing: the whole
 * gas price is paid, base fee burned, the rest tipped.
 */
public final class GasFees {
  private GasFees() {}

  /**
   * The tip per gas the proposer receives: min(max priority fee, max fee - base fee).
   *
   * @throws ArithmeticException when the fee cap is below the base fee (the transaction is invalid)
   */
  public static UInt256 tipPerGas(Transaction tx, UInt256 baseFee) {
    return tx.maxPriorityFeePerGas().min(tx.maxFeePerGas().subtract(baseFee));
  }

  /**
   * min(max fee, base fee + max priority fee), written so that it cannot overflow when the tip cap
   * is near 2^256.
   */
  public static UInt256 effectiveGasPrice(Transaction tx, UInt256 baseFee) {
    return baseFee.add(tipPerGas(tx, baseFee));
  }

  /** What {@code gasUsed} gas costs the sender, and where it goes. */
  public static FeeSplit split(Transaction tx, UInt256 baseFee, long gasUsed) {
    UInt256 gas = gas(gasUsed);
    return new FeeSplit(gas.multiply(baseFee), gas.multiply(tipPerGas(tx, baseFee)));
  }

  /**
   * The balance a sender must hold before the transaction runs: gas limit * max fee + value, as
   * geth's balance check (the fee cap, not the effective price, so that the check does not depend
   * on the base fee).
   *
   * @throws ArithmeticException when the amount exceeds 256 bits
   */
  public static UInt256 upfrontCost(Transaction tx) {
    return gas(tx.gasLimit()).multiply(tx.maxFeePerGas()).add(tx.value());
  }

  /** Gas amounts are unsigned 64-bit. */
  static UInt256 gas(long unsignedGas) {
    return UInt256.valueOf(new BigInteger(Long.toUnsignedString(unsignedGas)));
  }
}
