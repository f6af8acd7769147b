package io.wcshooks.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;

/**
 * One accessor pair of a generated request type.
 *
 * @param wireName the JSON field name
 * @param accessor the Java getter/setter name
 * @param kind how the value is read and written
 * @param javaType the getter's return type and the setter's parameter type
 * @param enumType for enum kinds, the open enum's type
 * @param javadoc the accessor's documentation, from the spec
 * @param credential whether the spec marks the value as a credential, which {@code toString()} hides
 */
public record FieldModel(
    String wireName, String accessor, FieldKind kind, TypeName javaType, Optional<TypeName> enumType, String javadoc,
    boolean credential) {

  /** The ways a JSON value maps to a Java type. */
  public enum FieldKind {
    STRING, ENUM, BOOLEAN, INTEGER, NUMBER, OBJECT, ARRAY, STRING_LIST, ENUM_LIST, REST_CLIENT_CONFIG
  }
}
