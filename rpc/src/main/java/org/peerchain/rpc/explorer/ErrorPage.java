package org.peerchain.rpc.explorer;

/** What a reader sees for input the explorer cannot answer: the status, what went wrong, a way on. */
final class ErrorPage {
  private ErrorPage() {}

  static Page of(int status, String title, String message) {
    Html h = new Html();
    h.markup("<section class=\"card error\" id=\"error\">").element("h1", null, title)
        .element("p", "status", "HTTP " + status)
        .element("p", "message", message)
        .markup("<p>Search for a block number or hash, a transaction hash or an address above, or go back to the ")
        .link(Links.ROOT, "overview").markup(".</p></section>");
    return new Page(status, title, h);
  }
}
