package org.peerchain.rpc.explorer;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.ValidatorInfo;

/**
 * One validator's part in the recent blocks, read from their commit certificates: a validator
 * whose precommit a certificate lacks missed that block (CometBFT's "missed blocks", which also
 * counts precommits that came too late to be included).
 *
 * @param blocks how many recent certified blocks this looked at
 * @param lastSigned the newest of them its precommit is in; empty when none
 * @param proposed how many of them it proposed
 */
record ValidatorActivity(Address address, long votingPower, int blocks, int signed, int proposed,
    OptionalLong lastSigned) {
  ValidatorActivity {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(lastSigned, "lastSigned");
  }

  int missed() {
    return blocks - signed;
  }

  /** Each validator's activity over the newest {@code window} certified blocks of {@code recent} (oldest first). */
  static List<ValidatorActivity> of(List<ValidatorInfo> validators, List<BlockSummary> recent, int window) {
    List<BlockSummary> certified = ChainWindow.newest(recent, recent.size()).stream()
        .filter(b -> b.round() >= 0).limit(window).toList();
    return validators.stream().map(v -> {
      int signed = 0;
      int proposed = 0;
      OptionalLong last = OptionalLong.empty();
      for (BlockSummary b : certified) {
        if (b.signers().contains(v.address())) {
          signed++;
          if (last.isEmpty()) {
            last = OptionalLong.of(b.number());
          }
        }
        if (b.proposer().equals(v.address())) {
          proposed++;
        }
      }
      return new ValidatorActivity(v.address(), v.votingPower(), certified.size(), signed, proposed, last);
    }).toList();
  }
}
