package org.peerchain.rpc.explorer;

/**
 * An HTML fragment under construction. Text and attribute values are escaped on the way in; only
 * {@link #markup} takes markup as it is, and it is given constants of this package, never data.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  /** Escapes for text and for double-quoted attribute values alike. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (r != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(r);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Constant markup of this package. */
  Html markup(String constant) {
    out.append(constant);
    return this;
  }

  Html text(Object value) {
    out.append(escape(String.valueOf(value)));
    return this;
  }

  /** {@code <tag class="cls">text</tag>}; {@code cls} may be null. */
  Html element(String tag, String cls, Object text) {
    open(tag, cls);
    text(text);
    return close(tag);
  }

  Html open(String tag, String cls) {
    out.append('<').append(tag);
    if (cls != null) {
      out.append(" class=\"").append(escape(cls)).append('"');
    }
    out.append('>');
    return this;
  }

  /** An opening tag with an id, for the parts that live updates replace. */
  Html openWithId(String tag, String id, String cls) {
    out.append('<').append(tag).append(" id=\"").append(escape(id)).append('"');
    if (cls != null) {
      out.append(" class=\"").append(escape(cls)).append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** A link; {@code href} is built by {@link Links} from parsed values. */
  Html link(String href, Object text) {
    return link(href, null, text);
  }

  Html link(String href, String cls, Object text) {
    out.append("<a href=\"").append(escape(href)).append('"');
    if (cls != null) {
      out.append(" class=\"").append(escape(cls)).append('"');
    }
    out.append('>').append(escape(String.valueOf(text))).append("</a>");
    return this;
  }

  /** One row of a two-column facts table: a label and a value written by {@code value}. */
  Html fact(String label, Runnable value) {
    out.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td>");
    value.run();
    out.append("</td></tr>");
    return this;
  }

  Html fact(String label, Object value) {
    return fact(label, () -> text(value));
  }

  Html append(Html other) {
    out.append(other.out);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
