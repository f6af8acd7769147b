package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.EnumModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Renders an open enum: constants for the documented values, and unknown values kept verbatim. */
public final class OpenEnumWriter {
  private OpenEnumWriter() {}

  public static JavaFile write(EnumModel model, String specVersion) {
    ClassName type = model.type();
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.OPEN_ENUM)
        .addAnnotation(RuntimeTypes.generated(specVersion))
        .addJavadoc("Values of {@code $L} the WCS documentation lists. Open: {@link #of(String)} returns a constant for a\n"
            + "documented value and a new, unknown instance carrying the exact text for any other.\n", type.simpleName())
        .addJavadoc("\n<p>Used by $L.\n", String.join(", ", model.usedBy().stream().map(u -> "{@code " + u + "}").toList()));

    CodeBlock.Builder known = CodeBlock.builder().add("$T.ofEntries(", Map.class);
    CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
    boolean first = true;
    for (EnumModel.Constant constant : model.constants()) {
      spec.addField(FieldSpec.builder(type, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S, true)", type, constant.value())
          .addJavadoc(constant.observed()
              ? "{@code $L}: not in the methods table, but reported by the vendor's wider documentation.\n"
              : "{@code $L}, as the methods table lists it.\n", constant.value())
          .build());
      known.add(first ? "\n" : ",\n").add("$T.entry($S, $N)", Map.class, constant.value(), constant.name());
      all.add(first ? "" : ", ").add("$N", constant.name());
      first = false;
    }
    model.aliases().forEach((alias, constant) ->
        known.add(",\n").add("$T.entry($S, $N)", Map.class, alias, constant));
    known.add(")");
    all.add(")");

    ParameterizedTypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), type);
    spec.addField(FieldSpec.builder(mapType, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(known.build())
        .build());
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), type), "VALUES",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(all.build())
        .build());

    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addParameter(boolean.class, "known")
        .addStatement("super(value, known)")
        .build());

    String aliasDoc = model.aliases().isEmpty() ? ""
        : " Accepted other spellings (" + String.join(", ", model.aliases().keySet())
            + ") map to the constant they mean.";
    spec.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, "value")
        .addJavadoc("The constant for a documented value, else an unknown value with this exact text; null for null.$L\n",
            aliasDoc)
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T known = KNOWN.get(value)", type)
        .addStatement("return known != null ? known : new $T(value, false)", type)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("knownValues")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), type))
        .addJavadoc("Every documented value, in the documentation's order.\n")
        .addStatement("return VALUES")
        .build());

    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }
}
