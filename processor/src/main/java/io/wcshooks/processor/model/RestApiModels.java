package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.wcshooks.spec.EnumType;
import io.wcshooks.spec.JavaNames;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.RestApi;
import io.wcshooks.spec.WcsSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the {@link RestApiModel} from the spec's {@code restApi} section. */
public final class RestApiModels {
  private final WcsSpec spec;
  private final String packageName;

  private RestApiModels(WcsSpec spec, String packageName) {
    this.spec = spec;
    this.packageName = packageName;
  }

  /** The model. */
  public static RestApiModel build(WcsSpec spec, String packageName) {
    return new RestApiModels(spec, packageName).build();
  }

  private RestApiModel build() {
    RestApi api = spec.restApi();
    List<RestApiModel.ObjectModel> objects = new ArrayList<>();
    for (RestApi.ApiObject object : api.objects()) {
      ClassName type = ClassName.get(packageName, JavaNames.restObjectTypeName(object.name()));
      List<FieldModel> fields = fields(object.fields());
      String doc = Javadocs.of(object.description());
      doc = (doc.isEmpty() ? "" : doc + "\n\n") + "<p>The {@code " + Javadocs.escape(object.name())
          + "} object of WCS's REST API. Getters read it as WCS sent it, leniently (booleans and numbers "
          + "sent as strings read as booleans and numbers); fields the spec does not know are kept, and "
          + "reachable with {@link #get(String)} and {@link #json()}.";
      objects.add(new RestApiModel.ObjectModel(type, object.name(), doc, fields));
    }

    List<RestApiModel.EndpointModel> endpoints = new ArrayList<>();
    for (RestApi.Endpoint endpoint : api.endpoints()) {
      String method = JavaNames.memberName(endpoint.operation());
      Optional<ClassName> requestType = endpoint.request().isEmpty() ? Optional.empty()
          : Optional.of(ClassName.get(packageName, JavaNames.restRequestTypeName(endpoint.operation())));
      List<FieldModel> fields = fields(endpoint.request());
      // The loader has checked that a callList endpoint's spec has the Call object.
      Optional<ClassName> itemType = endpoint.response() == RestApi.ResponseShape.CALL_LIST
          ? Optional.of(ClassName.get(packageName, JavaNames.restObjectTypeName("Call")))
          : Optional.empty();
      String doc = Javadocs.of(endpoint.description());
      doc = (doc.isEmpty() ? "" : doc + "\n\n") + "<p>{@code POST <base URI>" + Javadocs.escape(endpoint.path())
          + "}.";
      endpoints.add(new RestApiModel.EndpointModel(endpoint.path(), method, doc, requestType, fields, itemType,
          Collections.unmodifiableMap(new TreeMap<>(endpoint.statuses()))));
    }

    List<EnumModel> enums = new ArrayList<>();
    for (EnumType type : api.enums()) {
      enums.add(enumModel(type, api));
    }
    return new RestApiModel(ClassName.get(packageName, RestApiModel.CLIENT_TYPE), api.basePath(),
        api.authentication().when(), objects, enums, endpoints);
  }

  private List<FieldModel> fields(List<Parameter> parameters) {
    List<FieldModel> fields = new ArrayList<>();
    for (Parameter parameter : parameters) {
      fields.add(field(parameter, JavaNames.accessorName(parameter.name())));
    }
    return fields;
  }

  private FieldModel field(Parameter parameter, String accessor) {
    Optional<TypeName> enumType = parameter.enumName().map(name -> ClassName.get(packageName, name));
    // The REST writer reads arrays as live arrays: no scalar lists.
    FieldTypes.Mapping mapping = FieldTypes.of(parameter, enumType, false);
    FieldModel.FieldKind kind = mapping.kind();
    TypeName javaType = mapping.javaType();
    StringBuilder doc = new StringBuilder(Javadocs.of(parameter.description()));
    doc.append(doc.length() > 0 ? "\n\n<p>JSON field " : "JSON field ").append(Javadocs.code("\"" + parameter.name() + "\"")).append(", ")
        .append(parameter.type().specName());
    parameter.itemType().ifPresent(t -> doc.append(" of ").append(t.specName()));
    parameter.enumName().ifPresent(e -> doc.append(", values of {@link ").append(e).append('}'));
    doc.append('.');
    parameter.see().ifPresent(see -> {
      String[] parts = see.split("\\.", 2);
      if (parts.length == 2 && parts[0].equals("context")) {
        doc.append(" Described with the hooks' context parameters.");
      } else if (parts.length == 2 && spec.method(parts[0]).isPresent()) {
        doc.append(" Described at the hook's {@link ").append(JavaNames.typeName(parts[0])).append('#')
            .append(JavaNames.accessorName(parts[1])).append("()}.");
      }
    });
    if (parameter.credential()) {
      doc.append("\n\n").append(Javadocs.CREDENTIAL);
    }
    return new FieldModel(parameter.name(), accessor, kind, javaType, enumType, doc.toString(), parameter.credential());
  }

  private EnumModel enumModel(EnumType type, RestApi api) {
    List<EnumModel.Constant> constants = new ArrayList<>();
    for (String value : type.allValues()) {
      constants.add(new EnumModel.Constant(JavaNames.constantName(value), value, !type.values().contains(value)));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    type.aliases().forEach((alias, value) -> aliases.put(alias, JavaNames.constantName(value)));
    List<String> usedBy = new ArrayList<>();
    for (RestApi.ApiObject object : api.objects()) {
      for (Parameter field : object.fields()) {
        if (field.enumName().filter(type.name()::equals).isPresent()) {
          usedBy.add("{@link " + JavaNames.restObjectTypeName(object.name()) + "#" + JavaNames.accessorName(field.name()) + "()}");
        }
      }
    }
    for (RestApi.Endpoint endpoint : api.endpoints()) {
      for (Parameter field : endpoint.request()) {
        if (field.enumName().filter(type.name()::equals).isPresent()) {
          usedBy.add("{@link " + JavaNames.restRequestTypeName(endpoint.operation()) + "#" + JavaNames.accessorName(field.name())
              + "()}");
        }
      }
    }
    return new EnumModel(ClassName.get(packageName, type.name()), constants, aliases, usedBy,
        "the REST API documentation");
  }
}
