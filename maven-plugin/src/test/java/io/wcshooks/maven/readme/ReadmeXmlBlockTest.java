package io.wcshooks.maven.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How README xml blocks are read: a block is checked, or says why not; nothing is skipped quietly. */
class ReadmeXmlBlockTest {
  @Test
  void aBlockNeedsNoComment() {
    ReadmeXmlBlock block = ReadmeXmlBlock.parse(List.of("text", "```xml", "<dependency/>", "```")).get(0);
    assertEquals(2, block.line());
    assertEquals("<dependency/>\n", block.text());
    assertNull(block.uncheckedReason());
    assertEquals(3, block.readmeLine(1));
  }

  @Test
  void aBlockThatCannotBeCheckedSaysWhy() {
    ReadmeXmlBlock block = ReadmeXmlBlock.parse(List.of(
        "<!-- xml: unchecked, a settings.xml, not a pom -->", "```xml", "<settings/>", "```")).get(0);
    assertEquals("a settings.xml, not a pom", block.uncheckedReason());
  }

  @Test
  void anUncheckedCommentWithoutAReasonIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReadmeXmlBlock.parse(List.of(
        "<!-- xml: unchecked -->", "```xml", "<settings/>", "```")));
    assertTrue(error.getMessage().startsWith("README.md:1: an xml block's comment is <!-- xml: unchecked, REASON -->"),
        error.getMessage());
  }

  @Test
  void aCommentAwayFromItsBlockIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReadmeXmlBlock.parse(List.of(
        "<!-- xml: unchecked, why -->", "", "```xml", "<settings/>", "```")));
    assertTrue(error.getMessage().startsWith("README.md:1: a <!-- xml: --> comment not on the line"), error.getMessage());
  }

  @Test
  void aFenceWithMoreThanXmlIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReadmeXmlBlock.parse(List.of(
        "```xml title=pom.xml", "<dependency/>", "```")));
    assertTrue(error.getMessage().startsWith("README.md:1: an xml block's fence is exactly ```xml"), error.getMessage());
  }

  @Test
  void anUnclosedBlockIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReadmeXmlBlock.parse(List.of(
        "```xml", "<dependency/>")));
    assertTrue(error.getMessage().startsWith("README.md:1: an xml block that is never closed"), error.getMessage());
  }

  @Test
  void otherBlocksAreNotXml() {
    assertEquals(List.of(), ReadmeXmlBlock.parse(List.of("```java", "class A {}", "```", "```", "mvn verify", "```")));
  }
}
