package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.wcshooks.processor.model.FieldModel;
import io.wcshooks.processor.model.Javadocs;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The {@code toString()} of a generated type with fields the spec marks as credentials: its base
 * class's, which hides values under names that look like a credential's, hiding those fields too
 * whatever their names. A type without such fields keeps its base class's.
 */
final class CredentialsToString {
  private CredentialsToString() {}

  /**
   * @param fields the type's fields
   * @param base the runtime class it extends, whose {@code toStringHiding} it calls
   */
  static Optional<MethodSpec> of(List<FieldModel> fields, ClassName base) {
    List<String> credentials = fields.stream().filter(FieldModel::credential).map(FieldModel::wireName).toList();
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = credentials.stream().map(name -> Javadocs.code("\"" + name + "\"")).toList();
    boolean one = named.size() == 1;
    String list = one ? named.get(0)
        : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    String doc = "The type's name and its JSON, for logs. The value" + (one ? " of " : "s of ") + list
        + (one ? ", a credential in the spec, shows" : ", credentials in the spec, show") + " as {@code \"<hidden>\"}, "
        + "as do the values, at any depth, of fields whose names look like a credential's (see {@link "
        + base.simpleName() + "#toString()}).";
    return Optional.of(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("$L\n", Javadocs.wrap(doc, Javadocs.WIDTH))
        .addJavadoc("\n@return the type's name and its JSON, credentials hidden\n")
        .addStatement("return toStringHiding($L)", credentials.stream().map(name -> CodeBlock.of("$S", name))
            .collect(CodeBlock.joining(", ")))
        .build());
  }
}
