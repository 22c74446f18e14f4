package org.peerchain.consensus.ledger;

import java.math.BigInteger;
import java.util.Objects;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.types.UInt256;

/**
 * EIP-1559 base fee: the genesis block carries the genesis' initial base fee, every later block
 * the value computed from its parent, exactly as geth's {@code CalcBaseFee} (elasticity 2, change
 * denominator 8), then raised to a floor.
 *
 * <p>The default floor is 1 wei. The integer formula alone already never reaches 0 from a positive
 * parent (a decrease is at most parent/8, rounded down), and {@link Genesis} refuses a zero initial
 * base fee, so with the default the floor never binds and base fees equal Ethereum's for the same
 * headers, which is what wallets' fee estimation assumes. It is a guard and a knob: a network that
 * wants a minimum price against spam raises it, on every node alike, since it is a consensus rule.
 */
public final class BaseFeeCalculator {
  public static final long ELASTICITY_MULTIPLIER = 2;
  public static final long BASE_FEE_CHANGE_DENOMINATOR = 8;
  public static final UInt256 DEFAULT_FLOOR = UInt256.ONE;

  private static final BigInteger DENOMINATOR = BigInteger.valueOf(BASE_FEE_CHANGE_DENOMINATOR);

  private final UInt256 floor;

  public BaseFeeCalculator() {
    this(DEFAULT_FLOOR);
  }

  public BaseFeeCalculator(UInt256 floor) {
    Objects.requireNonNull(floor, "floor");
    if (floor.isZero()) {
      throw new IllegalArgumentException("the base fee floor must be positive");
    }
    this.floor = floor;
  }

  public UInt256 floor() {
    return floor;
  }

  /** The genesis block's base fee: the genesis' initial base fee, raised to the floor. */
  public UInt256 initial(Genesis genesis) {
    return genesis.initialBaseFeePerGas().max(floor);
  }

  /**
   * The base fee of the child of {@code parent}.
   *
   * @throws IllegalArgumentException when the parent's gas figures are not those of a valid block
   *     (gas limit below 2, so no target, or gas used above the gas limit)
   */
  public UInt256 next(BlockHeader parent) {
    return next(parent.baseFeePerGas(), parent.gasLimit(), parent.gasUsed());
  }

  public UInt256 next(UInt256 parentBaseFee, long parentGasLimit, long parentGasUsed) {
    long target = parentGasLimit / ELASTICITY_MULTIPLIER;
    if (target <= 0) {
      throw new IllegalArgumentException("parent gas limit " + parentGasLimit + " has no gas target");
    }
    if (parentGasUsed < 0 || parentGasUsed > parentGasLimit) {
      throw new IllegalArgumentException(
          "parent gas used " + parentGasUsed + " is outside [0, gas limit " + parentGasLimit + "]");
    }
    BigInteger base = parentBaseFee.toBigInteger();
    BigInteger next;
    if (parentGasUsed == target) {
      next = base;
    } else if (parentGasUsed > target) {
      BigInteger delta = change(base, parentGasUsed - target, target);
      next = base.add(delta.max(BigInteger.ONE)); // EIP-1559: a block above target raises the fee by at least 1 wei
    } else {
      next = base.subtract(change(base, target - parentGasUsed, target));
    }
    // UInt256.valueOf refuses a result over 2^256 - 1 rather than wrapping.
    return UInt256.valueOf(next).max(floor);
  }

  // The product is formed in BigInteger: base fee * gas delta may exceed 256 bits before dividing.
  private static BigInteger change(BigInteger base, long gasDelta, long target) {
    return base.multiply(BigInteger.valueOf(gasDelta)).divide(BigInteger.valueOf(target)).divide(DENOMINATOR);
  }
}
