package io.wcshooks.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The runtime's types that generated code uses, named once. */
public final class RuntimeTypes {
  public static final String API = "io.wcshooks.api";
  public static final String RUNTIME = "io.wcshooks.runtime";

  public static final ClassName WCS_HOOK = ClassName.get(API, "WcsHook");
  public static final ClassName WCS_HOOKS_SPEC = ClassName.get(API, "WcsHooksSpec");
  public static final ClassName HOOK_REQUEST = ClassName.get(API, "HookRequest");
  public static final ClassName HOOK_CONTEXT = ClassName.get(API, "HookContext");
  public static final ClassName HOOK_RESULT = ClassName.get(API, "HookResult");
  public static final ClassName OPEN_ENUM = ClassName.get(API, "OpenEnum");
  public static final ClassName HOOK_CALL = ClassName.get(RUNTIME, "HookCall");
  public static final ClassName FEATURE = ClassName.get(RUNTIME, "WcsHooksFeature");
  public static final ClassName HOOK_DISPATCHER = ClassName.get(RUNTIME, "HookDispatcher");
  public static final ClassName DISABLED_HOOKS = ClassName.get(RUNTIME, "DisabledHooks");
  public static final ClassName HOOK_KIND = ClassName.get(RUNTIME + ".failure", "HookKind");
  public static final ClassName HANDLER_POLICY = ClassName.get(RUNTIME + ".failure", "HandlerPolicy");
  public static final ClassName JSON_LIMITS = ClassName.get(RUNTIME + ".json", "JsonLimits");

  public static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  public static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  public static final ClassName JSON_NODE_FACTORY =
      ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");

  public static final ClassName RESOURCE_CONFIG = ClassName.get("org.glassfish.jersey.server", "ResourceConfig");
  /** Jersey's binder, independent of the injection framework (HK2 by default). */
  public static final ClassName ABSTRACT_BINDER = ClassName.get("org.glassfish.jersey.internal.inject", "AbstractBinder");
  public static final ClassName PATH = ClassName.get("jakarta.ws.rs", "Path");
  public static final ClassName POST = ClassName.get("jakarta.ws.rs", "POST");
  public static final ClassName CONSUMES = ClassName.get("jakarta.ws.rs", "Consumes");
  public static final ClassName PRODUCES = ClassName.get("jakarta.ws.rs", "Produces");
  public static final ClassName MEDIA_TYPE = ClassName.get("jakarta.ws.rs.core", "MediaType");
  public static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.core", "Response");

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "io.wcshooks.processor.WcsHookProcessor";

  private RuntimeTypes() {}

  /** For generated code that calls deprecated handlers: see {@code GenerationModel.usesDeprecated()}. */
  public static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$S, $S}", "deprecation", "removal")
        .build();
  }

  /** {@code @Generated} naming the processor and the spec version (no date, so output is reproducible). */
  public static AnnotationSpec generated(String specVersion) {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", PROCESSOR)
        .addMember("comments", "$S", "WCS hooks spec " + specVersion)
        .build();
  }
}
