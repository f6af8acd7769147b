package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.EnumModel;
import io.wcshooks.processor.model.FieldModel;
import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.HookModel;
import io.wcshooks.processor.model.Javadocs;
import io.wcshooks.processor.model.RestClientConfigModel;
import io.wcshooks.spec.JavaNames;
import io.wcshooks.spec.MethodKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    LocalNames names = LocalNames.of(type.packageName());
    String settings = names.name("settings");
    String hook = names.name("hook");
    String local = names.name("config");

    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(RuntimeTypes.generated(model.specVersion()))
        .addJavadoc("$L\n", Javadocs.wrap(config.javadoc(), Javadocs.WIDTH))
        .addJavadoc("\n$L", example(model))
        .addField(FieldSpec.builder(RuntimeTypes.OBJECT_NODE, "json", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.instance.objectNode()", RuntimeTypes.JSON_NODE_FACTORY)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(type)
            .addJavadoc("An empty configuration: every method keeps WCS's defaults.\n\n"
                + "@return a configuration that configures no method yet\n")
            .addStatement("return new $T()", type)
            .build());

    String settingsDoc = "@param " + settings + " sets the method's fields, on settings that start from WCS's "
        + "defaults\n@return this configuration\n";
    for (HookModel h : model.hooks()) {
      spec.addMethod(MethodSpec.methodBuilder(h.resourceMethod())
          .addModifiers(Modifier.PUBLIC)
          .returns(type)
          .addParameter(settingsType, settings)
          .addJavadoc("How WCS calls {@code $L} for this session.\n\n$L", h.wireName(), settingsDoc)
          .addStatement("return method($S, $N)", h.wireName(), settings)
          .build());
    }

    spec.addMethod(MethodSpec.methodBuilder("method")
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(String.class, hook)
        .addParameter(settingsType, settings)
        .addJavadoc("How WCS calls a hook given by its wire name, e.g. one a newer WCS has and the spec\n"
            + "lacks.\n\n@param $L the hook's wire name, as WCS calls it\n$L", hook, settingsDoc)
        .addStatement("$T $N = new $T()", methodConfig, local, methodConfig)
        .addStatement("$T.requireNonNull($N, $S).accept($N)", Objects.class, settings, settings, local)
        .addStatement("this.json.set($T.requireNonNull($N, $S), $N.json)", Objects.class, hook, hook, local)
        .addStatement("return this")
        .build());

    spec.addMethod(MethodSpec.methodBuilder("toJson")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.OBJECT_NODE)
        .addJavadoc("The object as WCS reads it.\n\n@return a copy, which later changes to this configuration "
            + "leave alone\n")
        .addStatement("return this.json.deepCopy()")
        .build());

    spec.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return this.json.toString()")
        .build());

    spec.addType(methodConfigType(config, methodConfig, names));
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  /**
   * The class Javadoc's example, from what this spec has: a direct invocation's settings (the
   * kind a backend answer can change), a value of the first enum field other than its default,
   * and the hook's first field for a field list.
   */
  private static String example(GenerationModel model) {
    RestClientConfigModel config = model.restClientConfig();
    Optional<HookModel> carrier = model.hooks().stream()
        .filter(h -> h.fields().stream().anyMatch(f -> f.kind() == FieldModel.FieldKind.REST_CLIENT_CONFIG))
        .findFirst();
    HookModel target = model.hooks().stream()
        .filter(h -> h.method().kind() == MethodKind.DIRECT)
        .findFirst()
        .or(() -> model.hooks().stream().filter(h -> carrier.map(c -> c != h).orElse(true)).findFirst())
        .orElse(model.hooks().get(0));

    // An enum field and the field list its documentation names (restPolicy's OVERWRITE takes the
    // fields restOverwrite names), else the first of each.
    List<RestClientConfigModel.Field> lists = config.fields().stream().filter(RestClientConfigModel.Field::fieldList)
        .toList();
    List<RestClientConfigModel.Field> enums = config.fields().stream().filter(f -> f.enumType().isPresent()).toList();
    Optional<RestClientConfigModel.Field> enumField = enums.stream()
        .filter(e -> lists.stream().anyMatch(l -> e.javadoc().contains(l.name())))
        .findFirst()
        .or(() -> enums.stream().findFirst());
    Optional<RestClientConfigModel.Field> listField = lists.stream()
        .filter(l -> enumField.map(e -> e.javadoc().contains(l.name())).orElse(false))
        .findFirst()
        .or(() -> lists.stream().findFirst());

    StringBuilder settings = new StringBuilder();
    enumField.ifPresent(field -> {
      EnumModel values = model.enums().stream()
          .filter(e -> e.type().equals(field.enumType().get()))
          .findFirst()
          .orElseThrow();
      EnumModel.Constant constant = values.constants().stream()
          .filter(c -> !c.value().equals(field.defaultValue()))
          .findFirst()
          .orElse(values.constants().get(0));
      settings.append('.').append(field.setter()).append('(').append(values.type().simpleName()).append('.')
          .append(constant.name()).append(')');
    });
    if (!target.fields().isEmpty()) {
      listField.ifPresent(field ->
          settings.append('.').append(field.setter()).append("(\"").append(target.fields().get(0).wireName())
              .append("\")"));
    }
    if (settings.length() == 0) {
      RestClientConfigModel.Field field = config.fields().get(0);
      settings.append('.').append(field.setter()).append("(\"").append(field.defaultValue()).append("\")");
    }
    String built = config.type().simpleName() + ".create()\n    ." + target.resourceMethod() + "(m -> m" + settings
        + ")";
    if (carrier.isEmpty()) {
      return "<p>For example:\n<pre>{@code\n" + config.type().simpleName() + " config = " + built + ";\n}</pre>\n";
    }
    HookModel connect = carrier.get();
    FieldModel field = connect.fields().stream()
        .filter(f -> f.kind() == FieldModel.FieldKind.REST_CLIENT_CONFIG)
        .findFirst()
        .orElseThrow();
    String variable = JavaNames.memberName(connect.requestType().simpleName());
    return "<p>A {@code " + connect.wireName() + "} handler sets it with {@link " + connect.requestType().simpleName()
        + "#" + field.accessor() + "(" + config.type().simpleName() + ")}\nto govern how WCS calls the session's later "
        + "hooks, for example:\n<pre>{@code\n" + variable + "." + field.accessor() + "(" + built + ");\n}</pre>\n";
  }

  private static TypeSpec methodConfigType(RestClientConfigModel config, ClassName methodConfig, LocalNames names) {
    String value = names.name("value");
    String fields = names.name("fields");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    TypeSpec.Builder spec = TypeSpec.classBuilder(methodConfig)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The settings of one method. Starts from WCS's defaults.\n")
        .addField(FieldSpec.builder(RuntimeTypes.OBJECT_NODE, "json", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.instance.objectNode()", RuntimeTypes.JSON_NODE_FACTORY)
            .build());
    for (RestClientConfigModel.Field field : config.fields()) {
      constructor.addStatement("this.json.put($S, $S)", field.name(), field.defaultValue());
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.setter())
          .addModifiers(Modifier.PUBLIC)
          .returns(methodConfig)
          .addJavadoc("$L\n\n", Javadocs.wrap(field.javadoc(), Javadocs.WIDTH));
      if (field.fieldList()) {
        setter.addParameter(String[].class, fields).varargs(true)
            .addJavadoc("@param $L the JSON field names, sent joined with commas\n", fields)
            .addStatement("this.json.put($S, $T.join($S, $N))", field.name(), String.class, ",", fields);
      } else if (field.enumType().isPresent()) {
        setter.addParameter(field.enumType().get(), value)
            .addJavadoc("@param $L the value\n", value)
            .addStatement("this.json.put($S, $T.requireNonNull($N, $S).value())", field.name(), Objects.class, value,
                value);
      } else {
        setter.addParameter(String.class, value)
            .addJavadoc("@param $L the value\n", value)
            .addStatement("this.json.put($S, $T.requireNonNull($N, $S))", field.name(), Objects.class, value, value);
      }
      spec.addMethod(setter.addJavadoc("@return these settings\n").addStatement("return this").build());
    }
    spec.addMethod(constructor.build());
    return spec.build();
  }
}
