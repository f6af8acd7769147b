package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.HookModel;
import io.wcshooks.processor.model.RestClientConfigModel;
import java.util.Objects;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Renders the restClientConfig builder: one method per hook, one setter per per-method field.
 * A configured method gets every field, defaults included, as the vendor's examples send them.
 */
public final class RestClientConfigWriter {
  private RestClientConfigWriter() {}

  public static JavaFile write(GenerationModel model) {
    RestClientConfigModel config = model.restClientConfig();
    ClassName type = config.type();
    ClassName methodConfig = config.methodConfigType();
    ParameterizedTypeName settingsType = ParameterizedTypeName.get(ClassName.get(Consumer.class), methodConfig);

    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(RuntimeTypes.generated(model.specVersion()))
        .addJavadoc("$L\n", config.javadoc())
        .addJavadoc("\n<p>Return it from {@code connect} to govern the session's later hook calls, e.g. to let the backend\n"
            + "rename streams:\n<pre>{@code\n"
            + "connect.restClientConfig(RestClientConfig.create()\n"
            + "    .publishStream(m -> m.restPolicy(RestPolicy.OVERWRITE).restOverwrite(\"name\")));\n"
            + "}</pre>\n")
        .addField(FieldSpec.builder(RuntimeTypes.OBJECT_NODE, "json", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.instance.objectNode()", RuntimeTypes.JSON_NODE_FACTORY)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(type)
            .addJavadoc("An empty configuration: every method keeps WCS's defaults.\n")
            .addStatement("return new $T()", type)
            .build());

    for (HookModel hook : model.hooks()) {
      spec.addMethod(MethodSpec.methodBuilder(hook.resourceMethod())
          .addModifiers(Modifier.PUBLIC)
          .returns(type)
          .addParameter(settingsType, "settings")
          .addJavadoc("How WCS calls {@code $L} for this session.\n\n@return this configuration\n", hook.wireName())
          .addStatement("return method($S, settings)", hook.wireName())
          .build());
    }

    spec.addMethod(MethodSpec.methodBuilder("method")
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(String.class, "hook")
        .addParameter(settingsType, "settings")
        .addJavadoc("How WCS calls a hook given by its wire name, e.g. one a newer WCS has and the spec lacks.\n\n"
            + "@return this configuration\n")
        .addStatement("$T config = new $T()", methodConfig, methodConfig)
        .addStatement("$T.requireNonNull(settings, $S).accept(config)", Objects.class, "settings")
        .addStatement("json.set($T.requireNonNull(hook, $S), config.json)", Objects.class, "hook")
        .addStatement("return this")
        .build());

    spec.addMethod(MethodSpec.methodBuilder("toJson")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.OBJECT_NODE)
        .addJavadoc("The object as WCS reads it, a copy.\n")
        .addStatement("return json.deepCopy()")
        .build());

    spec.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return json.toString()")
        .build());

    spec.addType(methodConfigType(config, methodConfig));
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static TypeSpec methodConfigType(RestClientConfigModel config, ClassName methodConfig) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    TypeSpec.Builder spec = TypeSpec.classBuilder(methodConfig)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The settings of one method. Starts from WCS's defaults.\n")
        .addField(FieldSpec.builder(RuntimeTypes.OBJECT_NODE, "json", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.instance.objectNode()", RuntimeTypes.JSON_NODE_FACTORY)
            .build());
    for (RestClientConfigModel.Field field : config.fields()) {
      constructor.addStatement("json.put($S, $S)", field.name(), field.defaultValue());
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(methodConfig)
          .addJavadoc("$L\n\n@return these settings\n", field.javadoc());
      if (field.fieldList()) {
        setter.addParameter(String[].class, "fields").varargs(true)
            .addStatement("json.put($S, String.join($S, fields))", field.name(), ",");
      } else if (field.enumType().isPresent()) {
        setter.addParameter(field.enumType().get(), "value")
            .addStatement("json.put($S, $T.requireNonNull(value, $S).value())", field.name(), Objects.class, "value");
      } else {
        setter.addParameter(String.class, "value")
            .addStatement("json.put($S, $T.requireNonNull(value, $S))", field.name(), Objects.class, "value");
      }
      spec.addMethod(setter.addStatement("return this").build());
    }
    spec.addMethod(constructor.build());
    return spec.build();
  }
}
