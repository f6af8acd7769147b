package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.EnumModel;
import io.wcshooks.processor.model.Javadocs;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Renders an open enum: constants for the documented values, and unknown values kept verbatim. */
public final class OpenEnumWriter {
  /**
   * The private fields' names. Constants are upper case from the values ({@code KNOWN} is a
   * possible one), so these have a lower-case letter to stay clear of them.
   */
  private static final String BY_VALUE = "byValue";
  private static final String VALUES = "documented";

  private OpenEnumWriter() {}

  public static JavaFile write(EnumModel model, String specVersion) {
    ClassName type = model.type();
    LocalNames names = LocalNames.of(type.packageName());
    String value = names.name("value");
    String known = names.name("known");
    StringBuilder doc = new StringBuilder()
        .append("Values of {@code ").append(type.simpleName()).append("} that the WCS documentation lists. Open: ")
        .append("{@link #of(String)} returns a constant for a documented value, and a new, unknown instance ")
        .append("carrying the exact text for any other.");
    if (!model.usedBy().isEmpty()) {
      doc.append("\n\n<p>Used by ").append(String.join(", ", model.usedBy())).append('.');
    }
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.OPEN_ENUM)
        .addAnnotation(RuntimeTypes.generated(specVersion))
        .addJavadoc("$L\n", Javadocs.wrap(doc.toString(), Javadocs.WIDTH));

    CodeBlock.Builder byValue = CodeBlock.builder().add("$T.ofEntries(\n$>$>", Map.class);
    CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
    boolean first = true;
    for (EnumModel.Constant constant : model.constants()) {
      spec.addField(FieldSpec.builder(type, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S, true)", type, constant.value())
          .addJavadoc(constant.observed()
              ? "$L: not in $L, but reported by the vendor's wider documentation.\n"
              : "$L, as $L lists it.\n", Javadocs.code(constant.value()), model.source())
          .build());
      byValue.add(first ? "" : ",\n").add("$T.entry($S, $N)", Map.class, constant.value(), constant.name());
      all.add(first ? "" : ", ").add("$N", constant.name());
      first = false;
    }
    model.aliases().forEach((alias, constant) ->
        byValue.add(",\n").add("$T.entry($S, $N)", Map.class, alias, constant));
    byValue.add("$<$<)");
    all.add(")");

    ParameterizedTypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), type);
    spec.addField(FieldSpec.builder(mapType, BY_VALUE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(byValue.build())
        .build());
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), type), VALUES,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(all.build())
        .build());

    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, value)
        .addParameter(boolean.class, known)
        .addStatement("super($N, $N)", value, known)
        .build());

    String aliasDoc = model.aliases().isEmpty() ? ""
        : "\nOther spellings WCS accepts (" + String.join(", ", model.aliases().keySet().stream()
            .map(Javadocs::code).toList()) + ") give the constant they mean.";
    spec.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, value)
        .addJavadoc("$L\n\n@param $L the exact text, as WCS sends it\n"
                + "@return the constant for a documented value, else an unknown value with this exact text;\n"
                + "    null for null\n",
            Javadocs.wrap("The value for a text: a documented one is always the same constant." + aliasDoc,
                Javadocs.WIDTH),
            value)
        .beginControlFlow("if ($N == null)", value)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T $N = $N.get($N)", type, known, BY_VALUE, value)
        .addStatement("return $N != null ? $N : new $T($N, false)", known, known, type, value)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("knownValues")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), type))
        .addJavadoc("Every documented value, in the documentation's order.\n\n@return the constants, in an "
            + "unmodifiable list\n")
        .addStatement("return $N", VALUES)
        .build());

    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }
}
