package org.peerchain.rpc.methods.eth;

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
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.CallRequestParser;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.params.LogFilterParser;
import org.peerchain.rpc.params.ParamParser;
import org.peerchain.rpc.params.Quantities;
import org.peerchain.rpc.server.RpcServer;

/**
 * Arbitrary JSON values, or arbitrary text as a JSON string, through the parameter parsers the
 * methods use. Each either returns a value or fails with an invalid-params {@link RpcException};
 * a number or hex string it accepts is ASCII and reads back as the value it was parsed to.
 */
class ParamParsersFuzzTest {
  private static final ObjectMapper MAPPER = RpcServer.newMapper();

  @FuzzTest
  @DictionaryFile(resourcePath = "/org/peerchain/rpc/jsonrpc.dict")
  void parsesOrRejectsAsInvalidParams(byte[] data) {
    JsonNode value = json(new String(data, StandardCharsets.UTF_8));
    String text = value.isTextual() ? value.textValue() : null;

    parse(value, BlockParameters.TAG_OR_NUMBER, b -> blockNumberReadsBack(b, text));
    parse(value, BlockParameters.NUMBER_OR_HASH, b -> blockNumberReadsBack(b, text));
    parse(value, Quantities.UINT64, v -> assertThat(Quantities.format(v)).isEqualToIgnoringCase(text));
    parse(value, Quantities.UINT256, v -> assertThat(v.toQuantity()).isEqualToIgnoringCase(text));
    parse(value, HexData.BYTES, v -> assertThat(v.toHexString()).isEqualToIgnoringCase(text));
    parse(value, HexData.ADDRESS, v -> assertThat(v.bytes().toHexString()).isEqualToIgnoringCase(text));
    parse(value, HexData.HASH, v -> assertThat(v.bytes().toHexString()).isEqualToIgnoringCase(text));
    parse(value, EthGetStorageAt.SLOT, ParamParsersFuzzTest::assertAscii);
    parse(value, EthFeeHistory.BLOCK_COUNT, v -> {
      if (text != null) {
        assertAscii(text);
      }
    });
    parse(value, EthFeeHistory.PERCENTILES, v -> { });
    parse(value, CallRequestParser.INSTANCE, v -> { });
    parse(value, LogFilterParser.INSTANCE, v -> { });
  }

  /** The input as JSON when it is JSON, otherwise as the JSON string a client could have sent. */
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

  private static void blockNumberReadsBack(BlockParameter parsed, String text) {
    if (parsed instanceof BlockParameter.Number n && text != null) {
      assertThat(Quantities.format(n.number())).isEqualToIgnoringCase(text);
    }
  }

  private static void assertAscii(String text) {
    assertThat(text.chars().allMatch(c -> c < 128)).as("accepted non-ASCII text %s", text).isTrue();
  }
}
