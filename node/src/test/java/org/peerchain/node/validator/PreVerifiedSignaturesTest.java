package org.peerchain.node.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.bft.BftTestKit.DOMAIN;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.types.Hash;

class PreVerifiedSignaturesTest {
  private final AtomicInteger realChecks = new AtomicInteger();
  private final MessageVerifier real = (hash, signature, signer) -> {
    realChecks.incrementAndGet();
    return MessageVerifier.secp256k1().verify(hash, signature, signer);
  };

  private static Vote vote(int round) {
    return BftTestKit.vote(BftTestKit.key(0), VoteType.PREVOTE, 1, round, Optional.empty());
  }

  private static Hash signing(Vote v) {
    return SigningBytes.of(DOMAIN, v);
  }

  @Test
  void aSignatureCheckedAheadIsNotCheckedAgainByTheEngineOnce() {
    PreVerifiedSignatures signatures = new PreVerifiedSignatures(real, 16);
    Vote v = vote(0);
    assertThat(signatures.ahead().verify(DOMAIN, v)).isTrue();
    assertThat(signatures.verify(DOMAIN, v)).isTrue();
    assertThat(realChecks).hasValue(1);
    // Used once: a second engine check verifies for real.
    assertThat(signatures.verify(DOMAIN, v)).isTrue();
    assertThat(realChecks).hasValue(2);
  }

  @Test
  void aBadSignatureIsNotRemembered() {
    PreVerifiedSignatures signatures = new PreVerifiedSignatures(real, 16);
    Vote v = vote(0);
    Vote other = vote(1);
    assertThat(signatures.verifyAhead(signing(other), v.signature(), v.signer())).isFalse();
    assertThat(signatures.remembered()).isZero();
    assertThat(signatures.verify(signing(other), v.signature(), v.signer())).isFalse();
  }

  @Test
  void rememberedAnswersAreBounded() {
    PreVerifiedSignatures signatures = new PreVerifiedSignatures(real, 3);
    for (int round = 0; round < 5; round++) {
      signatures.ahead().verify(DOMAIN, vote(round));
    }
    assertThat(signatures.remembered()).isEqualTo(3);
    realChecks.set(0);
    // The oldest fell out and is checked for real; the newest is not.
    assertThat(signatures.verify(DOMAIN, vote(0))).isTrue();
    assertThat(signatures.verify(DOMAIN, vote(4))).isTrue();
    assertThat(realChecks).hasValue(1);
  }
}
