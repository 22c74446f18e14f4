package org.peerchain.rpc.explorer;

import org.peerchain.core.types.Address;
import org.peerchain.storage.state.Account;

/** /explorer/address/&lt;addr&gt;: balance and nonce at the head, and the address's transfers. */
final class AddressPage {
  private final ExplorerSources sources;

  AddressPage(ExplorerSources sources) {
    this.sources = sources;
  }

  Page render(String id) {
    Address address = Inputs.address(id);
    Account account = sources.chain().account(address);
    long pendingNonce = sources.pool().pendingNonce(address);
    boolean validator = sources.node().validators().stream().anyMatch(v -> v.address().equals(address));
    Html h = new Html();
    h.markup("<section class=\"card refresh\" id=\"account\"><h1>Address</h1><table class=\"facts\">")
        .fact("Address", () -> h.element("span", "hash", address.toChecksumString()))
        .fact("Balance", () -> h.markup("<span id=\"address-balance\">").text(Format.ether(account.balance()))
            .markup("</span>"))
        .fact("Nonce", account.nonce() + (pendingNonce > account.nonce()
            ? " (" + (pendingNonce - account.nonce()) + " more pending in the pool)" : ""))
        .fact("Role", validator ? "validator" : "account")
        .markup("</table></section>");
    return Page.ok("Address " + Format.shortHex(address.toChecksumString()), h);
  }
}
