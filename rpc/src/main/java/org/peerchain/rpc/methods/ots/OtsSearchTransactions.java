package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/**
 * {@code ots_searchTransactionsBefore} and {@code ots_searchTransactionsAfter}: an address's
 * transactions in blocks below (0: from the head) or above (0: from genesis) {@code blockNumber},
 * newest first; see {@link AddressPage}. The two differ only in the direction they page.
 */
public final class OtsSearchTransactions implements RpcMethod {
  /** How one page is taken from the history. */
  private interface Pager {
    AddressPage page(AddressHistory history, Address address, long blockNumber, int pageSize);
  }

  private final String name;
  private final Pager pager;
  private final ChainAccess chain;
  private final AddressHistory history;

  private OtsSearchTransactions(String name, Pager pager, ChainAccess chain, AddressHistory history) {
    this.name = name;
    this.pager = pager;
    this.chain = chain;
    this.history = history;
  }

  public static OtsSearchTransactions before(ChainAccess chain, AddressHistory history) {
    return new OtsSearchTransactions("ots_searchTransactionsBefore", AddressPage::before, chain, history);
  }

  public static OtsSearchTransactions after(ChainAccess chain, AddressHistory history) {
    return new OtsSearchTransactions("ots_searchTransactionsAfter", AddressPage::after, chain, history);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    Address address = params.required(0, "address", HexData.ADDRESS);
    long blockNumber = params.required(1, "blockNumber", OtsParams.NUMBER);
    int pageSize = params.required(2, "pageSize", OtsParams.PAGE_SIZE);
    return SearchResultJson.of(chain, pager.page(history, address, blockNumber, pageSize));
  }
}
