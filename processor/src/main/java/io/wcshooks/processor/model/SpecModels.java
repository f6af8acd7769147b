package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.wcshooks.spec.EnumType;
import io.wcshooks.spec.Erratum;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.JsonType;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.RestClientConfigField;
import io.wcshooks.spec.WcsSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the generation model from the spec: names, types and documentation of everything generated. */
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
    return new GenerationModel(packageName, spec.specVersion(), hooks, enums, restClientConfig, List.of(), List.of());
  }

  private HookModel hook(HookMethod method, RestClientConfigModel restClientConfig) {
    List<FieldModel> fields = new ArrayList<>();
    for (Parameter parameter : spec.requestFields(method)) {
      fields.add(field(method, parameter, restClientConfig));
    }
    return new HookModel(method, ClassName.get(packageName, Names.typeName(method.name())),
        Names.memberName(method.name()), fields, hookJavadoc(method));
  }

  private String hookJavadoc(HookMethod method) {
    StringBuilder doc = new StringBuilder();
    doc.append("The body of {@code POST <app URL>/").append(method.name()).append("}: ")
        .append(Javadocs.of(method.description()));
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
          : "it cannot be forbidden: the answer is always the echo";
    };
    return kind + "; " + forbid;
  }

  private FieldModel field(HookMethod method, Parameter parameter, RestClientConfigModel restClientConfig) {
    FieldModel.FieldKind kind;
    TypeName javaType;
    Optional<TypeName> enumType = parameter.enumName().map(name -> ClassName.get(packageName, name));
    if (method.kind() == io.wcshooks.spec.MethodKind.CONNECT && parameter.name().equals(REST_CLIENT_CONFIG)) {
      kind = FieldModel.FieldKind.REST_CLIENT_CONFIG;
      javaType = OBJECT_NODE;
      enumType = Optional.of(restClientConfig.type());
    } else {
      switch (parameter.type()) {
        case BOOLEAN -> {
          kind = FieldModel.FieldKind.BOOLEAN;
          javaType = ClassName.get(Boolean.class);
        }
        case INTEGER -> {
          kind = FieldModel.FieldKind.INTEGER;
          javaType = ClassName.get(Integer.class);
        }
        case NUMBER -> {
          kind = FieldModel.FieldKind.NUMBER;
          javaType = ClassName.get(BigDecimal.class);
        }
        case OBJECT -> {
          kind = FieldModel.FieldKind.OBJECT;
          javaType = OBJECT_NODE;
        }
        case ARRAY -> {
          boolean scalarItems = parameter.itemType().map(t -> t == JsonType.STRING).orElse(false);
          if (scalarItems && enumType.isPresent()) {
            kind = FieldModel.FieldKind.ENUM_LIST;
            javaType = ParameterizedTypeName.get(LIST, enumType.get());
          } else if (scalarItems) {
            kind = FieldModel.FieldKind.STRING_LIST;
            javaType = ParameterizedTypeName.get(LIST, STRING);
          } else {
            kind = FieldModel.FieldKind.ARRAY;
            javaType = ARRAY_NODE;
          }
        }
        default -> {
          if (enumType.isPresent()) {
            kind = FieldModel.FieldKind.ENUM;
            javaType = enumType.get();
          } else {
            kind = FieldModel.FieldKind.STRING;
            javaType = STRING;
          }
        }
      }
    }
    return new FieldModel(parameter.name(), Names.accessorName(parameter.name()), kind, javaType, enumType,
        fieldJavadoc(method, parameter));
  }

  private String fieldJavadoc(HookMethod method, Parameter parameter) {
    StringBuilder doc = new StringBuilder(Javadocs.of(parameter.description()));
    if (doc.length() > 0) {
      doc.append("\n\n");
    }
    doc.append("<p>JSON field {@code \"").append(parameter.name()).append("\"}, ")
        .append(parameter.type().specName());
    parameter.itemType().ifPresent(t -> doc.append(" of ").append(t.specName()));
    parameter.enumName().ifPresent(e -> doc.append(", values of {@link ").append(e).append('}'));
    doc.append('.');
    if (method.parameter(parameter.name()).isEmpty()) {
      doc.append(" A context parameter: the table does not list it for this method, but every call carries it.");
    } else {
      parameter.see().ifPresent(see -> doc.append(" Described in the table at {@code ").append(see).append("}."));
    }
    appendErrata(doc, method.name() + "." + parameter.name());
    return doc.toString();
  }

  private void appendErrata(StringBuilder doc, String target) {
    for (Erratum erratum : spec.errataAffecting(target)) {
      doc.append("\n\n<p>Erratum {@code ").append(erratum.id()).append("}: ")
          .append(Javadocs.escape(erratum.decision()));
    }
  }

  private EnumModel enumModel(EnumType type) {
    List<EnumModel.Constant> constants = new ArrayList<>();
    for (String value : type.values()) {
      constants.add(new EnumModel.Constant(Names.constantName(value), value, false));
    }
    for (String value : type.observed()) {
      constants.add(new EnumModel.Constant(Names.constantName(value), value, true));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    type.aliases().forEach((alias, value) -> aliases.put(alias, Names.constantName(value)));
    List<String> usedBy = new ArrayList<>();
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        if (parameter.enumName().filter(type.name()::equals).isPresent()) {
          usedBy.add(method.name() + "." + parameter.name());
        }
      }
    }
    for (RestClientConfigField field : spec.restClientConfig().fields()) {
      if (field.enumName().filter(type.name()::equals).isPresent()) {
        usedBy.add(REST_CLIENT_CONFIG + "." + field.name());
      }
    }
    return new EnumModel(ClassName.get(packageName, type.name()), constants, aliases, usedBy);
  }

  private RestClientConfigModel restClientConfig() {
    List<RestClientConfigModel.Field> fields = new ArrayList<>();
    for (RestClientConfigField field : spec.restClientConfig().fields()) {
      StringBuilder doc = new StringBuilder(Javadocs.of(field.description()));
      doc.append("\n\n<p>WCS's default: {@code \"").append(Javadocs.escape(field.defaultValue())).append("\"}.");
      fields.add(new RestClientConfigModel.Field(
          field.name(),
          field.type() == JsonType.FIELD_LIST,
          field.enumName().map(name -> ClassName.get(packageName, name)),
          field.defaultValue(),
          doc.toString()));
    }
    return new RestClientConfigModel(ClassName.get(packageName, "RestClientConfig"),
        Javadocs.of(spec.restClientConfig().description()), fields);
  }
}
