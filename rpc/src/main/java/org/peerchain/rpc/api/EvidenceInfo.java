package org.peerchain.rpc.api;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;

/**
 * Two conflicting messages one validator signed for the same height, round and step, for
 * peerchain_evidence; {@code first} and {@code second} are the messages as the wire encodes them.
 */
public record EvidenceInfo(Address validator, long height, int round, String step, Bytes first, Bytes second) {
  public EvidenceInfo {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
