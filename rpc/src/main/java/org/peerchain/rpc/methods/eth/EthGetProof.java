package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.params.ParamParser;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateUnavailableException;

/**
 * EIP-1186 proof of an account. Accounts have no storage, so each asked-for slot is proven zero by
 * the empty storage trie: value 0x0 and an empty proof.
 */
public final class EthGetProof implements RpcMethod {
  static final JsonNode KECCAK_EMPTY = Json.hash(Keccak.hash(Bytes.EMPTY));
  static final JsonNode EMPTY_STORAGE_ROOT = Json.hash(BlockHeader.EMPTY_TRIE_ROOT);
  private static final ParamParser<List<String>> KEYS = node -> {
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected an array of storage keys");
    }
    List<String> keys = new ArrayList<>();
    for (JsonNode key : node) {
      keys.add(EthGetStorageAt.SLOT.parse(key));
    }
    return keys;
  };

  private final BlockResolver blocks;

  public EthGetProof(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getProof";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    Address address = params.required(0, "address", HexData.ADDRESS);
    List<String> keys = params.required(1, "storageKeys", KEYS);
    BlockParameter block = params.optional(2, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST);
    BlockHeader header = blocks.headerForState(block);
    List<Bytes> proof;
    Account account;
    try {
      proof = blocks.chain().proof(address, header.stateRoot());
      account = blocks.chain().account(address, header.stateRoot());
    } catch (StateUnavailableException e) {
      throw RpcException.server(e.getMessage());
    }
    ObjectNode o = Json.object();
    o.set("address", Json.address(address));
    ArrayNode nodes = o.putArray("accountProof");
    proof.forEach(n -> nodes.add(Json.data(n)));
    o.set("balance", Json.quantity(account.balance()));
    o.set("codeHash", KECCAK_EMPTY);
    o.set("nonce", Json.quantity(account.nonce()));
    o.set("storageHash", EMPTY_STORAGE_ROOT);
    ArrayNode storage = o.putArray("storageProof");
    for (String key : keys) {
      ObjectNode entry = storage.addObject();
      entry.put("key", key);
      entry.set("value", Json.ZERO);
      entry.putArray("proof");
    }
    return o;
  }
}
