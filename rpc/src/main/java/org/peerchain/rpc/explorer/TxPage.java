package org.peerchain.rpc.explorer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peerchain.consensus.ledger.GasFees;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.chain.TxLocation;

/** /explorer/tx/&lt;hash&gt;: a committed (and so final) transaction, or one still in this node's pool. */
final class TxPage {
  /** A memo longer than this shows its start: the page stays small whatever a sender put in it. */
  static final int MAX_DATA_SHOWN = 256;

  private final ExplorerSources sources;

  TxPage(ExplorerSources sources) {
    this.sources = sources;
  }

  Page render(String id) {
    Hash hash = Inputs.txHash(id);
    Optional<TxLocation> location = sources.chain().txLocation(hash);
    if (location.isPresent()) {
      Optional<Block> block = sources.chain().block(location.get().blockHash());
      if (block.isPresent() && location.get().index() < block.get().transactions().size()) {
        return committed(block.get(), location.get().index());
      }
    }
    Optional<Transaction> pending = sources.pool().pendingTransaction(hash);
    if (pending.isPresent()) {
      return pending(pending.get());
    }
    throw ExplorerException.notFound("No transaction with hash " + hash.toHexString() + " is known to this node: "
        + "it is neither in a block nor in the pool.");
  }

  private Page committed(Block block, int index) {
    Transaction tx = block.transactions().get(index);
    List<Receipt> receipts = sources.chain().receipts(block.hash()).orElse(List.of());
    Optional<Receipt> receipt = index < receipts.size() ? Optional.of(receipts.get(index)) : Optional.empty();
    long gasUsed = receipt.map(r -> r.cumulativeGasUsed()
        - (index == 0 ? 0 : receipts.get(index - 1).cumulativeGasUsed())).orElse(0L);
    UInt256 price = GasFees.effectiveGasPrice(tx, block.header().baseFeePerGas());
    long confirmations = sources.chain().head().number() - block.number() + 1;
    Html h = new Html();
    h.markup("<section class=\"card\" id=\"tx\"><h1>Transaction</h1><table class=\"facts\">")
        .fact("Hash", () -> h.element("span", "hash", tx.hash().toHexString()))
        .fact("Status", () -> {
          h.markup("<span id=\"tx-status\">");
          Rows.status(h, receipt);
          h.markup("</span> · ").element("span", "good", "final");
        })
        .fact("Block", () -> h.link(Links.block(block.number()), "block-link", block.number())
            .text(" (position " + index + ", " + Format.time(block.header().timestamp()) + ")"))
        .fact("Confirmations", confirmations + " — final: block " + block.number()
            + " carries a commit certificate, so it will not be reverted")
        .fact("From", () -> party(h, "tx-from", tx.sender()))
        .fact("To", () -> party(h, "tx-to", tx.to()))
        .fact("Value", () -> value(h, tx.value()))
        .fact("Fee", () -> h.markup("<span id=\"tx-fee\">").text(Format.ether(price.multiply(gasUsed)))
            .markup("</span>").text(" (" + gasUsed + " gas at " + Format.gwei(price) + ")"))
        .fact("Gas limit", tx.gasLimit())
        .fact("Nonce", tx.nonce())
        .fact("Type", tx.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + tx.type().code() + ")");
    data(h, tx.data());
    h.markup("</table></section>");
    return Page.ok("Transaction " + Format.shortHash(tx.hash()), h);
  }

  private Page pending(Transaction tx) {
    Html h = new Html();
    h.markup("<section class=\"card refresh\" id=\"tx\"><h1>Transaction</h1><table class=\"facts\">")
        .fact("Hash", () -> h.element("span", "hash", tx.hash().toHexString()))
        .fact("Status", () -> h.markup("<span id=\"tx-status\">").element("span", "wait", "pending")
            .markup("</span>").text(" in this node's pool, not yet in a block"))
        .fact("From", () -> party(h, "tx-from", tx.sender()))
        .fact("To", () -> party(h, "tx-to", tx.to()))
        .fact("Value", () -> value(h, tx.value()))
        .fact("Max fee", Format.gwei(tx.maxFeePerGas()) + " per gas, gas limit " + tx.gasLimit())
        .fact("Nonce", tx.nonce());
    data(h, tx.data());
    h.markup("</table></section>");
    return Page.ok("Transaction " + Format.shortHash(tx.hash()), h);
  }

  private static void party(Html h, String id, Optional<Address> address) {
    h.markup("<span id=\"" + id + "\">");
    if (address.isPresent()) {
      h.link(Links.address(address.get()), "hash", address.get().toChecksumString());
    } else {
      h.text("unknown");
    }
    h.markup("</span>");
  }

  private static void value(Html h, UInt256 wei) {
    h.markup("<span id=\"tx-value\">").text(Format.ether(wei)).markup("</span>")
        .text(" (" + wei.toBigInteger() + " wei)");
  }

  private static void data(Html h, Bytes data) {
    h.fact("Data", () -> {
      if (data.isEmpty()) {
        h.text("none");
        return;
      }
      Bytes shown = data.size() > MAX_DATA_SHOWN ? data.slice(0, MAX_DATA_SHOWN) : data;
      h.element("span", "hash", shown.toHexString() + (shown.size() < data.size() ? "…" : ""))
          .text(" (" + data.size() + " bytes)");
    });
  }
}
