package org.peerchain.rpc.explorer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/** How amounts, times and long hex strings read on a page. */
final class Format {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Format() {}

  /** Wei as ether, exact: every digit kept, trailing zeros dropped. */
  static String ether(UInt256 wei) {
    return decimal(wei, 18) + " ETH";
  }

  static String gwei(UInt256 wei) {
    return decimal(wei, 9) + " gwei";
  }

  private static String decimal(UInt256 value, int scale) {
    BigDecimal d = new BigDecimal(value.toBigInteger()).movePointLeft(scale).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  static String time(long epochSeconds) {
    return TIME.format(Instant.ofEpochSecond(epochSeconds));
  }

  /** "12 s ago", "3 min ago"; block times are whole seconds, and a clock a little behind says "now". */
  static String age(long epochSeconds, Instant now) {
    long s = now.getEpochSecond() - epochSeconds;
    if (s <= 0) {
      return "now";
    }
    if (s < 120) {
      return s + " s ago";
    }
    if (s < 2 * 3600) {
      return s / 60 + " min ago";
    }
    if (s < 2 * 86400) {
      return s / 3600 + " h ago";
    }
    return s / 86400 + " days ago";
  }

  /** 0x1234…cdef: for tables; the full value stays in the link's target and on its own page. */
  static String shortHex(String hex) {
    return hex.length() <= 14 ? hex : hex.substring(0, 8) + "…" + hex.substring(hex.length() - 6);
  }

  static String shortHash(Hash hash) {
    return shortHex(hash.toHexString());
  }

  static String rate(double perSecond) {
    if (perSecond == 0) {
      return "0";
    }
    return perSecond >= 10 ? String.format(Locale.ROOT, "%.0f", perSecond)
        : String.format(Locale.ROOT, "%.2f", perSecond);
  }
}
