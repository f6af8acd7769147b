package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writers render, built once from the spec and the checked handlers.
 *
 * @param packageName where the generated code goes
 * @param specVersion the spec's version, recorded in the generated code
 * @param hooks every hook, in the spec's order
 * @param enums the open enums
 * @param restClientConfig the restClientConfig builder
 * @param handlers the users' handlers, at most one per hook
 * @param owners the classes whose instances the builder needs
 */
public record GenerationModel(
    String packageName,
    String specVersion,
    List<HookModel> hooks,
    List<EnumModel> enums,
    RestClientConfigModel restClientConfig,
    List<HandlerModel> handlers,
    List<HandlerOwnerModel> owners) {

  public GenerationModel {
    hooks = List.copyOf(hooks);
    enums = List.copyOf(enums);
    handlers = List.copyOf(handlers);
    owners = List.copyOf(owners);
  }

  public ClassName resourceType() {
    return ClassName.get(packageName, "WcsHooksResource");
  }

  public ClassName entryPointType() {
    return ClassName.get(packageName, "WcsHooks");
  }

  public Optional<HandlerModel> handlerFor(HookModel hook) {
    return handlers.stream().filter(h -> h.hook().wireName().equals(hook.wireName())).findFirst();
  }

  /** The same model with the handlers found in the user's code. */
  public GenerationModel withHandlers(List<HandlerModel> handlers, List<HandlerOwnerModel> owners) {
    return new GenerationModel(packageName, specVersion, hooks, enums, restClientConfig, handlers, owners);
  }
}
