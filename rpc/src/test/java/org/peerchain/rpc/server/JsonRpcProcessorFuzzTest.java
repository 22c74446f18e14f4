package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.backend.ChainEventHub;
import org.peerchain.rpc.backend.KeyPairDevSigner;
import org.peerchain.rpc.filters.FilterManager;
import org.peerchain.rpc.fixture.FakeNode;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.TxSyncSettings;

/**
 * Arbitrary request bodies through the processor and every method of every namespace, over the
 * fixture chain. Whatever a client sends, each call is answered with a result or a typed error:
 * an internal error means a parser or method threw something other than {@link RpcException}.
 */
class JsonRpcProcessorFuzzTest {
  private static final FixtureChain CHAIN = FixtureChain.standard();
  private static final FakeNode NODE = new FakeNode(CHAIN.access());
  private static final ChainEventHub EVENTS = new ChainEventHub();
  private static final KeyPairDevSigner DEV = KeyPairDevSigner.devAccounts(3);
  private static final ObjectMapper MAPPER = RpcServer.newMapper();
  private static final int BATCH_LIMIT = 10;

  @FuzzTest
  @DictionaryFile(resourcePath = "/org/peerchain/rpc/jsonrpc.dict")
  void answersEveryCallWithAResultOrATypedError(byte[] body) throws IOException {
    // Fresh pool and filters each time, so that an input behaves the same when it is replayed alone.
    NODE.reset();
    try (FilterManager filters = new FilterManager(EVENTS, 4, () -> 0L)) {
      MethodContext context = new MethodContext(CHAIN.access(), NODE, NODE, Optional.of(DEV), filters, MAPPER,
          ChainEvents.NONE,
          // A fuzzed call must not wait: a valid transaction would otherwise sit out the default timeout.
          new TxSyncSettings(Duration.ofMillis(1), Duration.ofMillis(1), 1), CHAIN.access().addressHistory());
      JsonRpcProcessor processor = new JsonRpcProcessor(MAPPER,
          StandardMethods.registry(context, EnumSet.allOf(Namespace.class)), BATCH_LIMIT, RpcMetrics.NONE);
      Optional<byte[]> response = processor.process(body, CallContext.HTTP);
      if (response.isPresent()) {
        JsonNode answer = MAPPER.readTree(response.get());
        for (JsonNode one : answer.isArray() ? answer : MAPPER.createArrayNode().add(answer)) {
          assertThat(one.path("error").path("code").asInt()).as("%s", one).isNotEqualTo(RpcException.INTERNAL_ERROR);
        }
      }
    }
  }
}
