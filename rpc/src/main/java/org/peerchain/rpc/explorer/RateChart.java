package org.peerchain.rpc.explorer;

import java.util.Locale;

/** The transfer rate as a small inline SVG bar chart: no script, no image request, styled by the CSS. */
final class RateChart {
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 150;
  private static final int AXIS = 16;

  private RateChart() {}

  static Html svg(TransferRate rate) {
    int n = rate.perSecond().size();
    double peak = rate.peak();
    double scale = peak == 0 ? 0 : (HEIGHT - AXIS - 4) / peak;
    double slot = (double) WIDTH / n;
    Html h = new Html();
    h.markup("<svg class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"")
        .text("Transfers per second, " + n + " bars of " + rate.bucketSeconds() + " s, peak "
            + Format.rate(peak) + "/s")
        .markup("\">");
    h.markup("<line class=\"axis\" x1=\"0\" y1=\"" + (HEIGHT - AXIS) + "\" x2=\"" + WIDTH + "\" y2=\""
        + (HEIGHT - AXIS) + "\"/>");
    for (int i = 0; i < n; i++) {
      double r = rate.perSecond().get(i);
      double barHeight = Math.max(r > 0 ? 1 : 0, r * scale);
      long secondsAgo = (n - i) * rate.bucketSeconds();
      h.markup("<rect class=\"bar\" x=\"" + num(i * slot + 1) + "\" y=\"" + num(HEIGHT - AXIS - barHeight)
          + "\" width=\"" + num(slot - 2) + "\" height=\"" + num(barHeight) + "\"><title>")
          .text(Format.rate(r) + " transfers/s, " + secondsAgo + " to " + (secondsAgo - rate.bucketSeconds())
              + " s ago")
          .markup("</title></rect>");
    }
    long minutes = n * rate.bucketSeconds() / 60;
    h.markup("<text class=\"label\" x=\"2\" y=\"" + (HEIGHT - 3) + "\">").text("−" + minutes + " min")
        .markup("</text><text class=\"label end\" x=\"" + (WIDTH - 2) + "\" y=\"" + (HEIGHT - 3) + "\">")
        .text("now").markup("</text>");
    h.markup("<text class=\"label\" x=\"2\" y=\"12\">").text("peak " + Format.rate(peak) + "/s").markup("</text>");
    return h.markup("</svg>");
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
