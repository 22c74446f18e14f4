package org.peerchain.rpc.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.peerchain.consensus.ledger.GasFees;
import org.peerchain.core.tx.AccessListEntry;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * geth's transaction object. A mined EIP-1559 transaction shows its effective gas price as
 * gasPrice; a pending one its fee cap, since the price depends on the block it lands in.
 */
public final class TransactionJson {
  private TransactionJson() {}

  /** Where a mined transaction is. */
  public record Inclusion(Hash blockHash, long blockNumber, int index, UInt256 baseFee) {}

  public static ObjectNode mined(Transaction tx, Inclusion at) {
    return build(tx, at);
  }

  public static ObjectNode pending(Transaction tx) {
    return build(tx, null);
  }

  private static ObjectNode build(Transaction tx, Inclusion at) {
    ObjectNode o = Json.object();
    o.set("blockHash", at == null ? Json.NULL : Json.hash(at.blockHash()));
    o.set("blockNumber", at == null ? Json.NULL : Json.quantity(at.blockNumber()));
    o.set("from", tx.sender().map(Json::address).orElse(Json.NULL));
    o.set("gas", Json.quantity(tx.gasLimit()));
    boolean dynamic = tx.type() == TransactionType.DYNAMIC_FEE;
    UInt256 gasPrice = dynamic && at != null ? GasFees.effectiveGasPrice(tx, at.baseFee()) : tx.maxFeePerGas();
    o.set("gasPrice", Json.quantity(gasPrice));
    if (dynamic) {
      o.set("maxFeePerGas", Json.quantity(tx.maxFeePerGas()));
      o.set("maxPriorityFeePerGas", Json.quantity(tx.maxPriorityFeePerGas()));
    }
    o.set("hash", Json.hash(tx.hash()));
    o.set("input", Json.data(tx.data()));
    o.set("nonce", Json.quantity(tx.nonce()));
    o.set("to", tx.to().map(Json::address).orElse(Json.NULL));
    o.set("transactionIndex", at == null ? Json.NULL : Json.quantity(at.index()));
    o.set("value", Json.quantity(tx.value()));
    o.set("type", Json.quantity(tx.type().code()));
    if (tx.type().isTyped()) {
      o.set("accessList", accessList(tx.accessList()));
    }
    tx.chainId().ifPresent(id -> o.set("chainId", Json.quantity(id)));
    o.set("v", Json.quantity(tx.v()));
    o.set("r", Json.quantity(tx.r()));
    o.set("s", Json.quantity(tx.s()));
    if (tx.type().isTyped()) {
      o.set("yParity", Json.quantity(tx.v()));
    }
    return o;
  }

  static ArrayNode accessList(List<AccessListEntry> entries) {
    ArrayNode list = Json.array();
    for (AccessListEntry e : entries) {
      ObjectNode item = list.addObject();
      item.set("address", Json.address(e.address()));
      ArrayNode keys = item.putArray("storageKeys");
      e.storageKeys().forEach(k -> keys.add(Json.hash(k)));
    }
    return list;
  }
}
