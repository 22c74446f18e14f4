package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.protocol.AccountEntry;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.GetAccountRange;
import org.peerchain.p2p.protocol.GetSnapshotHeights;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.p2p.protocol.SnapshotHeights;
import org.peerchain.p2p.session.OutboundLimits;
import org.peerchain.p2p.session.PeerSession;

class SnapRequestsTest {
  private static final Hash ROOT = Hash.fromHexString("0x" + "ef".repeat(32));
  private static final Hash START = Hash.fromHexString("0x" + "40".repeat(32));
  private static final Hash LIMIT = Hash.fromHexString("0x" + "7f".repeat(32));

  private final List<Integer> penalties = new ArrayList<>();
  private final SnapRequests requests = new SnapRequests(Duration.ofSeconds(10), (s, points, why) -> penalties.add(points));
  private final EmbeddedChannel ch = new EmbeddedChannel(FrameEncoder.INSTANCE);
  private final PeerSession peer = session(ch, 3);

  private static PeerSession session(EmbeddedChannel ch, int version) {
    return new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(2), true), false, Optional.empty(), 5, Hash.ZERO,
        OutboundLimits.ofFrames(16), version);
  }

  private Message sent() {
    List<Message> out = P2pFixtures.written(ch);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static AccountEntry account(String twoHex) {
    return new AccountEntry(Hash.fromHexString("0x" + twoHex.repeat(32)), Bytes.of(0xc2, 0x01, 0x02));
  }

  @Test
  void heightsCompleteWithTheAnswer() throws Exception {
    CompletableFuture<List<SnapshotHeight>> f = requests.heights(peer);
    GetSnapshotHeights get = (GetSnapshotHeights) sent();
    List<SnapshotHeight> offered = List.of(new SnapshotHeight(100, Hash.ZERO, ROOT));
    requests.onHeights(peer, new SnapshotHeights(get.requestId(), offered));
    assertThat(f.get()).isEqualTo(offered);
    assertThat(penalties).isEmpty();
  }

  @Test
  void aRangeIsAskedAsGivenAndItsAnswerPassedOn() throws Exception {
    CompletableFuture<AccountRange> f = requests.range(peer, ROOT, START, LIMIT, 4096);
    GetAccountRange get = (GetAccountRange) sent();
    assertThat(get).isEqualTo(new GetAccountRange(get.requestId(), ROOT, START, LIMIT, 4096));
    AccountRange answer = new AccountRange(get.requestId(), List.of(account("41")), List.of(Bytes.of(0xc0)));
    requests.onRange(peer, answer);
    assertThat(f.get()).isEqualTo(answer);
  }

  @Test
  void anAccountBelowTheStartBreaksTheProtocol() {
    CompletableFuture<AccountRange> f = requests.range(peer, ROOT, START, LIMIT, 4096);
    long id = ((GetAccountRange) sent()).requestId();
    assertThatThrownBy(() -> requests.onRange(peer, new AccountRange(id, List.of(account("3f")), List.of())))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("below the asked start");
    assertThat(f).isCompletedExceptionally();
  }

  @Test
  void anAnswerOfTheWrongKindBreaksTheProtocol() {
    CompletableFuture<AccountRange> f = requests.range(peer, ROOT, START, LIMIT, 4096);
    long id = ((GetAccountRange) sent()).requestId();
    assertThatThrownBy(() -> requests.onHeights(peer, new SnapshotHeights(id, List.of())))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("answering a GetAccountRange");
    assertThat(f).isCompletedExceptionally();
  }

  @Test
  void anUnsolicitedAnswerCostsALittle() {
    requests.onRange(peer, new AccountRange(99, List.of(), List.of()));
    assertThat(penalties).containsExactly(Penalties.USELESS_RESPONSE);
  }

  @Test
  void noAnswerInTimeCostsTheTimeoutPenalty() {
    CompletableFuture<AccountRange> f = requests.range(peer, ROOT, START, LIMIT, 4096);
    ch.advanceTimeBy(11, TimeUnit.SECONDS);
    ch.runScheduledPendingTasks();
    assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
    assertThat(penalties).containsExactly(Penalties.TIMEOUT);
  }

  @Test
  void aVersion2PeerIsNeverAsked() {
    EmbeddedChannel old = new EmbeddedChannel(FrameEncoder.INSTANCE);
    CompletableFuture<List<SnapshotHeight>> f = requests.heights(session(old, 2));
    assertThat(f).isCompletedExceptionally();
    assertThat(P2pFixtures.written(old)).isEmpty();
  }

  @Test
  void aDisconnectFailsWhatThePeerOwed() {
    CompletableFuture<AccountRange> f = requests.range(peer, ROOT, START, LIMIT, 4096);
    requests.peerGone(peer);
    assertThat(f).isCompletedExceptionally();
    assertThat(penalties).isEmpty();
  }
}
