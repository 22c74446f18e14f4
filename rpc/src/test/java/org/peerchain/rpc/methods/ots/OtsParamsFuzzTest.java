package org.peerchain.rpc.methods.ots;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.ParamParser;
import org.peerchain.rpc.server.RpcServer;

/**
 * Arbitrary JSON values through Otterscan's parameter parsers: each returns a value in its range
 * or fails with an invalid-params {@link RpcException}, never anything else.
 */
class OtsParamsFuzzTest {
  private static final ObjectMapper MAPPER = RpcServer.newMapper();

  @FuzzTest
  @DictionaryFile(resourcePath = "/org/peerchain/rpc/jsonrpc.dict")
  void parsesOrRejectsAsInvalidParams(byte[] data) {
    JsonNode value = json(new String(data, StandardCharsets.UTF_8));
    parse(value, OtsParams.NUMBER, n -> assertThat(n).isNotNegative());
    parse(value, OtsParams.PAGE_SIZE, n -> assertThat(n).isBetween(1, OtsParams.MAX_PAGE_SIZE));
    parse(value, OtsParams.BLOCK, OtsParamsFuzzTest::notNegative);
    parse(value, OtsParams.BLOCK_OR_HASH, OtsParamsFuzzTest::notNegative);
  }

  private static void notNegative(BlockParameter block) {
    if (block instanceof BlockParameter.Number n) {
      assertThat(n.number()).isNotNegative();
    }
  }

  private static JsonNode json(String input) {
    try {
      JsonNode node = MAPPER.readTree(input);
      if (node != null && !node.isMissingNode()) {
        return node;
      }
    } catch (JsonProcessingException notJson) {
      // Arbitrary text reaches the parsers as a string parameter.
    }
    return TextNode.valueOf(input);
  }

  private static <T> void parse(JsonNode value, ParamParser<T> parser, Consumer<T> check) {
    T parsed;
    try {
      parsed = RpcParams.of(value).required(0, "fuzzed", parser);
    } catch (RpcException e) {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(RpcException.INVALID_PARAMS);
      return;
    }
    check.accept(parsed);
  }
}
