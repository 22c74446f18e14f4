package org.peerchain.node.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** On a context of its own, so the test's log output is not touched. */
class LogSetupTest {
  @Test
  void jsonLinesCarryLevelLoggerAndMessage() throws Exception {
    LoggerContext context = new LoggerContext();
    // SLF4J's binding gives the global context its MDC adapter; a context of our own needs one too.
    context.setMDCAdapter(new LogbackMDCAdapter());
    LogSetup.apply(context, new LogSettings(Optional.of(Level.INFO), Map.of("org.peerchain.p2p", Level.DEBUG),
        Optional.empty(), LogFormat.JSON));
    OutputStreamAppender<?> appender = (OutputStreamAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
        .getAppender(LogSetup.JSON_APPENDER);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    appender.setOutputStream(bytes);

    context.getLogger("org.peerchain.p2p.Gossip").debug("peer {} sent \"junk\"\nover two lines", "abc");
    context.getLogger("org.peerchain.rpc.Server").debug("not at INFO");
    context.getLogger("org.peerchain.rpc.Server").warn("slow");

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines.get(0));
    assertThat(first.get("level").asText()).isEqualTo("DEBUG");
    assertThat(first.get("loggerName").asText()).isEqualTo("org.peerchain.p2p.Gossip");
    assertThat(first.get("formattedMessage").asText()).isEqualTo("peer abc sent \"junk\"\nover two lines");
    assertThat(first.has("timestamp")).isTrue();
    assertThat(first.has("threadName")).isTrue();
    assertThat(mapper.readTree(lines.get(1)).get("level").asText()).isEqualTo("WARN");
    context.stop();
  }

  @Test
  void levelsApplyToTheNamedLoggersOnly() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context, new LogSettings(Optional.of(Level.WARN), Map.of("org.peerchain.p2p", Level.TRACE),
        Optional.empty(), LogFormat.TEXT));
    assertThat(context.getLogger("org.peerchain.p2p.peers.Dialer").getEffectiveLevel()).isEqualTo(Level.TRACE);
    assertThat(context.getLogger("org.peerchain.rpc").getEffectiveLevel()).isEqualTo(Level.WARN);
  }
}
