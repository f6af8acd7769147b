package io.wcshooks.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A handler class's simple name to the builder's member name. */
class NamesTest {

  @ParameterizedTest
  @CsvSource({
      "MyHooks, myHooks",
      "My_Hooks, my_Hooks",
      "My$Hooks, my$Hooks",
      "URLHooks, urlHooks",
      "URL, url",
      "HTTP2Hooks, http2Hooks",
      "A, a",
      "hooks, hooks",
      "_Hooks, _Hooks",
      "Ärger, ärger",
      "Обработчики, обработчики",
      "ХУКИ, хуки",
      "中文, 中文",
      "Int, int_",
      "True, true_",
  })
  void memberNameKeepsTheIdentifierAndLowerCasesItsFirstWord(String simpleName, String expected) {
    assertEquals(expected, Names.memberName(simpleName));
  }
}
