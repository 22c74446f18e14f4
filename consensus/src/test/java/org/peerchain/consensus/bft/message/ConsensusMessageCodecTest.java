package org.peerchain.consensus.bft.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.core.block.Block;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

class ConsensusMessageCodecTest {
  private static final KeyPair KEY = BftTestKit.key(0);

  @Provide
  Arbitrary<ConsensusMessage> messages() {
    Arbitrary<Long> heights = Arbitraries.longs().between(1, Long.MAX_VALUE);
    Arbitrary<Integer> rounds = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<ConsensusMessage> votes = Combinators.combine(heights, rounds, Arbitraries.of(VoteType.values()),
        Arbitraries.bytes().array(byte[].class).ofSize(32).injectNull(0.3))
        .as((h, r, t, hash) -> BftTestKit.vote(KEY, t, h, r, Optional.ofNullable(hash).map(Hash::wrap)));
    Arbitrary<ConsensusMessage> proposals = Combinators.combine(heights, rounds, Arbitraries.strings().ofMaxLength(20)
        .alpha()).as((h, r, tag) -> {
          Block b = BftTestKit.block(h, KEY.address(), tag);
          int vr = r == 0 ? -1 : (int) (Math.abs((long) tag.hashCode()) % (r + 1L)) - 1;
          return BftTestKit.proposalBy(KEY, h, r, b, vr);
        });
    return Arbitraries.oneOf(votes, proposals);
  }

  @Property(tries = 200)
  void decodeOfEncodeIsIdentity(@ForAll("messages") ConsensusMessage m) {
    Bytes encoded = ConsensusMessageCodec.encode(m);
    assertThat(ConsensusMessageCodec.decode(encoded)).isEqualTo(m);
  }

  @Property(tries = 300)
  void corruptedInputFailsOnlyWithRlpException(@ForAll("messages") ConsensusMessage m, @ForAll int position,
      @ForAll byte value) {
    byte[] raw = ConsensusMessageCodec.encode(m).toArray();
    raw[Math.floorMod(position, raw.length)] ^= (byte) (value | 1);
    try {
      ConsensusMessage decoded = ConsensusMessageCodec.decode(Bytes.wrap(raw));
      // A flip that still decodes must decode to something that re-encodes to the same bytes (canonical).
      assertThat(ConsensusMessageCodec.encode(decoded)).isEqualTo(Bytes.wrap(raw));
    } catch (RlpException expected) {
      // fine
    }
  }

  @Property(tries = 200)
  void truncatedInputIsRejected(@ForAll("messages") ConsensusMessage m, @ForAll int cut) {
    Bytes encoded = ConsensusMessageCodec.encode(m);
    Bytes truncated = encoded.slice(0, Math.floorMod(cut, encoded.size()));
    assertThatThrownBy(() -> ConsensusMessageCodec.decode(truncated)).isInstanceOf(RlpException.class);
  }

  @Test
  void rejectsUnknownKindsAndOutOfRangeFields() {
    Bytes sig = Bytes.EMPTY;
    assertThatThrownBy(() -> ConsensusMessageCodec.decode(list(w -> w.writeInt(9)))).isInstanceOf(RlpException.class)
        .hasMessageContaining("unknown consensus message kind 9");
    // height 0
    assertThatThrownBy(() -> ConsensusMessageCodec.decode(vote(0, new byte[0], 1))).isInstanceOf(RlpException.class)
        .hasMessageContaining("height");
    // a 31-byte hash
    assertThatThrownBy(() -> ConsensusMessageCodec.decode(vote(1, new byte[31], 1))).isInstanceOf(RlpException.class)
        .hasMessageContaining("32 bytes");
    // recovery id 5
    assertThatThrownBy(() -> ConsensusMessageCodec.decode(vote(1, new byte[0], 5))).isInstanceOf(RlpException.class);
    assertThat(sig.isEmpty()).isTrue();
  }

  @Test
  void aPrecommitSignsExactlyWhatACommitSignatureSigns() {
    Hash block = Hash.wrap(new byte[32]);
    Vote v = BftTestKit.vote(KEY, VoteType.PRECOMMIT, 5, 2, Optional.of(block));
    assertThat(SigningBytes.of(BftTestKit.DOMAIN, v)).isEqualTo(SigningBytes.precommit(BftTestKit.DOMAIN, 5, 2, block));
    Vote pre = BftTestKit.vote(KEY, VoteType.PREVOTE, 5, 2, Optional.of(block));
    assertThat(SigningBytes.of(BftTestKit.DOMAIN, pre)).isNotEqualTo(SigningBytes.of(BftTestKit.DOMAIN, v));
  }

  private static Bytes vote(long height, byte[] hash, int recoveryId) {
    return list(w -> w.writeInt(3).writeLong(height).writeInt(0).writeBytes(hash).writeAddress(KEY.address())
        .writeLong(1).writeLong(1).writeInt(recoveryId));
  }

  private static Bytes list(java.util.function.Consumer<RlpWriter> body) {
    RlpWriter w = new RlpWriter().startList();
    body.accept(w);
    return w.endList().toBytes();
  }
}
