package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.p2p.identity.PeerId;

class AdmissionBudgetTest {
  private static final PeerId A = peer(1);
  private static final PeerId B = peer(2);

  private static PeerId peer(int i) {
    return PeerId.of(Secp256k1.get().keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(100 + i))).publicKey());
  }

  @Test
  void aPeerHasItsOwnShareOfBatches() {
    AdmissionBudget budget = new AdmissionBudget(2, 1_000_000);
    assertThat(budget.reserve(A, 10)).isTrue();
    assertThat(budget.reserve(A, 10)).isTrue();
    assertThat(budget.reserve(A, 10)).as("A's third batch").isFalse();
    assertThat(budget.reserve(B, 10)).as("B is not held up by A").isTrue();
    budget.release(A, 10);
    assertThat(budget.reserve(A, 10)).isTrue();
    assertThat(budget.bytes()).isEqualTo(30);
  }

  @Test
  void allPeersTogetherStayWithinTheBytes() {
    AdmissionBudget budget = new AdmissionBudget(100, 100);
    assertThat(budget.reserve(A, 60)).isTrue();
    assertThat(budget.reserve(B, 60)).isFalse();
    assertThat(budget.bytes()).isEqualTo(60);
    budget.release(A, 60);
    assertThat(budget.reserve(B, 60)).isTrue();
  }
}
