package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.wcshooks.spec.JsonType;
import io.wcshooks.spec.Parameter;
import java.math.BigDecimal;
import java.util.Optional;

/** The Java type of a parameter's accessors: one mapping for hook bodies and REST API objects. */
final class FieldTypes {
  private FieldTypes() {}

  /**
   * @param kind how the value is read and written
   * @param javaType the accessors' type
   */
  record Mapping(FieldModel.FieldKind kind, TypeName javaType) {}

  /**
   * @param enumType the parameter's open enum, if it has one
   * @param scalarLists whether an array of strings is read as a {@code List} (else as the live array)
   */
  static Mapping of(Parameter parameter, Optional<TypeName> enumType, boolean scalarLists) {
    return switch (parameter.type()) {
      case BOOLEAN -> new Mapping(FieldModel.FieldKind.BOOLEAN, ClassName.get(Boolean.class));
      case INTEGER -> new Mapping(FieldModel.FieldKind.INTEGER, ClassName.get(Integer.class));
      case NUMBER -> new Mapping(FieldModel.FieldKind.NUMBER, ClassName.get(BigDecimal.class));
      case OBJECT -> new Mapping(FieldModel.FieldKind.OBJECT, SpecModels.OBJECT_NODE);
      case ARRAY -> {
        boolean strings = scalarLists && parameter.itemType().map(t -> t == JsonType.STRING).orElse(false);
        if (strings && enumType.isPresent()) {
          yield new Mapping(FieldModel.FieldKind.ENUM_LIST, ParameterizedTypeName.get(SpecModels.LIST, enumType.get()));
        }
        yield strings
            ? new Mapping(FieldModel.FieldKind.STRING_LIST, ParameterizedTypeName.get(SpecModels.LIST, SpecModels.STRING))
            : new Mapping(FieldModel.FieldKind.ARRAY, SpecModels.ARRAY_NODE);
      }
      default -> enumType.isPresent()
          ? new Mapping(FieldModel.FieldKind.ENUM, enumType.get())
          : new Mapping(FieldModel.FieldKind.STRING, SpecModels.STRING);
    };
  }
}
