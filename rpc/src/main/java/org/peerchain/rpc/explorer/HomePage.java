package org.peerchain.rpc.explorer;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.rpc.api.ConsensusState;
import org.peerchain.rpc.api.PoolStatus;
import org.peerchain.rpc.api.SyncProgress;

/**
 * The home page: the head and how fast blocks become final, transfers per second, the validators'
 * recent signing, and this node's peers, pool and sync state. Each section has an id the script
 * swaps for a fresh copy when a new head arrives.
 */
final class HomePage {
  static final int RECENT_ROWS = 10;

  private final ExplorerSources sources;
  private final ChainWindow window;
  private final FinalityTimes finality;

  HomePage(ExplorerSources sources, ChainWindow window, FinalityTimes finality) {
    this.sources = sources;
    this.window = window;
    this.finality = finality;
  }

  Page render() {
    Instant now = sources.clock().instant();
    List<BlockSummary> recent = window.recent();
    BlockHeader head = sources.chain().head();
    Html h = new Html();
    h.markup("<div class=\"grid\">");
    head(h, head, recent, now);
    node(h);
    h.markup("</div>");
    rate(h, TransferRate.of(recent, now));
    validators(h, recent);
    recentBlocks(h, recent, now);
    return Page.ok("Overview", h);
  }

  private void head(Html h, BlockHeader head, List<BlockSummary> recent, Instant now) {
    h.openWithId("section", "head", "card refresh").element("h2", null, "Head")
        .markup("<p class=\"big\"><a id=\"head-number\" href=\"" + Html.escape(Links.block(head.number())) + "\">")
        .text(head.number()).markup("</a></p><table class=\"facts\">")
        .fact("Hash", () -> h.link(Links.block(head.hash()), "hash", head.hash().toHexString()))
        .fact("Time", Format.time(head.timestamp()) + " (" + Format.age(head.timestamp(), now) + ")")
        .fact("Transactions", recent.isEmpty() ? "?" : String.valueOf(recent.get(recent.size() - 1).txCount()))
        .fact("Time to finality", finality(finality.summary(ChainWindow.SECONDS * 1000)))
        .fact("Block interval", interval(recent))
        .markup("</table></section>");
  }

  /**
   * The median time between the last certified blocks. The median, as idle gaps (empty blocks come
   * only every so often) would swamp a mean; genesis is left out, as its time is the chain's birth.
   */
  static String interval(List<BlockSummary> recent) {
    List<BlockSummary> last = ChainWindow.newest(recent, ChainWindow.MIN_BLOCKS + 1).stream()
        .filter(b -> b.round() >= 0).toList();
    if (last.size() < 2) {
      return "not enough blocks yet";
    }
    long[] gaps = new long[last.size() - 1];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = last.get(i).timestamp() - last.get(i + 1).timestamp();
    }
    Arrays.sort(gaps);
    double median = gaps.length % 2 == 1 ? gaps[gaps.length / 2]
        : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2.0;
    String value = median < 1 ? "under 1 s" : String.format(Locale.ROOT, "%.1f s", median);
    return value + " (median gap between the last " + last.size() + " blocks)";
  }

  /** One block is final, so a transfer is final when its block is committed: this measures the wait. */
  static String finality(FinalityTimes.Summary s) {
    if (s.count() == 0) {
      return "no transfer through this node in the last " + ChainWindow.SECONDS / 60 + " minutes; "
          + "each is final once its block is committed";
    }
    return "median " + seconds(s.medianMillis()) + ", 90% within " + seconds(s.p90Millis()) + ", from this node's "
        + "pool to a committed block (transfers in the last " + ChainWindow.SECONDS / 60 + " minutes: " + s.count() + ")";
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  private void node(Html h) {
    PoolStatus pool = sources.pool().status();
    Optional<SyncProgress> sync = sources.node().syncing();
    ConsensusState consensus = sources.node().consensusState();
    Optional<String> unhealthy = sources.node().unhealthyReason();
    h.openWithId("section", "node", "card refresh").element("h2", null, "This node").markup("<table class=\"facts\">")
        .fact("Peers", () -> h.markup("<span id=\"peer-count\">").text(sources.node().peerCount()).markup("</span>"))
        .fact("Pool", () -> h.markup("<span id=\"pool-size\">").text(pool.pending() + pool.queued())
            .markup("</span>").text(" (" + pool.pending() + " pending, " + pool.queued() + " queued)"))
        .fact("Sync", sync.map(s -> "syncing: block " + s.currentBlock() + " of " + s.highestBlock())
            .orElse("in sync"))
        .fact("Consensus", "height " + consensus.height() + ", round " + consensus.round() + ", " + consensus.step())
        .fact("Proposer now", () -> h.link(Links.address(consensus.proposer()), "hash",
            consensus.proposer().toChecksumString()))
        .fact("Health", () -> h.element("span", unhealthy.isPresent() ? "bad" : "good",
            unhealthy.orElse("ok")))
        .fact("Equivocations seen", sources.node().evidence().size())
        .fact("Chain id", sources.node().chainId())
        .fact("Client", sources.node().clientVersion())
        .markup("</table></section>");
  }

  private static void rate(Html h, TransferRate rate) {
    h.openWithId("section", "rate", "card refresh")
        .element("h2", null, "Transfers per second, last " + ChainWindow.SECONDS / 60 + " minutes")
        .markup("<p>").text("Last " + rate.bucketSeconds() + " s: " + Format.rate(rate.latest()) + "/s · peak "
            + Format.rate(rate.peak()) + "/s · transfers in all: " + rate.total())
        .markup("</p>").append(RateChart.svg(rate)).markup("</section>");
  }

  private void validators(Html h, List<BlockSummary> recent) {
    List<ValidatorActivity> activity = ValidatorActivity.of(sources.node().validators(), recent,
        ChainWindow.MIN_BLOCKS);
    int blocks = activity.isEmpty() ? 0 : activity.get(0).blocks();
    long slowRounds = ChainWindow.newest(recent, ChainWindow.MIN_BLOCKS).stream().filter(b -> b.round() > 0).count();
    h.openWithId("section", "validators", "card refresh").element("h2", null, "Validators")
        .element("p", "note", "From the commit certificates of the last " + blocks + " blocks; " + slowRounds
            + " of them needed more than one round. A validator whose precommit a certificate lacks missed that block.")
        .markup("<table class=\"list\"><thead><tr><th>Address</th><th>Power</th><th>Last signed</th>"
            + "<th>Missed</th><th>Proposed</th></tr></thead><tbody>");
    for (ValidatorActivity v : activity) {
      h.markup("<tr><td>").link(Links.address(v.address()), "hash", v.address().toChecksumString())
          .markup("</td><td>").text(v.votingPower()).markup("</td><td>");
      if (v.lastSigned().isPresent()) {
        h.link(Links.block(v.lastSigned().getAsLong()), v.lastSigned().getAsLong());
      } else {
        h.text("none of the last " + v.blocks());
      }
      h.markup("</td><td>").element("span", v.missed() > 0 ? "bad" : null, v.missed() + " of " + v.blocks())
          .markup("</td><td>").text(v.proposed()).markup("</td></tr>");
    }
    h.markup("</tbody></table></section>");
  }

  private static void recentBlocks(Html h, List<BlockSummary> recent, Instant now) {
    h.openWithId("section", "recent", "card refresh").element("h2", null, "Latest blocks")
        .markup("<table class=\"list\"><thead><tr><th>Block</th><th>Hash</th><th>Age</th><th>Transactions</th>"
            + "<th>Proposer</th><th>Round</th></tr></thead><tbody>");
    for (BlockSummary b : ChainWindow.newest(recent, RECENT_ROWS)) {
      h.markup("<tr><td>").link(Links.block(b.number()), b.number())
          .markup("</td><td>").link(Links.block(b.hash()), "hash", Format.shortHash(b.hash()))
          .markup("</td><td>").text(Format.age(b.timestamp(), now))
          .markup("</td><td>").text(b.txCount())
          .markup("</td><td>").link(Links.address(b.proposer()), "hash", Format.shortHex(b.proposer().toChecksumString()))
          .markup("</td><td>").text(b.round() < 0 ? "genesis" : String.valueOf(b.round()))
          .markup("</td></tr>");
    }
    h.markup("</tbody></table></section>");
  }
}
