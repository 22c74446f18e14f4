package org.peerchain.rpc.methods.txpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SortedMap;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.PoolContent;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.json.TransactionJson;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** geth's shape: {pending|queued: {checksummed sender: {decimal nonce: transaction}}}. */
public final class TxpoolContent implements RpcMethod {
  private final TxSubmitter pool;

  public TxpoolContent(TxSubmitter pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return "txpool_content";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    PoolContent content = pool.content();
    ObjectNode o = Json.object();
    o.set("pending", bySender(content.pending()));
    o.set("queued", bySender(content.queued()));
    return o;
  }

  private static ObjectNode bySender(Map<Address, SortedMap<Long, Transaction>> txs) {
    ObjectNode out = Json.object();
    txs.forEach((sender, byNonce) -> {
      ObjectNode nonces = out.putObject(sender.toChecksumString());
      byNonce.forEach((nonce, tx) -> nonces.set(Long.toUnsignedString(nonce), TransactionJson.pending(tx)));
    });
    return out;
  }
}
