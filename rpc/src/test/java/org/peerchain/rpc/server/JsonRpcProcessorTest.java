package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.MethodRegistry;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

class JsonRpcProcessorTest {
  record Call(String method, boolean error) {}

  private final List<Call> calls = new ArrayList<>();
  private final JsonRpcProcessor processor = new JsonRpcProcessor(RpcServer.newMapper(), new MethodRegistry(List.of(
      method("web3_ok", p -> Json.text("fine")),
      method("web3_broken", p -> {
        throw new IllegalStateException("secret internal detail");
      }),
      method("web3_typed", p -> {
        throw new RpcException(-32000, "typed failure", Json.text("0xdead"));
      })), EnumSet.allOf(Namespace.class)), 10, (m, nanos, error) -> calls.add(new Call(m, error)));

  @Test
  void unexpectedExceptionsBecomeInternalErrorsWithoutDetail() throws Exception {
    JsonNode r = run("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_broken\"}");
    assertThat(r.get("error").get("code").intValue()).isEqualTo(-32603);
    assertThat(r.get("error").get("message").textValue()).isEqualTo("internal error");
    assertThat(r.toString()).doesNotContain("secret").doesNotContain("IllegalState");
  }

  @Test
  void typedErrorsCarryTheirData() throws Exception {
    JsonNode r = run("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"web3_typed\"}");
    assertThat(r.get("id").textValue()).isEqualTo("x");
    assertThat(r.get("error").get("data").textValue()).isEqualTo("0xdead");
  }

  @Test
  void metricsSeeEveryCallWithBoundedNames() throws Exception {
    run("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_ok\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"web3_broken\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"web3_random123\"},{\"jsonrpc\":\"2.0\",\"method\":\"web3_ok\"}]");
    assertThat(calls).containsExactly(new Call("web3_ok", false), new Call("web3_broken", true),
        new Call(RpcMetrics.UNKNOWN_METHOD, true), new Call("web3_ok", false));
  }

  @Test
  void largeIdsAndFractionalIdsAreEchoed() throws Exception {
    assertThat(run("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"web3_ok\"}").get("id").bigIntegerValue())
        .hasToString("123456789012345678901234567890");
    assertThat(run("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"web3_ok\"}").get("id").doubleValue()).isEqualTo(1.5);
  }

  private JsonNode run(String body) throws Exception {
    byte[] out = processor.process(body.getBytes(StandardCharsets.UTF_8), CallContext.HTTP).orElseThrow();
    return new ObjectMapper().readTree(out);
  }

  private static RpcMethod method(String name, java.util.function.Function<RpcParams, JsonNode> body) {
    return new RpcMethod() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public JsonNode execute(RpcParams params, CallContext context) {
        return body.apply(params);
      }
    };
  }
}
