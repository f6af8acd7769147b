package io.wcshooks.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.HandlerModel;
import io.wcshooks.processor.model.HandlerOwnerModel;
import io.wcshooks.processor.model.HookModel;
import io.wcshooks.processor.model.Javadocs;
import io.wcshooks.spec.MethodKind;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders the JAX-RS resource: one {@code POST} method per hook at its exact wire name, calling the
 * user's handler directly (no reflection per request), or echoing the body when there is none.
 *
 * <p>Fields are always written {@code this.name}, and parameters and locals get names no user's
 * class or package has (see {@link LocalNames}), so that users' names never change what a name in
 * generated code means.
 */
public final class ResourceWriter {
  private ResourceWriter() {}

  /** The names of a hook method's parameter and locals. */
  private record Locals(String call, String request) {}

  public static JavaFile write(GenerationModel model) {
    ClassName type = model.resourceType();
    LocalNames names = LocalNames.of(model);
    Locals locals = new Locals(names.name("call"), names.name("request"));
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(RuntimeTypes.generated(model.specVersion()))
        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.PATH).addMember("value", "$S", "").build())
        .addAnnotation(mediaType(RuntimeTypes.CONSUMES))
        .addAnnotation(mediaType(RuntimeTypes.PRODUCES))
        .addSuperinterface(RuntimeTypes.HOOK_DISPATCHER)
        .addJavadoc("The WCS REST hooks: {@code POST <base>/<hook>} for each of the spec's $L hooks. Hooks\n"
            + "without a handler answer the body exactly as received, as WCS's EchoApp does. The embedded\n"
            + "server calls the same methods through {@link #dispatch} for well-formed calls.\n",
            model.hooks().size());
    if (model.usesDeprecated()) {
      spec.addAnnotation(RuntimeTypes.suppressDeprecation());
    }

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the resource over the handler instances; the application uses this one\n"
            + "instance for every request.\n");
    if (!model.owners().isEmpty()) {
      constructor.addJavadoc("\n");
    }
    for (HandlerOwnerModel owner : model.owners()) {
      String name = owner.builderMethod();
      spec.addField(owner.reference(), name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(owner.reference(), name)
          .addJavadoc("$L\n", Javadocs.wrap("@param " + name + " the instance whose {@code @WcsHook} methods handle "
              + EntryPointWriter.handledBy(model, owner), Javadocs.WIDTH))
          .addStatement("this.$N = $T.requireNonNull($N, $S)", name, Objects.class, name, name);
    }
    spec.addMethod(constructor.build());

    for (HookModel hook : model.hooks()) {
      spec.addMethod(hookMethod(hook, model.handlerFor(hook), model, locals));
    }
    addDispatch(spec, model, names.name("hook"), locals);
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  /** {@code hooks()} and {@code dispatch(hook, call)}: the hook methods by wire name, for the fast path. */
  private static void addDispatch(TypeSpec.Builder spec, GenerationModel model, String hook, Locals locals) {
    ParameterizedTypeName stringSet = ParameterizedTypeName.get(Set.class, String.class);
    spec.addField(FieldSpec.builder(stringSet, "HOOK_NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.copyOf($T.HOOKS)", Set.class, model.entryPointType())
        .build());
    spec.addMethod(MethodSpec.methodBuilder("hooks")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(stringSet)
        .addJavadoc("Every hook's wire name.\n\n@return the names\n")
        .addStatement("return HOOK_NAMES")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("handledHooks")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(stringSet)
        .addJavadoc("The hooks with a {@code @WcsHook} handler.\n\n@return the names\n")
        .addStatement("return $T.HANDLED_HOOKS", model.entryPointType())
        .build());
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($N) {\n$>", hook);
    for (HookModel h : model.hooks()) {
      cases.add("case $S -> this.$N($N);\n", h.wireName(), h.resourceMethod(), locals.call());
    }
    cases.add("default -> throw new $T($S + $N);\n$<};\n", IllegalArgumentException.class, "no such hook: ", hook);
    spec.addMethod(MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.RESPONSE)
        .addParameter(String.class, hook)
        .addParameter(RuntimeTypes.HOOK_CALL, locals.call())
        .addJavadoc("Answers a call as the hook's {@code POST} method does.\n\n"
            + "@param $L a hook's wire name\n@param $L the call\n@return the hook method's answer\n",
            hook, locals.call())
        .addCode(cases.build())
        .build());
  }

  private static AnnotationSpec mediaType(ClassName annotation) {
    return AnnotationSpec.builder(annotation).addMember("value", "$T.APPLICATION_JSON", RuntimeTypes.MEDIA_TYPE).build();
  }

  private static MethodSpec hookMethod(HookModel hook, Optional<HandlerModel> handler, GenerationModel model,
      Locals locals) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(hook.resourceMethod())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(RuntimeTypes.POST)
        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.PATH).addMember("value", "$S", hook.wireName()).build())
        .returns(RuntimeTypes.RESPONSE)
        .addParameter(RuntimeTypes.HOOK_CALL, locals.call());
    if (handler.isEmpty()) {
      return method
          .addJavadoc("{@code POST <base>/$L}: no handler, so the echo.\n\n"
              + "@param $L the call, with its body\n"
              + "@return 200 with the body exactly as received$L\n", hook.wireName(), locals.call(),
              hook.method().kind() == MethodKind.CONNECT
                  ? "\n    (with the hooks turned off for the session, when the application turns them off)"
                  : "")
          .addStatement("return $N.echo($T.$L)", locals.call(), RuntimeTypes.HOOK_KIND, hook.method().kind().name())
          .build();
    }
    HandlerModel h = handler.get();
    boolean failsOpen = hook.method().kind() == MethodKind.EVENT;
    method.addJavadoc("{@code POST <base>/$L}: handled by {@link $T#$L}.\n\n"
            + "@param $L the call, with its body and context\n"
            + "@return 200 with the echo, the handler's changes included$L;\n"
            + "    400 for a field of the wrong type; when the handler throws or misses its deadline,\n"
            + "    $L\n",
        hook.wireName(), h.owner(), h.methodName(), locals.call(),
        h.returns() == HandlerModel.Returns.RESULT ? ", or 403 when it forbids" : "",
        failsOpen ? "the echo (an event fails open, unless configured otherwise)"
            : "500 or 503 (a " + hook.method().kind().specName() + " hook fails closed, unless configured otherwise)");
    method.addCode("return $N.handle($T.HOOK, $T.$L, () -> {\n$>", locals.call(), hook.requestType(),
        RuntimeTypes.HOOK_KIND, hook.method().kind().name());
    method.addStatement("$T $N = new $T($N.json())", hook.requestType(), locals.request(), hook.requestType(),
        locals.call());
    CodeBlock invocation = invocation(h, model, locals);
    switch (h.returns()) {
      case VOID -> method.addStatement("$L", invocation)
          .addStatement("return $N.answer($T.HOOK, $N)", locals.call(), hook.requestType(), locals.request());
      case REQUEST -> method.addStatement("return $N.answer($T.HOOK,$W$L)", locals.call(), hook.requestType(),
          invocation);
      case RESULT -> method.addStatement("return $N.answer($T.HOOK,$W$L,$W$N)", locals.call(), hook.requestType(),
          invocation, locals.request());
    }
    return method.addCode("$<});\n").build();
  }

  private static CodeBlock invocation(HandlerModel handler, GenerationModel model, Locals locals) {
    CodeBlock.Builder call = CodeBlock.builder();
    if (handler.isStatic()) {
      call.add("$T.$N(", handler.owner(), handler.methodName());
    } else {
      String field = model.owners().stream()
          .filter(o -> o.type().equals(handler.owner()))
          .findFirst()
          .orElseThrow()
          .builderMethod();
      call.add("this.$N.$N(", field, handler.methodName());
    }
    boolean first = true;
    for (HandlerModel.Argument argument : handler.arguments()) {
      call.add(first ? "" : ",$W");
      switch (argument) {
        case REQUEST -> call.add("$N", locals.request());
        case CONTEXT -> call.add("$N.context($T.HOOK)", locals.call(), handler.hook().requestType());
      }
      first = false;
    }
    return call.add(")").build();
  }
}
