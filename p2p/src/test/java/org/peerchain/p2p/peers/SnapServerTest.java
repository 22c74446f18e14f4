package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.FakeChain;
import org.peerchain.p2p.api.RangeAnswer;
import org.peerchain.p2p.protocol.AccountEntry;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.GetAccountRange;
import org.peerchain.p2p.protocol.GetSnapshotHeights;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.p2p.protocol.SnapshotHeights;

class SnapServerTest {
  private static final Hash ROOT = Hash.fromHexString("0x" + "ef".repeat(32));
  private final List<Integer> budgets = new ArrayList<>();
  private List<SnapshotHeight> heights = List.of();
  private Optional<RangeAnswer> range = Optional.empty();

  private final FakeChain chain = new FakeChain() {
    @Override
    public List<SnapshotHeight> snapshotHeights() {
      return heights;
    }

    @Override
    public Optional<RangeAnswer> accountRange(Hash root, Hash start, Hash limit, int byteBudget) {
      budgets.add(byteBudget);
      if (range == null) {
        throw new IllegalStateException("disk gone");
      }
      return range;
    }
  };
  private final SnapServer server = new SnapServer(chain);

  private static Object decode(Iterator<byte[]> frames) {
    byte[] frame = frames.next();
    assertThat(frames.hasNext()).isFalse();
    return MessageCodec.decodePayload(Bytes.wrap(frame).slice(4));
  }

  private static GetAccountRange ask(int budget) {
    return new GetAccountRange(5, ROOT, Hash.ZERO, Hash.fromHexString("0x" + "ff".repeat(32)), budget);
  }

  @Test
  void offersTheNewestSixteenHeights() {
    heights = LongStream.rangeClosed(1, 20).mapToObj(h -> new SnapshotHeight(h * 100, Hash.ZERO, ROOT)).toList();
    SnapshotHeights answer = (SnapshotHeights) decode(server.answer(new GetSnapshotHeights(3)));
    assertThat(answer.requestId()).isEqualTo(3);
    assertThat(answer.heights()).hasSize(ProtocolLimits.MAX_SNAPSHOT_HEIGHTS);
    assertThat(answer.heights().get(0).height()).isEqualTo(500);
  }

  @Test
  void capsTheAskedBudget() {
    server.answer(ask(Integer.MAX_VALUE));
    server.answer(ask(1000));
    assertThat(budgets).containsExactly(ProtocolLimits.MAX_ACCOUNT_RANGE_BYTES, 1000);
  }

  @Test
  void aRootNotServedOrAFailedReadIsAnsweredAsUnavailable() {
    assertThat(((AccountRange) decode(server.answer(ask(1000)))).unavailable()).isTrue();
    range = null;
    assertThat(((AccountRange) decode(server.answer(ask(1000)))).unavailable()).isTrue();
  }

  @Test
  void answersWhatTheNodeRead() {
    AccountEntry a = new AccountEntry(Hash.fromHexString("0x" + "11".repeat(32)), Bytes.of(0xc2, 0x01, 0x02));
    range = Optional.of(new RangeAnswer(List.of(a), List.of(Bytes.of(0xc2, 0x80, 0x80))));
    AccountRange answer = (AccountRange) decode(server.answer(ask(1000)));
    assertThat(answer).isEqualTo(new AccountRange(5, List.of(a), List.of(Bytes.of(0xc2, 0x80, 0x80))));
  }
}
