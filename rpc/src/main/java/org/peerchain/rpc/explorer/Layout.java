package org.peerchain.rpc.explorer;

/**
 * The frame around every page: title, the search box, the live-update indicator, and the
 * stylesheet and script the node serves itself. The page reads fully without the script.
 */
final class Layout {
  private Layout() {}

  static String render(Page page, String chainLabel, boolean liveUpdates, String query) {
    Html h = new Html();
    h.markup("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .markup("<title>").text(page.title() + " · peerchain explorer").markup("</title>")
        .markup("<link rel=\"stylesheet\" href=\"" + Links.ASSETS + "explorer.css\">")
        .markup("<script src=\"" + Links.ASSETS + "explorer.js\" defer></script>")
        .markup("</head><body data-live=\"" + (liveUpdates ? "on" : "off") + "\">");
    h.markup("<header class=\"top\"><a class=\"brand\" href=\"" + Links.ROOT + "\">peerchain explorer</a>")
        .element("span", "chain", chainLabel)
        .markup("<form class=\"search\" method=\"get\" action=\"" + Links.SEARCH + "\" role=\"search\">")
        .markup("<input id=\"search-input\" type=\"search\" name=\"q\" maxlength=\"" + Inputs.MAX_LENGTH
            + "\" placeholder=\"Block number or hash, transaction hash, address\" aria-label=\"Search\" value=\"")
        .text(query)
        .markup("\"><button id=\"search-button\" type=\"submit\">Search</button></form>")
        .markup("<span id=\"live-status\" class=\"live off\" title=\"Live updates over the node's WebSocket\">")
        .text(liveUpdates ? "not live" : "live updates off")
        .markup("</span></header>");
    h.markup("<main>").append(page.main()).markup("</main>");
    h.markup("<footer>Served by this node · every block is final once committed</footer></body></html>");
    return h.toString();
  }
}
