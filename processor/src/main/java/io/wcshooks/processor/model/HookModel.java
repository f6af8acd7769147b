package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import io.wcshooks.spec.HookMethod;
import java.util.List;

/**
 * A hook as generated code sees it.
 *
 * @param method the spec's method
 * @param requestType the generated request type
 * @param resourceMethod the name of its method in the generated resource
 * @param fields the accessors of the request type: the table's parameters, then the context ones
 * @param javadoc the request type's documentation
 */
public record HookModel(
    HookMethod method, ClassName requestType, String resourceMethod, List<FieldModel> fields, String javadoc) {

  public HookModel {
    fields = List.copyOf(fields);
  }

  public String wireName() {
    return method.name();
  }
}
