package org.peerchain.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveSpecialCharacters() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape("plain")).isEqualTo("plain");
  }

  @Property
  void escapedTextHasNoMarkupLeft(@ForAll String s) {
    String escaped = Html.escape(s);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(escaped.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").replace("&quot;", "")
        .replace("&#39;", "")).doesNotContain("&");
  }

  @Test
  void textAndLinksAreEscapedMarkupIsNot() {
    String html = new Html().markup("<p>").text("<b>").link("/x?a=1&b=2", "<i>").markup("</p>").toString();
    assertThat(html).isEqualTo("<p>&lt;b&gt;<a href=\"/x?a=1&amp;b=2\">&lt;i&gt;</a></p>");
  }
}
