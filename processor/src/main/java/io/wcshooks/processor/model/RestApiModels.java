package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.wcshooks.spec.EnumType;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.RestApi;
import io.wcshooks.spec.WcsSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the {@link RestApiModel} from the spec's {@code restApi} section. */
public final class RestApiModels {
  /** The client's own members, which endpoint methods must not take. */
  private static final List<String> CLIENT_MEMBERS = List.of(
      "builder", "transport", "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait",
      "clone", "finalize");

  private final WcsSpec spec;
  private final String packageName;
  private final List<String> conflicts;

  private RestApiModels(WcsSpec spec, String packageName, List<String> conflicts) {
    this.spec = spec;
    this.packageName = packageName;
    this.conflicts = conflicts;
  }

  /**
   * The classes the REST API section generates, by simple name, each with the spec entry it comes
   * from, for the spec-wide name check.
   */
  public static List<Map.Entry<String, String>> typeNames(WcsSpec spec) {
    List<Map.Entry<String, String>> names = new ArrayList<>();
    names.add(Map.entry(RestApiModel.CLIENT_TYPE, "the generated REST API client"));
    RestApi api = spec.restApi();
    for (int o = 0; o < api.objects().size(); o++) {
      String name = api.objects().get(o).name();
      names.add(Map.entry(objectTypeName(name), "REST API object '" + name + "' ($.restApi.objects[" + o + "])"));
    }
    for (int e = 0; e < api.endpoints().size(); e++) {
      RestApi.Endpoint endpoint = api.endpoints().get(e);
      if (!endpoint.request().isEmpty()) {
        names.add(Map.entry(requestTypeName(endpoint.operation()),
            "REST API endpoint '" + endpoint.path() + "' ($.restApi.endpoints[" + e + "])"));
      }
    }
    return names;
  }

  /** The REST API enums, by name, with their entries, for the spec-wide name check. */
  public static List<Map.Entry<String, String>> enumNames(WcsSpec spec) {
    List<Map.Entry<String, String>> names = new ArrayList<>();
    for (int e = 0; e < spec.restApi().enums().size(); e++) {
      String name = spec.restApi().enums().get(e).name();
      names.add(Map.entry(name, "enum '" + name + "' ($.restApi.enums[" + e + "])"));
    }
    return names;
  }

  /**
   * The model; problems (clashing accessors or methods, a list of an undocumented object) are
   * added to {@code conflicts}.
   */
  public static RestApiModel build(WcsSpec spec, String packageName, List<String> conflicts) {
    return new RestApiModels(spec, packageName, conflicts).build();
  }

  static String objectTypeName(String objectName) {
    return RestApiModel.OBJECT_PREFIX + Names.typeName(objectName);
  }

  static String requestTypeName(String operation) {
    return Names.typeName(operation) + RestApiModel.REQUEST_SUFFIX;
  }

  private RestApiModel build() {
    RestApi api = spec.restApi();
    List<RestApiModel.ObjectModel> objects = new ArrayList<>();
    for (int o = 0; o < api.objects().size(); o++) {
      RestApi.ApiObject object = api.objects().get(o);
      ClassName type = ClassName.get(packageName, objectTypeName(object.name()));
      String entry = "REST API object '" + object.name() + "' ($.restApi.objects[" + o + "])";
      List<FieldModel> fields = fields(object.fields(), entry, type);
      String doc = Javadocs.of(object.description());
      doc = (doc.isEmpty() ? "" : doc + "\n\n") + "<p>The {@code " + Javadocs.escape(object.name())
          + "} object of WCS's REST API. Getters read it as WCS sent it, leniently (booleans and numbers "
          + "sent as strings read as booleans and numbers); fields the spec does not know are kept, and "
          + "reachable with {@link #get(String)} and {@link #json()}.";
      objects.add(new RestApiModel.ObjectModel(type, object.name(), doc, fields));
    }

    List<RestApiModel.EndpointModel> endpoints = new ArrayList<>();
    Map<String, String> byMethod = new HashMap<>();
    for (int e = 0; e < api.endpoints().size(); e++) {
      RestApi.Endpoint endpoint = api.endpoints().get(e);
      String entry = "REST API endpoint '" + endpoint.path() + "' ($.restApi.endpoints[" + e + "])";
      String method = Names.memberName(endpoint.operation());
      if (CLIENT_MEMBERS.contains(method)) {
        conflicts.add(entry + ": its operation '" + endpoint.operation() + "' would name the client method "
            + RestApiModel.CLIENT_TYPE + "." + method + "(), which the client has already; rename the operation");
      }
      String previous = byMethod.putIfAbsent(method, entry);
      if (previous != null) {
        conflicts.add(previous + " and " + entry + " would both be the client method " + RestApiModel.CLIENT_TYPE
            + "." + method + "(...); rename an operation");
      }
      if (!endpoint.path().startsWith("/")) {
        conflicts.add(entry + ": the path must start with '/'");
      }
      Optional<ClassName> requestType = endpoint.request().isEmpty() ? Optional.empty()
          : Optional.of(ClassName.get(packageName, requestTypeName(endpoint.operation())));
      List<FieldModel> fields = requestType.map(t -> fields(endpoint.request(), entry, t)).orElse(List.of());
      Optional<ClassName> itemType = Optional.empty();
      if (endpoint.response() == RestApi.ResponseShape.CALL_LIST) {
        Optional<RestApi.ApiObject> call = api.object("Call");
        if (call.isEmpty()) {
          conflicts.add(entry + ": it answers a list of Call objects, but $.restApi.objects has no Call; add it");
        }
        itemType = Optional.of(ClassName.get(packageName, objectTypeName("Call")));
      }
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

  private List<FieldModel> fields(List<Parameter> parameters, String entry, ClassName owner) {
    List<FieldModel> fields = new ArrayList<>();
    Map<String, String> byAccessor = new HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      String accessor = Names.accessorName(parameter.name());
      String previous = byAccessor.putIfAbsent(accessor, parameter.name());
      if (previous != null) {
        conflicts.add(entry + ": fields '" + previous + "' and '" + parameter.name() + "' would both be read by "
            + owner.simpleName() + "." + accessor + "()");
      }
      fields.add(field(parameter, accessor));
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
        doc.append(" Described at the hook's {@link ").append(Names.typeName(parts[0])).append('#')
            .append(Names.accessorName(parts[1])).append("()}.");
      }
    });
    return new FieldModel(parameter.name(), accessor, kind, javaType, enumType, doc.toString());
  }

  private EnumModel enumModel(EnumType type, RestApi api) {
    List<EnumModel.Constant> constants = new ArrayList<>();
    Map<String, String> valueByConstant = new HashMap<>();
    for (String value : type.allValues()) {
      String name = Names.constantName(value);
      String previous = valueByConstant.putIfAbsent(name, value);
      if (previous != null) {
        conflicts.add("enum '" + type.name() + "' ($.restApi.enums): values '" + previous + "' and '" + value
            + "' would both be the constant " + type.name() + "." + name);
      }
      constants.add(new EnumModel.Constant(name, value, !type.values().contains(value)));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    type.aliases().forEach((alias, value) -> aliases.put(alias, Names.constantName(value)));
    List<String> usedBy = new ArrayList<>();
    for (RestApi.ApiObject object : api.objects()) {
      for (Parameter field : object.fields()) {
        if (field.enumName().filter(type.name()::equals).isPresent()) {
          usedBy.add("{@link " + objectTypeName(object.name()) + "#" + Names.accessorName(field.name()) + "()}");
        }
      }
    }
    for (RestApi.Endpoint endpoint : api.endpoints()) {
      for (Parameter field : endpoint.request()) {
        if (field.enumName().filter(type.name()::equals).isPresent()) {
          usedBy.add("{@link " + requestTypeName(endpoint.operation()) + "#" + Names.accessorName(field.name())
              + "()}");
        }
      }
    }
    return new EnumModel(ClassName.get(packageName, type.name()), constants, aliases, usedBy,
        "the REST API documentation");
  }
}
