package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.FieldModel;
import io.wcshooks.processor.model.HookModel;
import io.wcshooks.processor.model.Javadocs;
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
    LocalNames names = LocalNames.of(type.packageName());
    String json = names.name("json");
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.HOOK_REQUEST)
        .addAnnotation(RuntimeTypes.generated(specVersion))
        .addJavadoc("$L\n", Javadocs.wrap(hook.javadoc() + "\n\n<p>Getters read the body as WCS sent it; setters "
            + "change the echo WCS gets back. Fields the spec does not know are kept, and reachable with "
            + "{@link #get(String)} and {@link #put(String, String)}.", Javadocs.WIDTH));

    spec.addField(FieldSpec.builder(String.class, "HOOK", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The hook's wire name: WCS calls {@code POST <app URL>/$L}.\n", hook.wireName())
        .initializer("$S", hook.wireName())
        .build());

    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.OBJECT_NODE, json)
        .addJavadoc("A view over a parsed body: reads and writes go to {@code $L} itself.\n\n"
            + "@param $L the body, as WCS sent it\n", json, json)
        .addStatement("super($N)", json)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addJavadoc("A request with an empty body, to build one in tests.\n\n@return a request without fields\n")
        .addStatement("return new $T($T.instance.objectNode())", type, RuntimeTypes.JSON_NODE_FACTORY)
        .build());

    for (FieldModel field : hook.fields()) {
      spec.addMethod(getter(field));
      spec.addMethod(setter(type, field, names.name("value")));
    }
    CredentialsToString.of(hook.fields(), RuntimeTypes.HOOK_REQUEST).ifPresent(spec::addMethod);
    addCovariantWriters(spec, type, names);
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec getter(FieldModel field) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(field.accessor())
        .addModifiers(Modifier.PUBLIC)
        .returns(field.javaType())
        .addJavadoc("$L\n", Javadocs.wrap(field.javadoc(), Javadocs.WIDTH))
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

  private static MethodSpec setter(ClassName owner, FieldModel field, String value) {
    boolean config = field.kind() == FieldModel.FieldKind.REST_CLIENT_CONFIG;
    TypeName parameterType = config ? field.enumType().orElseThrow() : field.javaType();
    String wire = field.wireName();
    MethodSpec.Builder setter = MethodSpec.methodBuilder(field.accessor())
        .addModifiers(Modifier.PUBLIC)
        .returns(owner)
        .addParameter(parameterType, value)
        .addJavadoc("$L\n", Javadocs.wrap("Sets " + Javadocs.code("\"" + wire + "\"") + " in the echo"
            + (config ? ", which governs how WCS calls this session's later hooks" : "")
            + "; null writes JSON null, and {@link #remove(String)} drops the field.", Javadocs.WIDTH))
        .addJavadoc("\n@param $L the new value\n@return this request\n", value);
    switch (field.kind()) {
      case STRING -> setter.addStatement("setString($S, $N)", wire, value);
      case ENUM -> setter.addStatement("setString($S, $N == null ? null : $N.value())", wire, value, value);
      case BOOLEAN -> setter.addStatement("setBoolean($S, $N)", wire, value);
      case INTEGER, NUMBER -> setter.addStatement("setNumber($S, $N)", wire, value);
      case OBJECT, ARRAY -> setter.addStatement("setJson($S, $N)", wire, value);
      case REST_CLIENT_CONFIG ->
          setter.addStatement("setJson($S, $N == null ? null : $N.toJson())", wire, value, value);
      case STRING_LIST -> setter.addStatement("setList($S, $N, $T.identity())", wire, value, Function.class);
      case ENUM_LIST ->
          setter.addStatement("setList($S, $N, $T::value)", wire, value, field.enumType().orElseThrow());
    }
    return setter.addStatement("return this").build();
  }

  /** The base class's writers, returning this type so that calls chain. */
  private static void addCovariantWriters(TypeSpec.Builder spec, ClassName type, LocalNames names) {
    String field = names.name("field");
    String value = names.name("value");
    for (TypeName valueType : new TypeName[] {
        RuntimeTypes.JSON_NODE, ClassName.get(String.class), ClassName.get(Boolean.class), ClassName.get(Number.class)}) {
      spec.addMethod(MethodSpec.methodBuilder("put")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(type)
          .addParameter(String.class, field)
          .addParameter(valueType, value)
          .addStatement("super.put($N, $N)", field, value)
          .addStatement("return this")
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("remove")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(String.class, field)
        .addStatement("super.remove($N)", field)
        .addStatement("return this")
        .build());
  }
}
