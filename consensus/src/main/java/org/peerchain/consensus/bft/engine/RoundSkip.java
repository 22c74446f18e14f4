package org.peerchain.consensus.bft.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.core.types.Address;

/**
 * The highest round each validator has sent a (verified) message for at the current height, to
 * find the round to skip to (line 55): the highest round R such that validators with more than the
 * faulty power (f + 1) have each sent a message at round R or above. At least one of them is honest
 * and has reached R, so jumping there is what the paper's f+1 rule does, and it still works for
 * rounds too far ahead to keep their messages. Validators above R then hold at most f, so those at
 * R hold a quorum: the round after a skip can make progress.
 */
final class RoundSkip {
  private final ValidatorSet validators;
  private final Map<Address, Integer> highest = new HashMap<>();
  private int cached = -1;
  private boolean dirty;

  RoundSkip(ValidatorSet validators) {
    this.validators = validators;
  }

  void saw(Address validator, int round) {
    Integer prior = highest.get(validator);
    if (prior == null || round > prior) {
      highest.put(validator, round);
      dirty = true;
    }
  }

  /** The highest round {@code validator} was seen at, or -1. */
  int highest(Address validator) {
    return highest.getOrDefault(validator, -1);
  }

  /** The round f + 1 of the power has reached, or -1. */
  int target() {
    if (dirty) {
      cached = compute();
      dirty = false;
    }
    return cached;
  }

  private int compute() {
    List<Map.Entry<Address, Integer>> entries = new ArrayList<>(highest.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    long power = 0;
    for (Map.Entry<Address, Integer> e : entries) {
      power += validators.power(e.getKey());
      if (validators.exceedsFaulty(power)) {
        return e.getValue();
      }
    }
    return -1;
  }
}
