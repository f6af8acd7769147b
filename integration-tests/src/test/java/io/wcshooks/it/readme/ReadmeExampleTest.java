package io.wcshooks.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How README blocks are read: a block is compiled, or says why not; nothing is skipped quietly. */
class ReadmeExampleTest {
  @Test
  void aWholeFileNeedsNoComment() {
    ReadmeExample example = ReadmeExample.parse(List.of("```java", "package com.example;", "class A {}", "```")).get(0);
    assertTrue(example.isWholeFile());
    assertEquals(1, example.line());
    assertEquals("package com.example;\nclass A {}\n", example.code());
  }

  @Test
  void aPackageInfoIsAWholeFileAndAProjectWithItsPackage() {
    List<ExampleSource> sources = ReadmeExample.parse(List.of(
        "```java", "package com.example;", "class A {}", "```",
        "```java", "@WcsHooksSpec", "package com.example.echo;", "", "import io.wcshooks.api.WcsHooksSpec;", "```",
        "```java", "package com.example.echo;", "class Main {}", "```",
        "```java", "package com.example;", "class B {}", "```")).stream().map(ExampleSource::of).toList();
    assertEquals("com/example/echo/package-info.java", sources.get(1).path());
    assertTrue(sources.get(1).isPackageInfo());
    assertEquals("com.example.echo", sources.get(1).packageName());
    assertEquals(List.of(List.of(sources.get(0), sources.get(3)), List.of(sources.get(1), sources.get(2))),
        ReadmeExamplesTest.byProject(sources));
  }

  @Test
  void aFragmentIsWrappedAsItsCommentSays() {
    ReadmeExample example = ReadmeExample.parse(List.of(
        "text", "<!-- java: class A { void a() { ... } } -->", "```java", "run();", "```")).get(0);
    assertEquals("class A { void a() { ... } }", example.wrapper());
    ExampleSource source = ExampleSource.of(example);
    assertEquals("com/example/A.java", source.path());
    assertTrue(source.text().endsWith("\nclass A { void a() {\nrun();\n} }\n"), source.text());
    assertEquals(4, source.readmeLine(source.blockStart()));
    assertEquals(-1, source.readmeLine(source.blockStart() - 1));
    assertEquals(-1, source.readmeLine(source.blockStart() + 1));
  }

  @Test
  void aBlockThatCannotBeCheckedSaysWhy() {
    ReadmeExample example = ReadmeExample.parse(List.of(
        "<!-- java: unchecked, needs a WCS server -->", "```java", "wcs.startup();", "```")).get(0);
    assertEquals("needs a WCS server", example.uncheckedReason());
    assertNull(example.wrapper());
  }

  @Test
  void theImportsBlockIsReadAsTheNamesItImports() {
    ReadmeExample example = ReadmeExample.parse(List.of("<!-- java: imports -->", "```java",
        "import io.wcshooks.api.*;   // @WcsHook", "", "import static org.junit.jupiter.api.Assertions.*;", "```"))
        .get(0);
    assertTrue(example.isImports());
    assertFalse(example.isWholeFile());
    assertEquals(List.of("io.wcshooks.api.*", "static org.junit.jupiter.api.Assertions.*"), example.importedNames());
  }

  @Test
  void anImportsBlockWithSomethingElseIsAnError() {
    ReadmeExample example = ReadmeExample.parse(List.of("<!-- java: imports -->", "```java",
        "import io.wcshooks.api.*;", "class A {}", "```")).get(0);
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, example::importedNames);
    assertTrue(error.getMessage().startsWith("README.md:4: not an import line"), error.getMessage());
  }

  @Test
  void aFragmentWithoutACommentIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ReadmeExample.parse(List.of("", "Run it:", "```java", "run();", "```")));
    assertTrue(error.getMessage().startsWith("README.md:3: a java block that is not a whole file"), error.getMessage());
  }

  @Test
  void aCommentAwayFromItsBlockIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReadmeExample.parse(List.of(
        "<!-- java: class A { ... } -->", "", "```java", "run();", "```")));
    assertTrue(error.getMessage().startsWith("README.md:1: a <!-- java: --> comment not on the line"), error.getMessage());
  }

  @Test
  void aWrapperWithoutAPlaceForTheBlockIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReadmeExample.parse(List.of(
        "<!-- java: class A { } -->", "```java", "run();", "```")));
    assertTrue(error.getMessage().startsWith("README.md:1: a wrapper without ..."), error.getMessage());
  }

  @Test
  void anUnclosedBlockIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReadmeExample.parse(List.of(
        "```java", "package com.example;")));
    assertTrue(error.getMessage().startsWith("README.md:1: a java block that is never closed"), error.getMessage());
  }

  @Test
  void otherBlocksAreNotJava() {
    assertEquals(List.of(), ReadmeExample.parse(List.of("```xml", "<a/>", "```", "```", "mvn verify", "```")));
  }
}
