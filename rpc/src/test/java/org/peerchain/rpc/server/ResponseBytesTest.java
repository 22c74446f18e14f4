package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.json.Json;

/** The direct writer gives byte for byte what serializing the response tree gives. */
class ResponseBytesTest {
  private static final ObjectMapper MAPPER = RpcServer.newMapper();
  private static final ResponseBytes WRITER = new ResponseBytes(MAPPER);

  @Property(tries = 2000)
  void sameBytesAsTheTree(@ForAll("ids") JsonNode id, @ForAll("results") JsonNode result) throws Exception {
    byte[] expected = MAPPER.writeValueAsBytes(Responses.result(id, result));
    assertThat(new String(WRITER.result(id, result), "UTF-8")).isEqualTo(new String(expected, "UTF-8"));
    assertThat(WRITER.result(id, result)).isEqualTo(expected);
  }

  @Test
  void hotReadShapes() throws Exception {
    for (JsonNode id : List.<JsonNode>of(Json.NODES.numberNode(1), Json.NODES.numberNode(Long.MAX_VALUE),
        Json.text("abc"), Json.NULL, Json.NODES.numberNode(-7))) {
      for (JsonNode result : List.of(Json.quantity(0), Json.quantity(1_000_000_000_000L), Json.text("0x539"))) {
        assertThat(WRITER.result(id, result)).isEqualTo(MAPPER.writeValueAsBytes(Responses.result(id, result)));
      }
    }
    assertThat(new String(WRITER.result(Json.NODES.numberNode(1), Json.text("0x1")), "UTF-8"))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}");
  }

  @Test
  void aJavaNullResultIsJsonNull() throws Exception {
    assertThat(WRITER.result(Json.NODES.numberNode(3), null))
        .isEqualTo(MAPPER.writeValueAsBytes(Responses.result(Json.NODES.numberNode(3), null)));
  }

  @Provide
  Arbitrary<JsonNode> ids() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(i -> (JsonNode) Json.NODES.numberNode(i)),
        Arbitraries.longs().map(l -> (JsonNode) Json.NODES.numberNode(l)),
        Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(70).negate(), BigInteger.ONE.shiftLeft(70))
            .map(b -> (JsonNode) Json.NODES.numberNode(b)),
        Arbitraries.doubles().map(d -> (JsonNode) Json.NODES.numberNode(d)),
        strings().map(Json::text),
        Arbitraries.just(Json.NULL));
  }

  @Provide
  Arbitrary<JsonNode> results() {
    return Arbitraries.oneOf(
        strings().map(Json::text),
        Arbitraries.longs().map(Json::quantity),
        Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofMaxLength(300).map(s -> Json.text("0x" + s)),
        Arbitraries.just(Json.NULL), Arbitraries.just(Json.TRUE), Arbitraries.just(Json.EMPTY_DATA),
        containers());
  }

  /** ASCII-heavy text with quotes, backslashes, control characters and some beyond ASCII. */
  private static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(300),
        Arbitraries.strings().withChars('"', '\\', '\n', '\u0000', '\u007f', 'é', '\u2028', 'a', '0', 'x').ofMaxLength(20),
        Arbitraries.strings().all().ofMaxLength(20));
  }

  private static Arbitrary<JsonNode> containers() {
    return Combinators.combine(strings(), strings(), Arbitraries.longs()).as((a, b, n) -> {
      ObjectNode o = Json.object();
      o.put("hash", a);
      o.put("number", n);
      ArrayNode list = o.putArray("transactions");
      list.add(b);
      list.add(Json.NULL);
      o.set("nested", Json.object().put("x", b));
      return o;
    });
  }
}
