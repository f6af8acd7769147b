package io.wcshooks.spec.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled spec says what the vendor documents say, except where an erratum records why not. */
class SpecAgreesWithSeedsTest {

  private static WcsSpec spec;
  private static SeedDocuments seeds;

  @BeforeAll
  static void read() {
    spec = SpecLoader.loadBundled();
    seeds = SeedDocuments.readFor(spec);
  }

  @Test
  void englishTable() {
    assertAgrees("000 (English methods table)", SpecCrossCheck.englishTableDifferences(spec, seeds.english()));
  }

  @Test
  void russianTable() {
    assertAgrees("001 (Russian methods table)", SpecCrossCheck.russianTableDifferences(spec, seeds.russian()));
  }

  @Test
  void russianTableTranslatesTheEnglishOne() {
    assertAgrees("000 vs 001", SpecCrossCheck.translationDifferences(seeds.english(), seeds.russian()));
  }

  @Test
  void fourTypes() {
    assertAgrees("004 (four types of REST methods)", SpecCrossCheck.fourTypesDifferences(spec, seeds.fourTypes()));
  }

  @Test
  void stopOnForbid() {
    assertAgrees("wcs-facts.md events a 403 stops", SpecCrossCheck.stopOnForbidDifferences(spec, seeds.stopOnForbid()));
  }

  @Test
  void enums() {
    assertAgrees("the values listed in 000/001",
        SpecCrossCheck.enumDifferences(spec, seeds.english(), seeds.russian()));
  }

  @Test
  void greyReferences() {
    assertAgrees("the grey rows of 000", SpecCrossCheck.greyReferenceDifferences(spec));
  }

  @Test
  void observedValues() {
    assertAgrees("wcs-facts.md status values seen in practice",
        SpecCrossCheck.observedValueDifferences(spec, seeds.observedValues()));
  }

  @Test
  void restClientConfig() {
    assertAgrees("wcs-facts.md restClientConfig",
        SpecCrossCheck.restClientConfigDifferences(spec, seeds.restClientConfig()));
  }

  @Test
  void restApi() {
    assertAgrees("002 (WCS REST API)", SpecCrossCheck.restApiDifferences(spec, seeds.restApi()));
  }

  @Test
  void parameterTypes() {
    assertAgrees("the JSON types 002 shows and the flags of 000",
        SpecCrossCheck.parameterTypeDifferences(spec, seeds.restApi()));
  }

  @Test
  void credentials() {
    assertAgrees("the passwords and tokens of 000, 001 and 002", SpecCrossCheck.credentialDifferences(spec));
  }

  private static void assertAgrees(String source, List<String> differences) {
    assertTrue(differences.isEmpty(), () -> "the bundled spec disagrees with " + source + " in "
        + differences.size() + " place(s):\n  " + String.join("\n  ", differences));
  }
}
