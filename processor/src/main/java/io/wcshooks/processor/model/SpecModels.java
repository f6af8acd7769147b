package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.wcshooks.spec.EnumType;
import io.wcshooks.spec.Erratum;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.JsonType;
import io.wcshooks.spec.MethodKind;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.RestClientConfigField;
import io.wcshooks.spec.WcsSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the generation model from the spec: names, types and documentation of everything
 * generated, after checking that no two spec entries would become the same Java name.
 */
public final class SpecModels {
  static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName ARRAY_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ArrayNode");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get(List.class);

  /** The parameter that carries the restClientConfig object on connect. */
  static final String REST_CLIENT_CONFIG = "restClientConfig";

  /** The generated classes that do not come from a spec entry, and what they are. */
  private static final Map<String, String> FIXED_TYPES = Map.of(
      GenerationModel.REST_CLIENT_CONFIG_TYPE, "the generated restClientConfig builder",
      GenerationModel.ENTRY_POINT_TYPE, "the generated entry point",
      GenerationModel.RESOURCE_TYPE, "the generated resource");

  private final WcsSpec spec;
  private final String packageName;
  private final List<String> conflicts = new ArrayList<>();

  private SpecModels(WcsSpec spec, String packageName) {
    this.spec = spec;
    this.packageName = packageName;
  }

  /**
   * The model of everything the spec alone decides; handlers are added after validation.
   *
   * @throws GeneratedNameConflictException when spec entries would share a generated name
   */
  public static GenerationModel build(WcsSpec spec, String packageName) {
    return new SpecModels(spec, packageName).build();
  }

  private GenerationModel build() {
    // Hooks' resource and restClientConfig methods are named like their classes, lower-cased
    // at the start: checking the class names checks those too.
    checkTypeNames();
    RestClientConfigModel restClientConfig = restClientConfig();
    List<HookModel> hooks = new ArrayList<>();
    for (int m = 0; m < spec.methods().size(); m++) {
      hooks.add(hook(spec.methods().get(m), m, restClientConfig));
    }
    List<EnumModel> enums = new ArrayList<>();
    for (int e = 0; e < spec.enums().size(); e++) {
      enums.add(enumModel(spec.enums().get(e), e));
    }
    RestApiModel restApi = RestApiModels.build(spec, packageName, conflicts);
    if (!conflicts.isEmpty()) {
      throw new GeneratedNameConflictException(conflicts);
    }
    return new GenerationModel(
        packageName, spec.specVersion(), hooks, enums, restClientConfig, restApi, List.of(), List.of());
  }

  // --- conflicts ---

  /** One class per request type, open enum and fixed type; not even two that differ only in case. */
  private void checkTypeNames() {
    Map<String, String[]> byLowerCase = new HashMap<>(); // lower-case name -> {name, entry}
    FIXED_TYPES.forEach((name, what) -> byLowerCase.put(name.toLowerCase(Locale.ROOT), new String[] {name, what}));
    for (int m = 0; m < spec.methods().size(); m++) {
      String name = spec.methods().get(m).name();
      claimType(byLowerCase, Names.typeName(name), "method '" + name + "' ($.methods[" + m + "])", false);
    }
    for (int e = 0; e < spec.enums().size(); e++) {
      String name = spec.enums().get(e).name();
      String entry = "enum '" + name + "' ($.enums[" + e + "])";
      if (!Names.isTypeName(name) || !Character.isUpperCase(name.charAt(0))) {
        // Upper case keeps generated class names apart from generated variables, which are lower case.
        conflicts.add(entry + ": '" + name + "' cannot name a generated class, which starts with an upper-case "
            + "letter; rename the enum");
        continue;
      }
      claimType(byLowerCase, name, entry, true);
    }
    // The REST API client's classes share the package: its enums, objects (WcsCall, not Call,
    // which the hook call generates), request bodies and the client itself.
    for (Map.Entry<String, String> apiEnum : RestApiModels.enumNames(spec)) {
      String name = apiEnum.getKey();
      String entry = apiEnum.getValue();
      if (!Names.isTypeName(name) || !Character.isUpperCase(name.charAt(0))) {
        conflicts.add(entry + ": '" + name + "' cannot name a generated class, which starts with an upper-case "
            + "letter; rename the enum");
      } else {
        claimType(byLowerCase, name, entry, true);
      }
    }
    for (Map.Entry<String, String> type : RestApiModels.typeNames(spec)) {
      claimType(byLowerCase, type.getKey(), type.getValue(), false);
    }
  }

  private void claimType(Map<String, String[]> byLowerCase, String type, String entry, boolean isEnum) {
    String[] previous = byLowerCase.putIfAbsent(type.toLowerCase(Locale.ROOT), new String[] {type, entry});
    if (previous == null) {
      return;
    }
    String fix = isEnum || previous[1].startsWith("enum ") ? "; rename the enum" : "";
    if (previous[0].equals(type)) {
      conflicts.add(previous[1] + " and " + entry + " would both be generated as class " + packageName + "." + type
          + fix);
    } else {
      conflicts.add(previous[1] + " and " + entry + " would be generated as classes " + packageName + "."
          + previous[0] + " and " + packageName + "." + type + ", which differ only in case: their files would "
          + "overwrite each other on a case-insensitive file system (Windows, macOS)" + fix);
    }
  }

  /** One accessor per field of a request type: "userAgent" and "User-Agent" cannot share userAgent(). */
  private void checkAccessors(HookMethod method, int m, ClassName type, List<FieldModel> fields) {
    Map<String, String> byAccessor = new LinkedHashMap<>();
    for (FieldModel field : fields) {
      String entry = fieldEntry(method, m, field.wireName());
      String previous = byAccessor.putIfAbsent(field.accessor(), entry);
      if (previous != null) {
        conflicts.add("method '" + method.name() + "' ($.methods[" + m + "]): " + previous + " and " + entry
            + " would both be read and written by " + type.simpleName() + "." + field.accessor()
            + "(); a request type needs one accessor per JSON field");
      }
    }
  }

  private String fieldEntry(HookMethod method, int m, String wireName) {
    for (int i = 0; i < method.parameters().size(); i++) {
      if (method.parameters().get(i).name().equals(wireName)) {
        return "parameter '" + wireName + "' ($.methods[" + m + "].parameters[" + i + "])";
      }
    }
    for (int c = 0; c < spec.contextParameters().size(); c++) {
      if (spec.contextParameters().get(c).name().equals(wireName)) {
        return "context parameter '" + wireName + "' ($.contextParameters[" + c + "])";
      }
    }
    return "parameter '" + wireName + "'";
  }

  // --- request types ---

  private HookModel hook(HookMethod method, int m, RestClientConfigModel restClientConfig) {
    ClassName type = requestType(method.name());
    List<FieldModel> fields = new ArrayList<>();
    for (Parameter parameter : spec.requestFields(method)) {
      fields.add(field(method, parameter, restClientConfig));
    }
    checkAccessors(method, m, type, fields);
    return new HookModel(method, type, Names.memberName(method.name()), fields, hookJavadoc(method));
  }

  private ClassName requestType(String hook) {
    return ClassName.get(packageName, Names.typeName(hook));
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
    String accessor = Names.accessorName(parameter.name());
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
    return new FieldModel(parameter.name(), accessor, kind, javaType, enumType, javadoc);
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
            .append(Names.accessorName(see[1])).append("()}.");
      }
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

  private EnumModel enumModel(EnumType type, int e) {
    String entry = "enum '" + type.name() + "' ($.enums[" + e + "])";
    List<EnumModel.Constant> constants = new ArrayList<>();
    Map<String, String> valueByConstant = new HashMap<>();
    for (String value : type.allValues()) {
      String name = Names.constantName(value);
      String previous = valueByConstant.putIfAbsent(name, value);
      if (previous != null) {
        conflicts.add(entry + ": values '" + previous + "' and '" + value + "' would both be the constant "
            + type.name() + "." + name);
      }
      constants.add(new EnumModel.Constant(name, value, !type.values().contains(value)));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    type.aliases().forEach((alias, value) -> aliases.put(alias, Names.constantName(value)));

    List<String> usedBy = new ArrayList<>();
    boolean inMethods = false;
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        if (parameter.enumName().filter(type.name()::equals).isPresent()) {
          usedBy.add("{@link " + requestType(method.name()).simpleName() + "#" + Names.accessorName(parameter.name())
              + "()}");
          inMethods = true;
        }
      }
    }
    boolean inRestClientConfig = false;
    for (RestClientConfigField field : spec.restClientConfig().fields()) {
      if (field.enumName().filter(type.name()::equals).isPresent()) {
        usedBy.add("{@link " + GenerationModel.REST_CLIENT_CONFIG_TYPE + "." + RestClientConfigModel.METHOD_CONFIG_TYPE
            + "#" + Names.memberName(field.name()) + "(" + type.name() + ")}");
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
    Map<String, String> bySetter = new HashMap<>();
    List<RestClientConfigField> specFields = spec.restClientConfig().fields();
    for (int f = 0; f < specFields.size(); f++) {
      RestClientConfigField field = specFields.get(f);
      String setter = Names.memberName(field.name());
      String entry = "restClientConfig field '" + field.name() + "' ($.restClientConfig.fields[" + f + "])";
      String previous = bySetter.putIfAbsent(setter, entry);
      if (previous != null) {
        conflicts.add(previous + " and " + entry + " would both be set by " + GenerationModel.REST_CLIENT_CONFIG_TYPE
            + "." + RestClientConfigModel.METHOD_CONFIG_TYPE + "." + setter + "(...)");
      }
      StringBuilder doc = new StringBuilder(Javadocs.of(field.description()));
      if (doc.length() > 0) {
        doc.append("\n\n");
      }
      doc.append("<p>WCS's default: ").append(Javadocs.code("\"" + field.defaultValue() + "\"")).append('.');
      fields.add(new RestClientConfigModel.Field(
          field.name(),
          setter,
          field.type() == JsonType.FIELD_LIST,
          field.enumName().map(name -> ClassName.get(packageName, name)),
          field.defaultValue(),
          doc.toString()));
    }
    return new RestClientConfigModel(ClassName.get(packageName, GenerationModel.REST_CLIENT_CONFIG_TYPE),
        Javadocs.of(spec.restClientConfig().description()), fields);
  }
}
