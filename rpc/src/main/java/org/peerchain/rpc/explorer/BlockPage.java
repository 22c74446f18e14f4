package org.peerchain.rpc.explorer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;
import org.peerchain.rpc.api.ChainAccess;

/** /explorer/block/&lt;number|hash&gt;: the header, the certificate that made it final, its transactions by page. */
final class BlockPage {
  static final int TXS_PER_PAGE = 100;

  private final ExplorerSources sources;

  BlockPage(ExplorerSources sources) {
    this.sources = sources;
  }

  Page render(String id, String pageParam) {
    ChainAccess chain = sources.chain();
    Inputs.BlockRef ref = Inputs.blockRef(id);
    long pageIndex = Inputs.optionalNumber(pageParam, "page", 0);
    Block block = find(chain, ref);
    int pages = Math.max(1, (block.transactions().size() + TXS_PER_PAGE - 1) / TXS_PER_PAGE);
    if (pageIndex >= pages) {
      throw ExplorerException.notFound("Block " + block.number() + " has " + pages + " page(s) of transactions; "
          + "there is no page " + pageIndex + ".");
    }
    Instant now = sources.clock().instant();
    Html h = new Html();
    header(h, block.header(), now);
    certificate(h, chain.certificate(block.hash()));
    transactions(h, block, chain.receipts(block.hash()).orElse(List.of()), (int) pageIndex, pages);
    return Page.ok("Block " + block.number(), h);
  }

  private static Block find(ChainAccess chain, Inputs.BlockRef ref) {
    if (ref instanceof Inputs.BlockRef.Number n) {
      return chain.block(n.number()).orElseThrow(() -> ExplorerException.notFound("There is no block "
          + n.number() + " yet: the head is block " + chain.head().number() + "."));
    }
    if (ref instanceof Inputs.BlockRef.ByHash b) {
      return chain.block(b.hash()).orElseThrow(() -> ExplorerException.notFound("No block with hash "
          + b.hash().toHexString() + " is known to this node."));
    }
    long head = chain.head().number();
    return chain.block(head).orElseThrow(() -> ExplorerException.notFound("The head block " + head
        + " has no body here."));
  }

  private void header(Html h, BlockHeader b, Instant now) {
    long head = sources.chain().head().number();
    h.markup("<section class=\"card\"><h1>").text("Block " + b.number()).markup("</h1><nav class=\"pager\">");
    if (b.number() > 0) {
      h.link(Links.block(b.number() - 1), "← block " + (b.number() - 1));
    }
    if (b.number() < head) {
      h.link(Links.block(b.number() + 1), "block " + (b.number() + 1) + " →");
    }
    h.markup("</nav><table class=\"facts\">")
        .fact("Hash", () -> h.element("span", "hash", b.hash().toHexString()))
        .fact("Parent", () -> {
          if (b.number() == 0) {
            h.text("none (genesis)");
          } else {
            h.link(Links.block(b.parentHash()), "hash", b.parentHash().toHexString());
          }
        })
        .fact("Time", Format.time(b.timestamp()) + " (" + Format.age(b.timestamp(), now) + ")")
        .fact("Proposer", () -> h.link(Links.address(b.coinbase()), "hash", b.coinbase().toChecksumString()))
        .fact("Gas used", b.gasUsed() + " of " + b.gasLimit())
        .fact("Base fee", Format.gwei(b.baseFeePerGas()))
        .fact("State root", () -> h.element("span", "hash", b.stateRoot().toHexString()))
        .fact("Transactions root", () -> h.element("span", "hash", b.transactionsRoot().toHexString()))
        .fact("Receipts root", () -> h.element("span", "hash", b.receiptsRoot().toHexString()))
        .fact("Extra data", () -> h.element("span", "hash", b.extraData().toHexString()))
        .fact("Confirmations", (head - b.number() + 1) + " (final)")
        .markup("</table></section>");
  }

  private static void certificate(Html h, Optional<CommitCertificate> certificate) {
    h.markup("<section class=\"card\"><h2>Commit certificate</h2>");
    if (certificate.isEmpty()) {
      h.element("p", null, "None: genesis is final by definition, and a node that started from a snapshot "
          + "keeps no certificates below it.");
    } else {
      CommitCertificate c = certificate.get();
      h.element("p", null, "Final in round " + c.round() + " with the precommits of " + c.signatures().size()
          + " validator(s):").markup("<ul class=\"signers\">");
      for (CommitSignature s : c.signatures()) {
        h.markup("<li>").link(Links.address(s.validator()), "hash", s.validator().toChecksumString()).markup("</li>");
      }
      h.markup("</ul>");
    }
    h.markup("</section>");
  }

  private static void transactions(Html h, Block block, List<Receipt> receipts, int page, int pages) {
    List<Transaction> txs = block.transactions();
    h.markup("<section class=\"card\" id=\"transactions\">").element("h2", null, "Transactions (" + txs.size() + ")");
    if (txs.isEmpty()) {
      h.element("p", "note", "This block carries no transactions.").markup("</section>");
      return;
    }
    h.markup("<table class=\"list\"><thead><tr><th>#</th><th>Hash</th><th>From</th><th>To</th><th>Value</th>"
        + "<th>Status</th></tr></thead><tbody>");
    int from = page * TXS_PER_PAGE;
    for (int i = from; i < Math.min(txs.size(), from + TXS_PER_PAGE); i++) {
      Transaction tx = txs.get(i);
      h.markup("<tr><td>").text(i).markup("</td><td>").link(Links.tx(tx.hash()), "hash", Format.shortHash(tx.hash()))
          .markup("</td><td>");
      Rows.address(h, tx.sender());
      h.markup("</td><td>");
      Rows.address(h, tx.to());
      h.markup("</td><td>").text(Format.ether(tx.value())).markup("</td><td>");
      Rows.status(h, i < receipts.size() ? Optional.of(receipts.get(i)) : Optional.empty());
      h.markup("</td></tr>");
    }
    h.markup("</tbody></table>");
    if (pages > 1) {
      h.markup("<nav class=\"pager\">");
      if (page > 0) {
        h.link(Links.blockPage(block.number(), page - 1), "← previous");
      }
      h.text(" page " + (page + 1) + " of " + pages + " ");
      if (page + 1 < pages) {
        h.link(Links.blockPage(block.number(), page + 1), "next →");
      }
      h.markup("</nav>");
    }
    h.markup("</section>");
  }
}
