package io.wcshooks.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole spec: every REST hook WCS calls, and WCS's own REST API. Immutable; load it with
 * {@link SpecLoader}.
 *
 * @param specVersion the spec's version; generated code records it
 * @param title a human title
 * @param contextParameters the parameters every call carries (nodeId, sessionId, appKey)
 * @param enums the value sets of the methods table
 * @param methods every hook method, in the table's order
 * @param restClientConfig the restClientConfig object a connect answer may carry
 * @param onError what WCS does on a backend error: restOnError value, then method kind, to text
 * @param restApi WCS's own REST API
 * @param errata where the sources disagree, and the decisions
 */
public record WcsSpec(
    String specVersion,
    String title,
    List<Parameter> contextParameters,
    List<EnumType> enums,
    List<HookMethod> methods,
    RestClientConfigSpec restClientConfig,
    Map<String, Map<MethodKind, String>> onError,
    RestApi restApi,
    List<Erratum> errata) {

  public WcsSpec {
    Objects.requireNonNull(specVersion, "specVersion");
    Objects.requireNonNull(title, "title");
    contextParameters = List.copyOf(contextParameters);
    enums = List.copyOf(enums);
    methods = List.copyOf(methods);
    Objects.requireNonNull(restClientConfig, "restClientConfig");
    onError = Map.copyOf(onError);
    Objects.requireNonNull(restApi, "restApi");
    errata = List.copyOf(errata);
  }

  public Optional<HookMethod> method(String wireName) {
    return methods.stream().filter(m -> m.name().equals(wireName)).findFirst();
  }

  /** A value set of the methods table or of the REST API. */
  public Optional<EnumType> enumType(String name) {
    return enums.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .or(() -> restApi.enums().stream().filter(e -> e.name().equals(name)).findFirst());
  }

  /**
   * Every field a request to this method carries: the table's parameters in its order, then the
   * context parameters the row does not list.
   */
  public List<Parameter> requestFields(HookMethod method) {
    List<Parameter> fields = new ArrayList<>(method.parameters());
    for (Parameter context : contextParameters) {
      if (method.parameter(context.name()).isEmpty()) {
        fields.add(context);
      }
    }
    return List.copyOf(fields);
  }

  public List<Erratum> errataAffecting(String target) {
    return errata.stream().filter(e -> e.affects(target)).toList();
  }
}
