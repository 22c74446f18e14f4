package org.peerchain.rpc.explorer;

/** A request the explorer cannot answer with a page of data: its status and what to tell the reader. */
final class ExplorerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final int BAD_REQUEST = 400;
  static final int NOT_FOUND = 404;

  private final int status;
  private final String title;

  ExplorerException(int status, String title, String message) {
    super(message, null, false, false);
    this.status = status;
    this.title = title;
  }

  static ExplorerException badRequest(String message) {
    return new ExplorerException(BAD_REQUEST, "Bad request", message);
  }

  static ExplorerException notFound(String message) {
    return new ExplorerException(NOT_FOUND, "Not found", message);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}
