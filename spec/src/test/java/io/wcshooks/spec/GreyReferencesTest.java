package io.wcshooks.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where several rows describe a grey row's name, the table does not say which one it means; the
 * spec takes the row about the same operation. The cross-check sees only that the names match.
 */
class GreyReferencesTest {

  private final WcsSpec spec = SpecLoader.loadBundled();

  /**
   * publishStream's name "Must be unique. If a stream with such name already published, the
   * publishing of the stream is prohibited": not what a player's name is. stopStream stops what
   * playStream started (its custom is "received in /playStream hook").
   */
  @ParameterizedTest
  @ValueSource(strings = {"playHLS", "playRTSP", "stopStream"})
  void aPlayedStreamsNameIsDescribedByPlayStream(String method) {
    Parameter name = spec.method(method).orElseThrow().parameter("name").orElseThrow();
    assertEquals("playStream.name", name.see().orElseThrow());
    assertEquals("The name of the played stream.", name.description().en());
  }
}
