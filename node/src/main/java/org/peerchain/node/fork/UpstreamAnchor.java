package org.peerchain.node.fork;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * A trust anchor taken from the upstream itself, trusted on first use as an SSH host key: its
 * validator set ({@code peerchain_validators}) and its chain id and genesis hash.
 *
 * <p>What it still buys: the fork block must carry a quorum certificate of that set, and every
 * account read is proven against the certified state root, so an upstream cannot change one balance
 * without also inventing a whole validator set from the start; and once pinned in a kept data
 * directory (see {@link PinnedAnchor}), a later start refuses an upstream that presents another set.
 * What it does not: on first use, an upstream that lies about its validators is believed.
 */
public record UpstreamAnchor(ValidatorSet validators, SigningDomain domain) {
  static final int MAX_VALIDATORS = 10_000;

  public UpstreamAnchor {
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(domain, "domain");
  }

  /** @throws ForkException when the upstream fails or answers a malformed or empty validator set */
  public static UpstreamAnchor fetch(UpstreamClient upstream) {
    JsonNode answer = upstream.call("peerchain_validators");
    if (answer == null || !answer.isArray() || answer.isEmpty() || answer.size() > MAX_VALIDATORS) {
      throw new ForkException("upstream's peerchain_validators is not a list of 1 to " + MAX_VALIDATORS + " validators");
    }
    List<GenesisValidator> set = new ArrayList<>();
    for (JsonNode entry : answer) {
      JsonNode address = entry.get("address");
      if (address == null || !address.isTextual() || !Address.isValid(address.asText())) {
        throw new ForkException("upstream's peerchain_validators has an entry without a valid address");
      }
      UInt256 power = Hex.quantity(entry, "votingPower");
      if (power.toBigInteger().bitLength() > 62) {
        throw new ForkException("upstream's voting power of " + address.asText() + " is out of range");
      }
      try {
        set.add(new GenesisValidator(Address.fromHexString(address.asText()), power.toBigInteger().longValueExact()));
      } catch (IllegalArgumentException e) {
        throw new ForkException("upstream's peerchain_validators: " + e.getMessage());
      }
    }
    try {
      return new UpstreamAnchor(ValidatorSet.of(set), ForkConnector.domainFromUpstream(upstream));
    } catch (IllegalArgumentException e) {
      throw new ForkException("upstream's peerchain_validators: " + e.getMessage());
    }
  }

  public TrustAnchor trustAnchor() {
    return new TrustAnchor(validators, Optional.of(domain), "first-use anchor");
  }

  /** One line naming what is trusted: the validators (count and addresses), chain id and genesis hash. */
  public String describe() {
    String addresses = validators.validators().stream().limit(8)
        .map(v -> v.address().toChecksumString() + (v.power() == 1 ? "" : ":" + v.power()))
        .collect(Collectors.joining(","));
    String more = validators.size() > 8 ? ",... (" + (validators.size() - 8) + " more)" : "";
    return validators.size() + " validator" + (validators.size() == 1 ? "" : "s") + " [" + addresses + more + "] of chain "
        + domain.chainId() + ", genesis " + domain.genesisHash();
  }
}
