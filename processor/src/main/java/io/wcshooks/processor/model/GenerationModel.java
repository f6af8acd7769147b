package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import io.wcshooks.spec.JavaNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the writers render, built once from the spec and the checked handlers.
 *
 * @param packageName where the generated code goes
 * @param specVersion the spec's version, recorded in the generated code
 * @param hooks every hook, in the spec's order
 * @param enums the open enums
 * @param restClientConfig the restClientConfig builder
 * @param restApi the client of WCS's own REST API
 * @param handlers the users' handlers, at most one per hook
 * @param owners the classes whose instances the builder needs
 */
public record GenerationModel(
    String packageName,
    String specVersion,
    List<HookModel> hooks,
    List<EnumModel> enums,
    RestClientConfigModel restClientConfig,
    RestApiModel restApi,
    List<HandlerModel> handlers,
    List<HandlerOwnerModel> owners) {

  /** The simple names of the generated classes that do not come from a spec entry. */
  public static final String REST_CLIENT_CONFIG_TYPE = JavaNames.REST_CLIENT_CONFIG_TYPE;
  public static final String ENTRY_POINT_TYPE = JavaNames.ENTRY_POINT_TYPE;
  public static final String RESOURCE_TYPE = JavaNames.RESOURCE_TYPE;

  public GenerationModel {
    hooks = List.copyOf(hooks);
    enums = List.copyOf(enums);
    handlers = List.copyOf(handlers);
    owners = List.copyOf(owners);
  }

  public ClassName resourceType() {
    return ClassName.get(packageName, RESOURCE_TYPE);
  }

  public ClassName entryPointType() {
    return ClassName.get(packageName, ENTRY_POINT_TYPE);
  }

  /**
   * The simple names of the top-level classes generated into {@link #packageName}: the request
   * types, open enums, restClientConfig builder, REST API client and its types, the resource and
   * the entry point.
   */
  public Set<String> typeNames() {
    Set<String> names = new LinkedHashSet<>();
    hooks.forEach(h -> names.add(h.requestType().simpleName()));
    enums.forEach(e -> names.add(e.type().simpleName()));
    names.add(restClientConfig.type().simpleName());
    names.add(restApi.clientType().simpleName());
    restApi.objects().forEach(o -> names.add(o.type().simpleName()));
    restApi.enums().forEach(e -> names.add(e.type().simpleName()));
    restApi.endpoints().forEach(e -> e.requestType().ifPresent(t -> names.add(t.simpleName())));
    names.add(RESOURCE_TYPE);
    names.add(ENTRY_POINT_TYPE);
    return names;
  }

  public Optional<HandlerModel> handlerFor(HookModel hook) {
    return handlers.stream().filter(h -> h.hook().wireName().equals(hook.wireName())).findFirst();
  }

  /** The users' classes generated code refers to: every handler's class. */
  public Set<ClassName> userTypes() {
    Set<ClassName> types = new LinkedHashSet<>();
    handlers.forEach(h -> types.add(h.owner()));
    owners.forEach(o -> types.add(o.type()));
    return types;
  }

  /**
   * Whether generated code refers to something of the users' that is deprecated. Deprecating a
   * handler is the user's choice; the generated code that calls it then suppresses the warning
   * (javac warns at the call, in a file the user cannot edit, and -Werror fails the build).
   */
  public boolean usesDeprecated() {
    return handlers.stream().anyMatch(HandlerModel::deprecated) || owners.stream().anyMatch(HandlerOwnerModel::deprecated);
  }

  /** The names generated fields, parameters and locals must not take: see {@link Names#obscuringNames}. */
  public Set<String> obscuringNames() {
    return Names.obscuringNames(packageName, userTypes());
  }

  /** The same model with the handlers found in the user's code. */
  public GenerationModel withHandlers(List<HandlerModel> handlers, List<HandlerOwnerModel> owners) {
    return new GenerationModel(packageName, specVersion, hooks, enums, restClientConfig, restApi, handlers, owners);
  }
}
