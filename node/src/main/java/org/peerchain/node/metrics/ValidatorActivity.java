package org.peerchain.node.metrics;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;

/**
 * Who signed the blocks this node finalized, from their commit certificates: per validator the
 * blocks it missed (its precommit is not in the certificate) and the last height it signed, and
 * for the latest block how many validators, and how much power, were missing. A certificate needs
 * only a quorum, so a validator whose precommit came late counts as missing, as in CometBFT.
 * Only members of the set are tracked, so the label values are bounded by the set's size.
 */
final class ValidatorActivity {
  /** One validator's record; {@code lastSignedHeight} is 0 until it signs a block seen here. */
  record Record(long missedBlocks, long lastSignedHeight) {}

  private final ValidatorSet validators;
  private final Map<Address, Record> records = new LinkedHashMap<>();
  private int missingValidators;
  private long missingPower;

  ValidatorActivity(ValidatorSet validators) {
    this.validators = validators;
    for (GenesisValidator v : validators.validators()) {
      records.put(v.address(), new Record(0, 0));
    }
  }

  synchronized void onCertificate(CommitCertificate certificate) {
    Set<Address> signers = new HashSet<>();
    for (CommitSignature s : certificate.signatures()) {
      signers.add(s.validator());
    }
    int missing = 0;
    long power = 0;
    for (GenesisValidator v : validators.validators()) {
      Record r = records.get(v.address());
      if (signers.contains(v.address())) {
        records.put(v.address(), new Record(r.missedBlocks(), Math.max(r.lastSignedHeight(), certificate.height())));
      } else {
        records.put(v.address(), new Record(r.missedBlocks() + 1, r.lastSignedHeight()));
        missing++;
        power += v.power();
      }
    }
    missingValidators = missing;
    missingPower = power;
  }

  synchronized Map<Address, Record> records() {
    return Map.copyOf(records);
  }

  synchronized int missingValidators() {
    return missingValidators;
  }

  synchronized long missingPower() {
    return missingPower;
  }
}
