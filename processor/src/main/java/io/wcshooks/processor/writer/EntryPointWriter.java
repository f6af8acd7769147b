package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.HandlerOwnerModel;
import io.wcshooks.processor.model.HookModel;
import io.wcshooks.processor.model.Javadocs;
import io.wcshooks.spec.MethodKind;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code WcsHooks}, the users' entry point: what the spec and the handlers are, and a
 * builder that turns handler instances into a Jersey application.
 */
public final class EntryPointWriter {
  private EntryPointWriter() {}

  public static JavaFile write(GenerationModel model) {
    ClassName type = model.entryPointType();
    ClassName builder = type.nestedClass("Builder");
    ClassName binder = type.nestedClass("ResourceBinder");
    ParameterizedTypeName stringList = ParameterizedTypeName.get(List.class, String.class);
    ParameterizedTypeName stringSet = ParameterizedTypeName.get(Set.class, String.class);

    CodeBlock hooks = listOf(List.class, model.hooks().stream().map(HookModel::wireName).toList());
    CodeBlock handled = listOf(Set.class, model.handlers().stream().map(h -> h.hook().wireName()).toList());

    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(RuntimeTypes.generated(model.specVersion()))
        .addJavadoc("The hook backend generated from the WCS hooks spec $L and this module's\n"
            + "{@code @WcsHook} methods.\n\n$L", model.specVersion(), builderExample(model))
        .addField(FieldSpec.builder(String.class, "SPEC_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The version of the spec this code was generated from.\n")
            .initializer("$S", model.specVersion())
            .build())
        .addField(FieldSpec.builder(stringList, "HOOKS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every hook's wire name, in the spec's order.\n")
            .initializer(hooks)
            .build())
        .addField(FieldSpec.builder(stringSet, "HANDLED_HOOKS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The hooks that have a {@code @WcsHook} handler; the others answer the echo.\n")
            .initializer(handled)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("Starts an application: give it the handler instances it cannot create itself.\n\n"
                + "@return a new builder\n")
            .addStatement("return new $T()", builder)
            .build())
        .addType(builderType(model, builder, binder))
        .addType(binderType(model, binder));
    if (model.usesDeprecated()) {
      spec.addAnnotation(RuntimeTypes.suppressDeprecation());
    }
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  /** {@code List.of(} with one value a line when there are several. */
  private static CodeBlock listOf(Class<?> type, List<String> values) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", type);
    if (values.size() == 1) {
      code.add("$S", values.get(0));
    } else if (!values.isEmpty()) {
      code.add("\n$>$>");
      for (int i = 0; i < values.size(); i++) {
        code.add(i == 0 ? "$S" : ",\n$S", values.get(i));
      }
      code.add("$<$<");
    }
    return code.add(")").build();
  }

  /** The builder calls a user must make (instances of classes it cannot create), and the optional ones. */
  private static String builderExample(GenerationModel model) {
    StringBuilder example = new StringBuilder("<pre>{@code\nResourceConfig app = WcsHooks.builder()");
    List<String> optional = model.owners().stream()
        .filter(HandlerOwnerModel::defaultConstructible)
        .map(o -> "{@code " + o.builderMethod() + "(...)}")
        .toList();
    List<HandlerOwnerModel> required = model.owners().stream().filter(o -> !o.defaultConstructible()).toList();
    for (HandlerOwnerModel owner : required) {
      example.append("\n    .").append(owner.builderMethod()).append("(new ").append(owner.type().simpleName())
          .append(owner.diamond()).append("(...))");
    }
    example.append(required.isEmpty() ? ".build();" : "\n    .build();").append("\n}</pre>\n");
    if (!optional.isEmpty()) {
      example.append('\n').append(Javadocs.wrap("<p>Optional: " + String.join(", ", optional) + ". The builder "
          + "creates the instances it is not given with their classes' no-argument constructors.", Javadocs.WIDTH))
          .append('\n');
    }
    return example.toString();
  }

  private static TypeSpec builderType(GenerationModel model, ClassName builder, ClassName binder) {
    LocalNames names = LocalNames.of(model);
    String instance = names.name("instance");
    String limits = names.name("limits");
    String config = names.name("config");
    String resource = names.name("resource");
    TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects handler instances and settings; {@link #build()} makes the Jersey application.\n")
        .addField(FieldSpec.builder(RuntimeTypes.JSON_LIMITS, "limits", Modifier.PRIVATE)
            .initializer("$T.DEFAULTS", RuntimeTypes.JSON_LIMITS)
            .build())
        .addField(FieldSpec.builder(RuntimeTypes.HANDLER_POLICY, "handling", Modifier.PRIVATE)
            .initializer("$T.DEFAULTS", RuntimeTypes.HANDLER_POLICY)
            .build())
        .addField(FieldSpec.builder(boolean.class, "disableUnhandled", Modifier.PRIVATE).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.RESOURCE_CONFIG)
        .addJavadoc("The Jersey application: the hook resource and the runtime's JSON and error handling.\n\n"
            + "@return a new application, which serves every request with one resource instance\n");
    CodeBlock.Builder arguments = CodeBlock.builder();
    boolean first = true;
    for (HandlerOwnerModel owner : model.owners()) {
      String name = owner.builderMethod();
      spec.addField(owner.reference(), name, Modifier.PRIVATE);
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(owner.reference(), instance)
          .addJavadoc("$L\n\n@param $L the instance, used for every request\n@return this builder\n",
              Javadocs.wrap("The instance whose {@code @WcsHook} methods handle " + handledBy(model, owner) + "."
                  + (owner.defaultConstructible()
                      ? " Optional: by default, {@code new " + owner.type().simpleName() + owner.diamond() + "()}."
                      : ""), Javadocs.WIDTH),
              instance)
          .addStatement("this.$N = $T.requireNonNull($N, $S)", name, Objects.class, instance, name)
          .addStatement("return this")
          .build());
      if (owner.defaultConstructible()) {
        arguments.add(first ? "" : ",$W").add("this.$N != null ? this.$N : new $T$L()", name, name, owner.type(),
            owner.diamond());
      } else {
        build.beginControlFlow("if (this.$N == null)", name)
            .addStatement("throw new $T($S)", IllegalStateException.class,
                "WcsHooks needs an instance of " + owner.type().canonicalName() + ": call " + name
                    + "(...) on the builder (the class has no accessible no-argument constructor"
                    + (owner.constructorThrowsChecked() ? " that throws no checked exception" : "") + ")")
            .endControlFlow();
        arguments.add(first ? "" : ",$W").add("this.$N", name);
      }
      first = false;
    }
    spec.addMethod(MethodSpec.methodBuilder("limits")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(RuntimeTypes.JSON_LIMITS, limits)
        .addJavadoc("Bounds on request bodies; the defaults suit real WCS traffic.\n\n"
            + "@param $L the bounds\n@return this builder\n", limits)
        .addStatement("this.limits = $T.requireNonNull($N, $S)", Objects.class, limits, "limits")
        .addStatement("return this")
        .build());
    addHandlingMethods(spec, builder, names);
    List<String> connectHooks = model.hooks().stream()
        .filter(h -> h.method().kind() == MethodKind.CONNECT)
        .map(HookModel::wireName)
        .toList();
    long unhandled = model.hooks().size() - connectHooks.size()
        - model.handlers().stream().filter(h -> h.hook().method().kind() != MethodKind.CONNECT).count();
    spec.addMethod(MethodSpec.methodBuilder("disableUnhandledHooks")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc("$L\n\n@return this builder\n", Javadocs.wrap("Answers {@code connect} with a {@code restClientConfig}"
            +  " that sets {@code \"restPolicy\": \"DISABLE\"} for each hook without a handler (" + unhandled + " of the spec's "
            + model.hooks().size() + "),"
            + " so that WCS does not call the backend for them during that session: the calls not made cost nothing."
            + " Entries the handler of {@code connect} (or the client) put there already are kept. Off by default:"
            + " with it, those hooks no longer reach this backend at all (nor its call log).", Javadocs.WIDTH))
        .addStatement("this.disableUnhandled = true")
        .addStatement("return this")
        .build());
    build.addStatement("$T $N = new $T($L)", model.resourceType(), resource, model.resourceType(), arguments.build())
        .addStatement("$T $N = new $T()", RuntimeTypes.RESOURCE_CONFIG, config, RuntimeTypes.RESOURCE_CONFIG)
        .addStatement("$N.register($T.builder()\n.limits(this.limits)\n.handling(this.handling)\n"
                + ".disabledHooks(this.disableUnhandled\n$>$>? $T.unhandled(HOOKS, HANDLED_HOOKS, $L)\n: $T.NONE)$<$<\n"
                + ".dispatcher($N)\n.build())", config, RuntimeTypes.FEATURE, RuntimeTypes.DISABLED_HOOKS,
            listOf(Set.class, connectHooks), RuntimeTypes.DISABLED_HOOKS, resource)
        .addComment("A resource class, and the one instance bound to it: registering the instance itself")
        .addComment("works alike, but makes Jersey warn at every start (eclipse-ee4j/jersey#3700).")
        .addStatement("$N.register($T.class)", config, model.resourceType())
        .addStatement("$N.register(new $T($N))", config, binder, resource)
        .addStatement("return $N", config);
    return spec.addMethod(build.build()).build();
  }

  /** failOpen, failClosed, handlerDeadline, repeatWindow and handling: the {@code HandlerPolicy} settings. */
  private static void addHandlingMethods(TypeSpec.Builder spec, ClassName builder, LocalNames names) {
    String hooks = names.name("hooks");
    String hook = names.name("hook");
    String deadline = names.name("deadline");
    String window = names.name("window");
    String handling = names.name("handling");
    String[][] overrides = {
        {"failOpen", "withFailOpen", "When a handler of one of these hooks throws or misses its deadline, answer 200 with "
            + "the body as received (and log the error). By default only events fail open."},
        {"failClosed", "withFailClosed", "When a handler of one of these hooks throws or misses its deadline, answer a "
            + "non-200 (500, or 503 past the deadline), so that WCS declines. By default {@code connect}, direct "
            + "and incoming invocations fail closed."}};
    for (String[] override : overrides) {
      spec.addMethod(MethodSpec.methodBuilder(override[0])
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(String[].class, hooks)
          .varargs()
          .addJavadoc("$L\n\n@param $L wire names, e.g. {@code connect} or {@code StreamStatusEvent}\n"
              + "@return this builder\n@throws IllegalArgumentException for a name that is no hook of the spec\n",
              Javadocs.wrap(override[2], Javadocs.WIDTH), hooks)
          .beginControlFlow("for ($T $N : $N)", String.class, hook, hooks)
          .beginControlFlow("if (!HOOKS.contains($N))", hook)
          .addStatement("throw new $T($S + $N)", IllegalArgumentException.class, "no such hook: ", hook)
          .endControlFlow()
          .endControlFlow()
          .addStatement("this.handling = this.handling.$N($N)", override[1], hooks)
          .addStatement("return this")
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("handlerDeadline")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(Duration.class, deadline)
        .addJavadoc("$L\n\n@param $L the deadline, default 5 s\n@return this builder\n",
            Javadocs.wrap("How long a call waits for its handler before it is answered by the failure policy "
                + "(the handler's thread is then interrupted); keep it under WCS's rest_request_timeout "
                + "(15 s by default). {@code Duration.ZERO}: no deadline, handlers run on the request thread.",
                Javadocs.WIDTH), deadline)
        .addStatement("this.handling = this.handling.withHandlerDeadline($N)", deadline)
        .addStatement("return this")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("repeatWindow")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(Duration.class, window)
        .addJavadoc("$L\n\n@param $L the window, default 30 s\n@return this builder\n",
            Javadocs.wrap("How long a call is remembered so that a resend of it (same hook, same body) is "
                + "a repeat ({@code HookContext.isRepeat()}). {@code Duration.ZERO}: never a repeat.",
                Javadocs.WIDTH), window)
        .addStatement("this.handling = this.handling.withRepeatWindow($N)", window)
        .addStatement("return this")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("handling")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(RuntimeTypes.HANDLER_POLICY, handling)
        .addJavadoc("$L\n\n@param $L the policy\n@return this builder\n",
            Javadocs.wrap("Every handler setting at once (replacing those made before): deadline, handler "
                + "threads, failure policy per hook, repeat window and capacity.", Javadocs.WIDTH), handling)
        .addStatement("this.handling = $T.requireNonNull($N, $S)", Objects.class, handling, "handling")
        .addStatement("return this")
        .build());
  }

  /** The hooks an owner's handlers handle, for Javadoc: "{@code connect} and {@code publishStream}". */
  static String handledBy(GenerationModel model, HandlerOwnerModel owner) {
    List<String> hooks = model.handlers().stream()
        .filter(h -> h.owner().equals(owner.type()))
        .map(h -> "{@code " + h.hook().wireName() + "}")
        .toList();
    if (hooks.size() < 2) {
      return String.join("", hooks);
    }
    return String.join(", ", hooks.subList(0, hooks.size() - 1)) + " and " + hooks.get(hooks.size() - 1);
  }

  /** Binds the one resource instance, ranked above the class binding Jersey makes for a resource class. */
  private static TypeSpec binderType(GenerationModel model, ClassName binder) {
    ClassName resource = model.resourceType();
    return TypeSpec.classBuilder(binder)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(RuntimeTypes.ABSTRACT_BINDER)
        .addJavadoc("Makes Jersey use one {@link $T} for every request.\n", resource)
        .addField(resource, "resource", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(resource, "resource")
            .addStatement("this.resource = resource")
            .build())
        .addMethod(MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addStatement("bind(this.resource).to($T.class).ranked(1)", resource)
            .build())
        .build();
  }
}
