package org.peerchain.rpc.explorer;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.AddressHistory.Entry;
import org.peerchain.storage.state.Account;

/** /explorer/address/&lt;addr&gt;: balance and nonce at the head, and the address's transfers by page. */
final class AddressPage {
  private final ExplorerSources sources;

  AddressPage(ExplorerSources sources) {
    this.sources = sources;
  }

  Page render(String id, String beforeParam, String afterParam) {
    Address address = Inputs.address(id);
    if (beforeParam != null && afterParam != null) {
      throw ExplorerException.badRequest("Give either before or after, not both.");
    }
    HistoryPager.Slice slice = afterParam != null
        ? HistoryPager.after(sources.history(), address, Inputs.optionalNumber(afterParam, "after", 0))
        : HistoryPager.before(sources.history(), address,
            Inputs.optionalNumber(beforeParam, "before", Long.MAX_VALUE));
    boolean newest = beforeParam == null && afterParam == null;
    Account account = sources.chain().account(address);
    long pendingNonce = sources.pool().pendingNonce(address);
    boolean validator = sources.node().validators().stream().anyMatch(v -> v.address().equals(address));
    Html h = new Html();
    // Only the newest page follows new blocks: an older page stays as the reader paged it.
    h.markup("<section class=\"card" + (newest ? " refresh" : "") + "\" id=\"account\"><h1>Address</h1>")
        .markup("<table class=\"facts\">")
        .fact("Address", () -> h.element("span", "hash", address.toChecksumString()))
        .fact("Balance", () -> h.markup("<span id=\"address-balance\">").text(Format.ether(account.balance()))
            .markup("</span>"))
        .fact("Nonce", account.nonce() + (pendingNonce > account.nonce()
            ? " (" + (pendingNonce - account.nonce()) + " more pending in the pool)" : ""))
        .fact("Role", validator ? "validator" : "account")
        .markup("</table></section>");
    history(h, address, slice, newest);
    return Page.ok("Address " + Format.shortHex(address.toChecksumString()), h);
  }

  private void history(Html h, Address address, HistoryPager.Slice slice, boolean newest) {
    Instant now = sources.clock().instant();
    h.markup("<section class=\"card" + (newest ? " refresh" : "") + "\" id=\"history\">")
        .element("h2", null, "Transactions");
    if (slice.entries().isEmpty()) {
      h.element("p", "note", newest ? "No transaction has been sent from or to this address yet."
          : "No transactions in this range.");
    } else {
      h.markup("<table class=\"list\"><thead><tr><th>Block</th><th>Age</th><th>Hash</th><th></th>"
          + "<th>Counterparty</th><th>Value</th><th>Status</th></tr></thead><tbody>");
      Map<Long, Optional<Block>> blocks = new HashMap<>();
      for (Entry e : slice.entries()) {
        Optional<Block> block = blocks.computeIfAbsent(e.blockNumber(), sources.chain()::block);
        row(h, address, e, block, now);
      }
      h.markup("</tbody></table>");
    }
    slice.truncatedBlock().ifPresent(b -> h.markup("<p class=\"note\">")
        .text("Block " + b + " holds more of this address's transactions than one page; the rest are on ")
        .link(Links.block(b), "its page").markup(".</p>"));
    h.markup("<nav class=\"pager\">");
    if (!newest) {
      h.link(Links.address(address), "newest");
    }
    slice.newer().ifPresent(b -> h.link(Links.addressAfter(address, b), "← newer"));
    slice.older().ifPresent(b -> h.link(Links.addressBefore(address, b), "older →"));
    h.markup("</nav></section>");
  }

  private void row(Html h, Address address, Entry e, Optional<Block> block, Instant now) {
    if (block.isPresent() && (e.txIndex() >= block.get().transactions().size()
        || !block.get().transactions().get(e.txIndex()).hash().equals(e.txHash()))) {
      // A stale entry (its block was rewound and replaced): not this address's transaction any more.
      return;
    }
    h.markup("<tr><td>").link(Links.block(e.blockNumber()), e.blockNumber()).markup("</td><td>");
    if (block.isEmpty()) {
      // The index names a block this node no longer has a body for (below a snapshot).
      h.text("?").markup("</td><td>").link(Links.tx(e.txHash()), "hash", Format.shortHash(e.txHash()))
          .markup("</td><td></td><td></td><td></td><td></td></tr>");
      return;
    }
    Transaction tx = block.get().transactions().get(e.txIndex());
    boolean out = tx.sender().map(address::equals).orElse(false);
    boolean in = tx.to().map(address::equals).orElse(false);
    h.text(Format.age(block.get().header().timestamp(), now))
        .markup("</td><td>").link(Links.tx(e.txHash()), "hash", Format.shortHash(e.txHash()))
        .markup("</td><td>").element("span", out && in ? "dir self" : out ? "dir out" : "dir in",
            out && in ? "self" : out ? "out" : "in")
        .markup("</td><td>");
    Rows.address(h, out ? tx.to() : tx.sender());
    h.markup("</td><td>").text(Format.ether(tx.value())).markup("</td><td>");
    List<Receipt> receipts = sources.chain().receipts(block.get().hash()).orElse(List.of());
    Rows.status(h, e.txIndex() < receipts.size() ? Optional.of(receipts.get(e.txIndex())) : Optional.empty());
    h.markup("</td></tr>");
  }
}
