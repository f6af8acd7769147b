package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.FieldModel;
import io.wcshooks.processor.model.HookModel;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Renders a hook's request type: a typed getter and a fluent setter per parameter, over the live
 * JSON tree the runtime's {@code HookRequest} holds, so that the echo stays exact by construction.
 */
public final class RequestTypeWriter {
  private RequestTypeWriter() {}

  public static JavaFile write(HookModel hook, String specVersion) {
    ClassName type = hook.requestType();
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.HOOK_REQUEST)
        .addAnnotation(RuntimeTypes.generated(specVersion))
        .addJavadoc("$L\n", hook.javadoc())
        .addJavadoc("\n<p>Getters read the body as WCS sent it; setters change the echo WCS gets back. Fields the spec\n"
            + "does not know are kept, and reachable with {@link #get(String)} and {@link #put(String, String)}.\n");

    spec.addField(FieldSpec.builder(String.class, "HOOK", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The hook's wire name: WCS calls {@code POST <app URL>/$L}.\n", hook.wireName())
        .initializer("$S", hook.wireName())
        .build());

    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.OBJECT_NODE, "json")
        .addJavadoc("A view over a parsed body: reads and writes go to {@code json} itself.\n")
        .addStatement("super(json)")
        .build());

    spec.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addJavadoc("A request with an empty body, to build one in tests.\n")
        .addStatement("return new $T($T.instance.objectNode())", type, RuntimeTypes.JSON_NODE_FACTORY)
        .build());

    for (FieldModel field : hook.fields()) {
      spec.addMethod(getter(field));
      spec.addMethod(setter(type, field));
    }
    addCovariantWriters(spec, type);
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec getter(FieldModel field) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(field.accessor())
        .addModifiers(Modifier.PUBLIC)
        .returns(field.javaType())
        .addJavadoc("$L\n", field.javadoc())
        .addJavadoc("\n@return the value, or null when absent or JSON null\n");
    String wire = field.wireName();
    switch (field.kind()) {
      case STRING -> getter.addStatement("return stringField($S)", wire);
      case ENUM -> getter.addStatement("return $T.of(stringField($S))", field.javaType(), wire);
      case BOOLEAN -> getter.addStatement("return booleanField($S)", wire);
      case INTEGER -> getter.addStatement("return integerField($S)", wire);
      case NUMBER -> getter.addStatement("return numberField($S)", wire);
      case OBJECT, REST_CLIENT_CONFIG -> getter.addStatement("return objectField($S)", wire);
      case ARRAY -> getter.addStatement("return arrayField($S)", wire);
      case STRING_LIST -> getter.addStatement("return listField($S, $T.identity())", wire, Function.class);
      case ENUM_LIST -> getter.addStatement("return listField($S, $T::of)", wire, field.enumType().orElseThrow());
    }
    return getter.build();
  }

  private static MethodSpec setter(ClassName owner, FieldModel field) {
    TypeName parameterType = field.kind() == FieldModel.FieldKind.REST_CLIENT_CONFIG
        ? field.enumType().orElseThrow()
        : field.javaType();
    MethodSpec.Builder setter = MethodSpec.methodBuilder(field.accessor())
        .addModifiers(Modifier.PUBLIC)
        .returns(owner)
        .addParameter(parameterType, "value")
        .addJavadoc("Sets {@code \"$L\"} in the echo; null writes JSON null, {@link #remove(String)} drops the field.\n",
            field.wireName())
        .addJavadoc("\n@return this request\n");
    String wire = field.wireName();
    switch (field.kind()) {
      case STRING -> setter.addStatement("setString($S, value)", wire);
      case ENUM -> setter.addStatement("setString($S, value == null ? null : value.value())", wire);
      case BOOLEAN -> setter.addStatement("setBoolean($S, value)", wire);
      case INTEGER, NUMBER -> setter.addStatement("setNumber($S, value)", wire);
      case OBJECT, ARRAY -> setter.addStatement("setJson($S, value)", wire);
      case REST_CLIENT_CONFIG -> setter.addStatement("setJson($S, value == null ? null : value.toJson())", wire);
      case STRING_LIST -> setter.addStatement("setList($S, value, $T.identity())", wire, Function.class);
      case ENUM_LIST -> setter.addStatement("setList($S, value, $T::value)", wire, field.enumType().orElseThrow());
    }
    return setter.addStatement("return this").build();
  }

  /** The base class's writers, returning this type so that calls chain. */
  private static void addCovariantWriters(TypeSpec.Builder spec, ClassName type) {
    for (TypeName valueType : new TypeName[] {
        RuntimeTypes.JSON_NODE, ClassName.get(String.class), ClassName.get(Boolean.class), ClassName.get(Number.class)}) {
      spec.addMethod(MethodSpec.methodBuilder("put")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(type)
          .addParameter(String.class, "field")
          .addParameter(valueType, "value")
          .addStatement("super.put(field, value)")
          .addStatement("return this")
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("remove")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(String.class, "field")
        .addStatement("super.remove(field)")
        .addStatement("return this")
        .build());
  }
}
