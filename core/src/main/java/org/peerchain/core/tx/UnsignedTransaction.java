package org.peerchain.core.tx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * The fields a sender signs, apart from the chain id (given when signing). Fees follow geth's
 * tip cap / fee cap view so that fee logic needs no switch on the type: for types 0 and 1 both are
 * the gas price.
 *
 * <p>{@code nonce} and {@code gasLimit} are unsigned 64-bit values, as on the wire (the reference
 * vectors accept a gas limit of 2^64-1): compare them with {@link Long#compareUnsigned}.
 *
 * @param to empty for contract creation, which decodes but {@link #isContractCreation()} lets the
 *     ledger refuse
 */
public record UnsignedTransaction(
    TransactionType type,
    long nonce,
    UInt256 maxPriorityFeePerGas,
    UInt256 maxFeePerGas,
    long gasLimit,
    Optional<Address> to,
    UInt256 value,
    Bytes data,
    List<AccessListEntry> accessList) {

  public UnsignedTransaction {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(data, "data");
    accessList = List.copyOf(accessList);
    if (type != TransactionType.DYNAMIC_FEE && !maxPriorityFeePerGas.equals(maxFeePerGas)) {
      throw new IllegalArgumentException("a " + type + " transaction has one gas price: tip and fee cap must be equal");
    }
    if (type == TransactionType.LEGACY && !accessList.isEmpty()) {
      throw new IllegalArgumentException("a legacy transaction has no access list");
    }
  }

  public static Builder builder(TransactionType type) {
    return new Builder(type);
  }

  /** The gas price of a type 0 or 1 transaction; empty for EIP-1559. */
  public Optional<UInt256> gasPrice() {
    return type == TransactionType.DYNAMIC_FEE ? Optional.empty() : Optional.of(maxFeePerGas);
  }

  public boolean isContractCreation() {
    return to.isEmpty();
  }

  public static final class Builder {
    private final TransactionType type;
    private long nonce;
    private UInt256 maxPriorityFeePerGas = UInt256.ZERO;
    private UInt256 maxFeePerGas = UInt256.ZERO;
    private long gasLimit;
    private Optional<Address> to = Optional.empty();
    private UInt256 value = UInt256.ZERO;
    private Bytes data = Bytes.EMPTY;
    private List<AccessListEntry> accessList = List.of();

    private Builder(TransactionType type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    public Builder nonce(long nonce) {
      this.nonce = nonce;
      return this;
    }

    /** For types 0 and 1. */
    public Builder gasPrice(UInt256 gasPrice) {
      if (type == TransactionType.DYNAMIC_FEE) {
        throw new IllegalStateException("an EIP-1559 transaction has no gas price: set the fee cap and tip");
      }
      this.maxPriorityFeePerGas = gasPrice;
      this.maxFeePerGas = gasPrice;
      return this;
    }

    /** For EIP-1559. */
    public Builder maxPriorityFeePerGas(UInt256 fee) {
      requireDynamicFee();
      this.maxPriorityFeePerGas = fee;
      return this;
    }

    /** For EIP-1559. */
    public Builder maxFeePerGas(UInt256 fee) {
      requireDynamicFee();
      this.maxFeePerGas = fee;
      return this;
    }

    public Builder gasLimit(long gasLimit) {
      this.gasLimit = gasLimit;
      return this;
    }

    public Builder to(Address to) {
      this.to = Optional.of(to);
      return this;
    }

    public Builder to(Optional<Address> to) {
      this.to = to;
      return this;
    }

    public Builder value(UInt256 value) {
      this.value = value;
      return this;
    }

    public Builder data(Bytes data) {
      this.data = data;
      return this;
    }

    public Builder accessList(List<AccessListEntry> accessList) {
      this.accessList = accessList;
      return this;
    }

    public UnsignedTransaction build() {
      return new UnsignedTransaction(type, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList);
    }

    private void requireDynamicFee() {
      if (type != TransactionType.DYNAMIC_FEE) {
        throw new IllegalStateException("a " + type + " transaction has a single gas price");
      }
    }
  }
}
