package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.wcshooks.spec.JavaNames;
import java.util.List;
import java.util.Optional;

/**
 * The typed restClientConfig builder to generate.
 *
 * @param type the builder's class
 * @param javadoc its documentation
 * @param fields the per-method fields
 */
public record RestClientConfigModel(ClassName type, String javadoc, List<Field> fields) {

  /** The simple name of the per-method settings class, nested in the builder. */
  public static final String METHOD_CONFIG_TYPE = JavaNames.METHOD_CONFIG_TYPE;

  public RestClientConfigModel {
    fields = List.copyOf(fields);
  }

  /** The per-method settings class, nested in the builder. */
  public ClassName methodConfigType() {
    return type.nestedClass(METHOD_CONFIG_TYPE);
  }

  /**
   * @param name the JSON field name
   * @param setter the setter's name
   * @param fieldList whether the value is a comma-separated list of field names
   * @param enumType the open enum of its values, if any
   * @param defaultValue what WCS assumes when absent
   * @param javadoc the setter's documentation
   */
  public record Field(
      String name, String setter, boolean fieldList, Optional<TypeName> enumType, String defaultValue, String javadoc) {}
}
