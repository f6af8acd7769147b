package io.wcshooks.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.spec.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec text to Javadoc: what is kept, what is escaped, and how lines wrap. */
class JavadocsTest {

  @Test
  void englishIsEscapedAndEndsWithAFullStop() {
    assertEquals("Any &lt;JSON&gt; &amp; co, {&#64;code x} *&#47;.", Javadocs.sentence("Any <JSON> & co, {@code x} */"));
    assertEquals("Done.", Javadocs.sentence(" Done. "));
    assertEquals("Why?", Javadocs.sentence("Why?"));
  }

  @Test
  void russianGetsItsOwnParagraphUnlessItOpensOne() {
    assertEquals("Text.\n\n<p>Текст <code>x</code>", Javadocs.of(new Text("Text", "Текст <code>x</code>")));
    assertEquals("Text.\n\n<p>Абзац</p>", Javadocs.of(new Text("Text", "<p>Абзац</p>")));
    assertEquals("<p>Только</p>", Javadocs.of(new Text("", "<p>Только</p>")));
  }

  /** The table's HTML, as the bundled spec has it: kept as it is. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Параметры, <u>которые будут</u> добавлены",
      "<code>a</code> - сообщение<p><code>b</code> - другое</p>",
      "Если <code>true</code> , будет &nbsp; &#64; &#x41;",
      "строка<br>строка<br/>строка",
  })
  void wellFormedHtmlIsKept(String html) {
    assertEquals(html.replace("<br/>", "<br>"), Javadocs.html(html));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a <JSON> b                   | a &lt;JSON&gt; b",
      "a < b > c                    | a &lt; b &gt; c",
      "<code>open                   | &lt;code&gt;open",
      "close</code>                 | close&lt;/code&gt;",
      "<b><i>x</b></i>              | &lt;b&gt;<i>x&lt;/b&gt;</i>",
      "<code><p>x</p></code>        | <code>&lt;p&gt;x&lt;/p&gt;</code>",
      "<a href='x'>link</a>         | &lt;a href='x'&gt;link&lt;/a&gt;",
      "<script>x</script>           | &lt;script&gt;x&lt;/script&gt;",
      "R&D &foo; &amp;              | R&amp;D &amp;foo; &amp;",
      "mail@example.com */          | mail&#64;example.com *&#47;",
  })
  void anythingElseIsEscapedAndShowsAsText(String html, String javadoc) {
    assertEquals(javadoc, Javadocs.html(html));
  }

  @Test
  void codeUsesTheInlineTagWhenItCan() {
    assertEquals("{@code \"User-Agent\"}", Javadocs.code("\"User-Agent\""));
    assertEquals("<code>a{b</code>", Javadocs.code("a{b"));
    assertEquals("<code>&#64;x &lt;y&gt;</code>", Javadocs.code("@x <y>"));
  }

  @Test
  void wrapsAtSpacesOutsideTagsAndPre() {
    String text = "one two {@link Foo#bar(String, int)} three <p>four five\n<pre>{@code\nlong line that stays\n}</pre>";
    assertEquals("one two\n{@link Foo#bar(String, int)}\nthree\n<p>four\nfive\n<pre>{@code\nlong line that stays\n}</pre>",
        Javadocs.wrap(text, 10));
  }

  @Test
  void aWordLongerThanTheLineStaysWhole() {
    assertEquals("a\nveryveryverylongword\nb", Javadocs.wrap("a veryveryverylongword b", 5));
  }
}
