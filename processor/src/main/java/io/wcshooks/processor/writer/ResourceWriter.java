package io.wcshooks.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.HandlerModel;
import io.wcshooks.processor.model.HandlerOwnerModel;
import io.wcshooks.processor.model.HookModel;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Renders the JAX-RS resource: one {@code POST} method per hook at its exact wire name, calling the
 * user's handler directly (no reflection per request), or echoing the body when there is none.
 */
public final class ResourceWriter {
  private ResourceWriter() {}

  public static JavaFile write(GenerationModel model) {
    ClassName type = model.resourceType();
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(RuntimeTypes.generated(model.specVersion()))
        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.PATH).addMember("value", "$S", "").build())
        .addAnnotation(mediaType(RuntimeTypes.CONSUMES))
        .addAnnotation(mediaType(RuntimeTypes.PRODUCES))
        .addJavadoc("The WCS REST hooks: {@code POST <base>/<hook>} for each of the spec's $L hooks. Hooks without a\n"
            + "handler answer the body exactly as received, as WCS's EchoApp does.\n", model.hooks().size());

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the resource over the handler instances; Jersey keeps it as a singleton.\n");
    for (HandlerOwnerModel owner : model.owners()) {
      spec.addField(owner.type(), owner.builderMethod(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(owner.type(), owner.builderMethod())
          .addStatement("this.$N = $T.requireNonNull($N, $S)", owner.builderMethod(), java.util.Objects.class,
              owner.builderMethod(), owner.builderMethod());
    }
    spec.addMethod(constructor.build());

    for (HookModel hook : model.hooks()) {
      spec.addMethod(hookMethod(hook, model.handlerFor(hook), model));
    }
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static AnnotationSpec mediaType(ClassName annotation) {
    return AnnotationSpec.builder(annotation).addMember("value", "$T.APPLICATION_JSON", RuntimeTypes.MEDIA_TYPE).build();
  }

  private static MethodSpec hookMethod(HookModel hook, Optional<HandlerModel> handler, GenerationModel model) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(hook.resourceMethod())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(RuntimeTypes.POST)
        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.PATH).addMember("value", "$S", hook.wireName()).build())
        .returns(RuntimeTypes.RESPONSE)
        .addParameter(RuntimeTypes.HOOK_CALL, "call");
    if (handler.isEmpty()) {
      return method
          .addJavadoc("{@code $L}: no handler, so the echo.\n", hook.wireName())
          .addStatement("return call.echo()")
          .build();
    }
    HandlerModel h = handler.get();
    method.addJavadoc("{@code $L}: handled by {@link $T#$L}.\n", hook.wireName(), h.owner(), h.methodName());
    method.addStatement("$T request = new $T(call.json())", hook.requestType(), hook.requestType());
    CodeBlock invocation = invocation(h, model);
    method.beginControlFlow("try");
    switch (h.returns()) {
      case VOID -> method.addStatement("$L", invocation)
          .addStatement("return call.answer($T.HOOK, request)", hook.requestType());
      case REQUEST -> method.addStatement("return call.answer($T.HOOK, $L)", hook.requestType(), invocation);
      case RESULT -> method.addStatement("return call.answer($T.HOOK, $L, request)", hook.requestType(), invocation);
    }
    return method
        .nextControlFlow("catch ($T e)", Exception.class)
        .addStatement("return call.failed($T.HOOK, e)", hook.requestType())
        .endControlFlow()
        .build();
  }

  private static CodeBlock invocation(HandlerModel handler, GenerationModel model) {
    CodeBlock.Builder call = CodeBlock.builder();
    if (handler.isStatic()) {
      call.add("$T.$N(", handler.owner(), handler.methodName());
    } else {
      String field = model.owners().stream()
          .filter(o -> o.type().equals(handler.owner()))
          .findFirst()
          .orElseThrow()
          .builderMethod();
      call.add("$N.$N(", field, handler.methodName());
    }
    boolean first = true;
    for (HandlerModel.Argument argument : handler.arguments()) {
      call.add(first ? "" : ", ");
      switch (argument) {
        case REQUEST -> call.add("request");
        case CONTEXT -> call.add("call.context($T.HOOK)", handler.hook().requestType());
      }
      first = false;
    }
    return call.add(")").build();
  }
}
