package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HexFormat;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.params.ParamParser;

/** No account has storage: always 32 zero bytes. */
public final class EthGetStorageAt implements RpcMethod {
  private static final JsonNode ZERO_WORD = TextNode.valueOf("0x" + "0".repeat(64));
  /** geth takes a slot as up to 64 hex digits, odd counts included. */
  static final ParamParser<String> SLOT = node -> {
    String text = HexData.STRING.parse(node);
    if (!text.startsWith("0x") && !text.startsWith("0X")) {
      throw new IllegalArgumentException("hex string without 0x prefix: " + text);
    }
    if (text.length() > 66) {
      throw new IllegalArgumentException("hex string too long, want at most 32 bytes");
    }
    for (int i = 2; i < text.length(); i++) {
      // ASCII hex only: Character.digit also takes other scripts' digits and fullwidth letters.
      if (!HexFormat.isHexDigit(text.charAt(i))) {
        throw new IllegalArgumentException("invalid hex string: " + text);
      }
    }
    return text;
  };

  private final BlockResolver blocks;

  public EthGetStorageAt(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getStorageAt";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    params.required(0, "address", HexData.ADDRESS);
    params.required(1, "slot", SLOT);
    blocks.headerForState(params.optional(2, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST));
    return ZERO_WORD;
  }
}
