package io.wcshooks.spec.seeds;

import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.WcsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seed documents as read for one spec: the methods tables are grouped by that spec's method
 * names (see {@link MethodsTable}), so a mutated spec gets its own reading.
 *
 * @param english seed 000
 * @param russian seed 001
 * @param fourTypes seed 004
 * @param restClientConfig the restClientConfig table of wcs-facts.md
 * @param restApi seed 002
 * @param observedValues the status values wcs-facts.md reports beyond the table
 * @param stopOnForbid the events wcs-facts.md says a 403 stops
 */
record SeedDocuments(MethodsTable english, MethodsTable russian, FourTypes fourTypes,
    RestClientConfigFacts restClientConfig, RestApiPage restApi, ObservedValueFacts observedValues,
    StopOnForbidFacts stopOnForbid) {

  static SeedDocuments readFor(WcsSpec spec) {
    Set<String> methodNames = spec.methods().stream().map(HookMethod::name).collect(Collectors.toSet());
    return new SeedDocuments(
        MethodsTable.english(Seeds.file("000"), methodNames),
        MethodsTable.russian(Seeds.file("001"), methodNames),
        FourTypes.read(Seeds.file("004")),
        RestClientConfigFacts.read(Seeds.facts()),
        RestApiPage.read(Seeds.file("002")),
        ObservedValueFacts.read(Seeds.facts()),
        StopOnForbidFacts.read(Seeds.facts()));
  }

  /** Every check of {@link SpecCrossCheck}, in one list. */
  List<String> differences(WcsSpec spec) {
    List<String> out = new ArrayList<>();
    out.addAll(SpecCrossCheck.englishTableDifferences(spec, english));
    out.addAll(SpecCrossCheck.russianTableDifferences(spec, russian));
    out.addAll(SpecCrossCheck.translationDifferences(english, russian));
    out.addAll(SpecCrossCheck.fourTypesDifferences(spec, fourTypes));
    out.addAll(SpecCrossCheck.stopOnForbidDifferences(spec, stopOnForbid));
    out.addAll(SpecCrossCheck.enumDifferences(spec, english, russian));
    out.addAll(SpecCrossCheck.greyReferenceDifferences(spec));
    out.addAll(SpecCrossCheck.restClientConfigDifferences(spec, restClientConfig));
    out.addAll(SpecCrossCheck.restApiDifferences(spec, restApi));
    out.addAll(SpecCrossCheck.parameterTypeDifferences(spec, restApi));
    out.addAll(SpecCrossCheck.observedValueDifferences(spec, observedValues));
    return out;
  }
}
