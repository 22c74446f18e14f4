package org.peerchain.rpc.methods.web3;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** Keccak-256 of the given data (not SHA3-256, despite the name). */
public final class Web3Sha3 implements RpcMethod {
  @Override
  public String name() {
    return "web3_sha3";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    return Json.hash(Keccak.hash(params.atMost(1).required(0, "data", HexData.BYTES)));
  }
}
