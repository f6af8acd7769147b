package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.wcshooks.spec.EnumType;
import io.wcshooks.spec.Erratum;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.JavaNames;
import io.wcshooks.spec.JsonType;
import io.wcshooks.spec.MethodKind;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.RestClientConfigField;
import io.wcshooks.spec.WcsSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the generation model from the spec: names, types and documentation of everything
 * generated. That no two spec entries become the same Java name, the loader has checked.
 */
public final class SpecModels {
  static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName ARRAY_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ArrayNode");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get(List.class);

  /** The parameter that carries the restClientConfig object on connect. */
  static final String REST_CLIENT_CONFIG = "restClientConfig";

  private final WcsSpec spec;
  private final String packageName;

  private SpecModels(WcsSpec spec, String packageName) {
    this.spec = spec;
    this.packageName = packageName;
  }

  /** The model of everything the spec alone decides; handlers are added after validation. */
  public static GenerationModel build(WcsSpec spec, String packageName) {
    return new SpecModels(spec, packageName).build();
  }

  private GenerationModel build() {
    RestClientConfigModel restClientConfig = restClientConfig();
    List<HookModel> hooks = new ArrayList<>();
    for (HookMethod method : spec.methods()) {
      hooks.add(hook(method, restClientConfig));
    }
    List<EnumModel> enums = new ArrayList<>();
    for (EnumType type : spec.enums()) {
      enums.add(enumModel(type));
    }
    RestApiModel restApi = RestApiModels.build(spec, packageName);
    return new GenerationModel(
        packageName, spec.specVersion(), hooks, enums, restClientConfig, restApi, List.of(), List.of());
  }

  // --- request types ---

  private HookModel hook(HookMethod method, RestClientConfigModel restClientConfig) {
    ClassName type = requestType(method.name());
    List<FieldModel> fields = new ArrayList<>();
    for (Parameter parameter : spec.requestFields(method)) {
      fields.add(field(method, parameter, restClientConfig));
    }
    return new HookModel(method, type, JavaNames.memberName(method.name()), fields, hookJavadoc(method));
  }

  private ClassName requestType(String hook) {
    return ClassName.get(packageName, JavaNames.typeName(hook));
  }

  private String hookJavadoc(HookMethod method) {
    StringBuilder doc = new StringBuilder();
    doc.append("The body of {@code POST <app URL>/").append(method.name()).append("}.");
    String description = Javadocs.of(method.description());
    if (!description.isEmpty()) {
      doc.append(description.startsWith("<p>") ? "\n\n" : " ").append(description);
    }
    doc.append("\n\n<p>Kind: ").append(kindText(method)).append('.');
    appendErrata(doc, method.name());
    return doc.toString();
  }

  private static String kindText(HookMethod method) {
    String kind = switch (method.kind()) {
      case CONNECT -> "connect, which decides the session";
      case DIRECT -> "direct invocation";
      case EVENT -> "event";
      case INCOMING -> "incoming invocation";
    };
    String forbid = switch (method.forbid()) {
      case MAY -> "a handler may forbid it (403)";
      case POINTLESS -> "a handler may forbid it (403), though it is pointless";
      case CANNOT -> method.stopOnForbid()
          ? "it cannot be forbidden, but a 403 stops what it reports"
          : "it cannot be forbidden, so the answer is always the echo";
    };
    return kind + "; " + forbid;
  }

  private FieldModel field(HookMethod method, Parameter parameter, RestClientConfigModel restClientConfig) {
    FieldModel.FieldKind kind;
    TypeName javaType;
    Optional<TypeName> enumType = parameter.enumName().map(name -> ClassName.get(packageName, name));
    String accessor = JavaNames.accessorName(parameter.name());
    if (method.kind() == MethodKind.CONNECT && parameter.name().equals(REST_CLIENT_CONFIG)) {
      kind = FieldModel.FieldKind.REST_CLIENT_CONFIG;
      javaType = OBJECT_NODE;
      enumType = Optional.of(restClientConfig.type());
    } else {
      FieldTypes.Mapping mapping = FieldTypes.of(parameter, enumType, true);
      kind = mapping.kind();
      javaType = mapping.javaType();
    }
    String javadoc = fieldJavadoc(method, parameter, accessor, kind, restClientConfig);
    return new FieldModel(parameter.name(), accessor, kind, javaType, enumType, javadoc, parameter.credential());
  }

  private String fieldJavadoc(HookMethod method, Parameter parameter, String accessor, FieldModel.FieldKind kind,
      RestClientConfigModel restClientConfig) {
    StringBuilder doc = new StringBuilder(Javadocs.of(parameter.description()));
    if (doc.length() > 0) {
      doc.append("\n\n");
    }
    doc.append("<p>JSON field ").append(Javadocs.code("\"" + parameter.name() + "\"")).append(", ")
        .append(parameter.type().specName());
    parameter.itemType().ifPresent(t -> doc.append(" of ").append(t.specName()));
    parameter.enumName().ifPresent(e -> doc.append(", values of {@link ").append(e).append('}'));
    doc.append('.');
    if (method.parameter(parameter.name()).isEmpty()) {
      doc.append(" A context parameter: the table does not list it for this method, but every call carries it.");
    } else if (parameter.see().isPresent()) {
      String[] see = parameter.see().get().split("\\.", 2);
      if (see[0].equals("context")) {
        doc.append(" A context parameter, which every call carries.");
      } else {
        doc.append(" The table describes it at {@link ").append(requestType(see[0]).simpleName()).append('#')
            .append(JavaNames.accessorName(see[1])).append("()}.");
      }
    }
    if (parameter.credential()) {
      doc.append("\n\n").append(Javadocs.CREDENTIAL);
    }
    if (kind == FieldModel.FieldKind.REST_CLIENT_CONFIG) {
      String builder = restClientConfig.type().simpleName();
      doc.append("\n\n<p>Read as JSON; to write it, {@link #").append(accessor).append('(').append(builder)
          .append(")} takes the typed {@link ").append(builder).append("}.");
    }
    appendErrata(doc, method.name() + "." + parameter.name());
    return doc.toString();
  }

  private void appendErrata(StringBuilder doc, String target) {
    for (Erratum erratum : spec.errataAffecting(target)) {
      doc.append("\n\n<p>Erratum ").append(Javadocs.code(erratum.id())).append(". ")
          .append(Javadocs.sentence(erratum.decision()));
    }
  }

  // --- open enums ---

  private EnumModel enumModel(EnumType type) {
    List<EnumModel.Constant> constants = new ArrayList<>();
    for (String value : type.allValues()) {
      constants.add(new EnumModel.Constant(JavaNames.constantName(value), value, !type.values().contains(value)));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    type.aliases().forEach((alias, value) -> aliases.put(alias, JavaNames.constantName(value)));

    List<String> usedBy = new ArrayList<>();
    boolean inMethods = false;
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        if (parameter.enumName().filter(type.name()::equals).isPresent()) {
          usedBy.add("{@link " + requestType(method.name()).simpleName() + "#" + JavaNames.accessorName(parameter.name())
              + "()}");
          inMethods = true;
        }
      }
    }
    boolean inRestClientConfig = false;
    for (RestClientConfigField field : spec.restClientConfig().fields()) {
      if (field.enumName().filter(type.name()::equals).isPresent()) {
        usedBy.add("{@link " + GenerationModel.REST_CLIENT_CONFIG_TYPE + "." + RestClientConfigModel.METHOD_CONFIG_TYPE
            + "#" + JavaNames.memberName(field.name()) + "(" + type.name() + ")}");
        inRestClientConfig = true;
      }
    }
    String source = inMethods == inRestClientConfig ? "the documentation"
        : inMethods ? "the methods table" : "the restClientConfig documentation";
    return new EnumModel(ClassName.get(packageName, type.name()), constants, aliases, usedBy, source);
  }

  // --- restClientConfig ---

  private RestClientConfigModel restClientConfig() {
    List<RestClientConfigModel.Field> fields = new ArrayList<>();
    for (RestClientConfigField field : spec.restClientConfig().fields()) {
      StringBuilder doc = new StringBuilder(Javadocs.of(field.description()));
      if (doc.length() > 0) {
        doc.append("\n\n");
      }
      doc.append("<p>WCS's default: ").append(Javadocs.code("\"" + field.defaultValue() + "\"")).append('.');
      fields.add(new RestClientConfigModel.Field(
          field.name(),
          JavaNames.memberName(field.name()),
          field.type() == JsonType.FIELD_LIST,
          field.enumName().map(name -> ClassName.get(packageName, name)),
          field.defaultValue(),
          doc.toString()));
    }
    return new RestClientConfigModel(ClassName.get(packageName, GenerationModel.REST_CLIENT_CONFIG_TYPE),
        Javadocs.of(spec.restClientConfig().description()), fields);
  }
}
