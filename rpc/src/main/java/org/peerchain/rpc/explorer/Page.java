package org.peerchain.rpc.explorer;

import java.util.Objects;

/** A rendered page's status, title and main content, before the layout frames it. */
record Page(int status, String title, Html main) {
  static final int OK = 200;

  Page {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(main, "main");
  }

  static Page ok(String title, Html main) {
    return new Page(OK, title, main);
  }
}
