package org.peerchain.testnet.chaos;

import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.testnet.manifest.NodeEntry;

/**
 * Which testnet node proposes a height in round 0, by the consensus's own rotation over the
 * validators (testnet validators have power 1 each).
 */
final class ProposerPicker {
  private final ValidatorSet set;
  private final List<NodeEntry> validators;

  ProposerPicker(List<NodeEntry> validators) {
    this.validators = List.copyOf(validators);
    this.set = ValidatorSet.of(validators.stream()
        .map(v -> new GenesisValidator(Address.fromHexString(v.validatorAddress().orElseThrow()), 1)).toList());
  }

  Optional<NodeEntry> proposerOf(long height) {
    Address proposer = set.proposer(height, 0);
    return validators.stream()
        .filter(v -> Address.fromHexString(v.validatorAddress().orElseThrow()).equals(proposer)).findFirst();
  }
}
