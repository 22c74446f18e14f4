package org.peerchain.p2p.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.frame;
import static org.peerchain.p2p.P2pFixtures.written;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.FrameDecoder;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.MessageDecoder;
import org.peerchain.p2p.protocol.NewBlock;
import org.peerchain.p2p.protocol.Ping;
import org.peerchain.p2p.protocol.Pong;

class KeepAliveHandlerTest {
  private final List<DisconnectReason> penalties = new ArrayList<>();

  private EmbeddedChannel channel() {
    EmbeddedChannel ch = new EmbeddedChannel();
    ch.freezeTime();
    ch.pipeline().addLast(new FrameDecoder(1024), new MessageDecoder(), FrameEncoder.INSTANCE,
        new IdleTimer(Duration.ofSeconds(30), Duration.ofSeconds(10)),
        new KeepAliveHandler((c, reason, why) -> penalties.add(reason)));
    return ch;
  }

  private static void advance(EmbeddedChannel ch, long seconds) {
    ch.advanceTimeBy(seconds, TimeUnit.SECONDS);
    ch.runScheduledPendingTasks();
    ch.runPendingTasks();
  }

  @Test
  void pingsAfterThePingIntervalOfWriterSilence() {
    EmbeddedChannel ch = channel();
    advance(ch, 9);
    assertThat(written(ch)).isEmpty();
    advance(ch, 2);
    assertThat(written(ch)).containsExactly(new Ping());
  }

  @Test
  void answersPingWithPongAndSwallowsPong() {
    EmbeddedChannel ch = channel();
    ch.writeInbound(frame(new Ping()));
    ch.writeInbound(frame(new Pong()));
    assertThat(written(ch)).containsExactly(new Pong());
    assertThat((Object) ch.readInbound()).isNull();
  }

  @Test
  void passesOtherMessagesOn() {
    EmbeddedChannel ch = channel();
    ch.writeInbound(frame(new NewBlock(3, Hash.ZERO)));
    assertThat((Object) ch.readInbound()).isEqualTo(new NewBlock(3, Hash.ZERO));
  }

  @Test
  void disconnectsAPeerSilentForTheIdleTimeout() {
    EmbeddedChannel ch = channel();
    for (int i = 0; i < 3; i++) {
      advance(ch, 10);
    }
    advance(ch, 1);
    List<Object> out = new ArrayList<>(written(ch));
    assertThat(out).last().isEqualTo(new Disconnect(DisconnectReason.TIMEOUT, "idle timeout"));
    assertThat(ch.isActive()).isFalse();
    assertThat(penalties).containsExactly(DisconnectReason.TIMEOUT);
  }

  @Test
  void aPeerThatAnswersStaysConnected() {
    EmbeddedChannel ch = channel();
    for (int i = 0; i < 10; i++) {
      advance(ch, 10);
      ch.writeInbound(frame(new Pong()));
    }
    assertThat(ch.isActive()).isTrue();
    assertThat(written(ch)).hasSize(10).allMatch(m -> m.equals(new Ping()));
    assertThat(penalties).isEmpty();
  }
}
