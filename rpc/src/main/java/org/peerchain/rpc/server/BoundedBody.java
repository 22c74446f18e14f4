package org.peerchain.rpc.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing it as soon as it passes the limit (chunked bodies included). */
final class BoundedBody {
  private BoundedBody() {}

  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(int limit) {
      super("request body larger than " + limit + " bytes", null);
    }
  }

  static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
    if (declaredLength > limit) {
      throw new TooLargeException(limit);
    }
    if (declaredLength >= 0) {
      // The server reads no further than a declared length, so the body is read straight into
      // its array: no copy buffer for every call (it showed up in a profile of small reads).
      return in.readNBytes((int) declaredLength);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    byte[] buffer = new byte[8192];
    int total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        throw new TooLargeException(limit);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
