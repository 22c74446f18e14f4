package org.peerchain.rpc.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.core.block.BlockHeader;

/** geth's header object (newHeads notifications and the head part of a block), fields in geth's order. */
public final class HeaderJson {
  private HeaderJson() {}

  public static ObjectNode of(BlockHeader h) {
    ObjectNode o = Json.object();
    writeTo(o, h);
    o.set("hash", Json.hash(h.hash()));
    return o;
  }

  /** The header fields without the hash, which a block object puts elsewhere. */
  static void writeTo(ObjectNode o, BlockHeader h) {
    o.set("parentHash", Json.hash(h.parentHash()));
    o.set("sha3Uncles", Json.hash(h.ommersHash()));
    o.set("miner", Json.address(h.coinbase()));
    o.set("stateRoot", Json.hash(h.stateRoot()));
    o.set("transactionsRoot", Json.hash(h.transactionsRoot()));
    o.set("receiptsRoot", Json.hash(h.receiptsRoot()));
    o.set("logsBloom", Json.data(h.logsBloom()));
    o.set("difficulty", Json.quantity(h.difficulty()));
    o.set("number", Json.quantity(h.number()));
    o.set("gasLimit", Json.quantity(h.gasLimit()));
    o.set("gasUsed", Json.quantity(h.gasUsed()));
    o.set("timestamp", Json.quantity(h.timestamp()));
    o.set("extraData", Json.data(h.extraData()));
    o.set("mixHash", Json.hash(h.mixHash()));
    o.set("nonce", Json.data(h.nonce()));
    o.set("baseFeePerGas", Json.quantity(h.baseFeePerGas()));
  }
}
