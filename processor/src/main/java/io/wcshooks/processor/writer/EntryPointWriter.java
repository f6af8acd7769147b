package io.wcshooks.processor.writer;

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
    ParameterizedTypeName stringList = ParameterizedTypeName.get(List.class, String.class);
    ParameterizedTypeName stringSet = ParameterizedTypeName.get(Set.class, String.class);

    CodeBlock.Builder hooks = CodeBlock.builder().add("$T.of(", List.class);
    boolean first = true;
    for (HookModel hook : model.hooks()) {
      hooks.add(first ? "\n" : ",\n").add("$S", hook.wireName());
      first = false;
    }
    hooks.add(")");
    CodeBlock.Builder handled = CodeBlock.builder().add("$T.of(", Set.class);
    first = true;
    for (HandlerModel handler : model.handlers()) {
      handled.add(first ? "" : ", ").add("$S", handler.hook().wireName());
      first = false;
    }
    handled.add(")");

    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(RuntimeTypes.generated(model.specVersion()))
        .addJavadoc("The hook backend generated from the WCS hooks spec $L and this module's {@code @WcsHook} methods.\n"
            + "\n<pre>{@code\nResourceConfig app = WcsHooks.builder()$L.build();\n}</pre>\n",
            model.specVersion(), builderExample(model))
        .addField(FieldSpec.builder(String.class, "SPEC_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The version of the spec this code was generated from.\n")
            .initializer("$S", model.specVersion())
            .build())
        .addField(FieldSpec.builder(stringList, "HOOKS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every hook's wire name, in the spec's order.\n")
            .initializer(hooks.build())
            .build())
        .addField(FieldSpec.builder(stringSet, "HANDLED_HOOKS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The hooks that have a {@code @WcsHook} handler; the others answer the echo.\n")
            .initializer(handled.build())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("Starts an application: give it the handler instances it cannot create itself.\n")
            .addStatement("return new $T()", builder)
            .build())
        .addType(builderType(model, builder));
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static String builderExample(GenerationModel model) {
    StringBuilder example = new StringBuilder();
    for (HandlerOwnerModel owner : model.owners()) {
      example.append('.').append(owner.builderMethod()).append("(new ").append(owner.type().simpleName()).append("(...))");
    }
    return example.toString();
  }

  private static TypeSpec builderType(GenerationModel model, ClassName builder) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects handler instances and settings; {@link #build()} makes the Jersey application.\n")
        .addField(FieldSpec.builder(RuntimeTypes.JSON_LIMITS, "limits", Modifier.PRIVATE)
            .initializer("$T.DEFAULTS", RuntimeTypes.JSON_LIMITS)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.RESOURCE_CONFIG)
        .addJavadoc("The Jersey application: the hook resource and the runtime's JSON and error handling.\n");
    CodeBlock.Builder arguments = CodeBlock.builder();
    boolean first = true;
    for (HandlerOwnerModel owner : model.owners()) {
      String name = owner.builderMethod();
      spec.addField(owner.type(), name, Modifier.PRIVATE);
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(owner.type(), "instance")
          .addJavadoc("The instance whose {@code @WcsHook} methods handle hooks.$L\n\n@return this builder\n",
              owner.defaultConstructible() ? " Optional: by default, {@code new " + owner.type().simpleName() + "()}." : "")
          .addStatement("this.$N = $T.requireNonNull(instance, $S)", name, Objects.class, name)
          .addStatement("return this")
          .build());
      if (owner.defaultConstructible()) {
        build.addStatement("$T $N = this.$N != null ? this.$N : new $T()", owner.type(), name, name, name, owner.type());
      } else {
        build.beginControlFlow("if (this.$N == null)", name)
            .addStatement("throw new $T($S)", IllegalStateException.class,
                "WcsHooks needs an instance of " + owner.type().canonicalName() + ": call " + name
                    + "(...) on the builder (the class has no accessible no-argument constructor)")
            .endControlFlow()
            .addStatement("$T $N = this.$N", owner.type(), name, name);
      }
      arguments.add(first ? "$N" : ", $N", name);
      first = false;
    }
    spec.addMethod(MethodSpec.methodBuilder("limits")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(RuntimeTypes.JSON_LIMITS, "limits")
        .addJavadoc("Bounds on request bodies; the defaults suit real WCS traffic.\n\n@return this builder\n")
        .addStatement("this.limits = $T.requireNonNull(limits, $S)", Objects.class, "limits")
        .addStatement("return this")
        .build());
    build.addStatement("$T config = new $T()", RuntimeTypes.RESOURCE_CONFIG, RuntimeTypes.RESOURCE_CONFIG)
        .addStatement("config.register(new $T(limits))", RuntimeTypes.FEATURE)
        .addStatement("config.register(new $T($L))", model.resourceType(), arguments.build())
        .addStatement("return config");
    return spec.addMethod(build.build()).build();
  }
}
