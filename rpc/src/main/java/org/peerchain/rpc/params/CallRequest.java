package org.peerchain.rpc.params;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.AccessListEntry;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * The transaction object of eth_call, eth_estimateGas and eth_sendTransaction: every field
 * optional. {@code input} is the call data whichever of "input" and "data" carried it.
 */
public record CallRequest(
    Optional<Address> from,
    Optional<Address> to,
    OptionalLong gas,
    Optional<UInt256> gasPrice,
    Optional<UInt256> maxFeePerGas,
    Optional<UInt256> maxPriorityFeePerGas,
    Optional<UInt256> value,
    Bytes input,
    OptionalLong nonce,
    Optional<UInt256> chainId,
    Optional<List<AccessListEntry>> accessList,
    OptionalLong type) {

  public CallRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(gas, "gas");
    Objects.requireNonNull(gasPrice, "gasPrice");
    Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
    Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(accessList, "accessList");
    Objects.requireNonNull(type, "type");
  }

  public boolean isContractCreation() {
    return to.isEmpty();
  }

  public List<AccessListEntry> accessListOrEmpty() {
    return accessList.orElse(List.of());
  }
}
