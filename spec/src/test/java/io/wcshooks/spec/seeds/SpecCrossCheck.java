package io.wcshooks.spec.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.spec.EnumType;
import io.wcshooks.spec.Erratum;
import io.wcshooks.spec.Forbid;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.JsonType;
import io.wcshooks.spec.MethodKind;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.RestApi;
import io.wcshooks.spec.RestClientConfigField;
import io.wcshooks.spec.Text;
import io.wcshooks.spec.WcsSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compares a spec with the seed documents. Every method returns the differences as readable
 * lines, empty when they agree; the spec is never assumed to be the bundled one, so the same
 * checks run on mutated copies to prove that they can fail.
 */
final class SpecCrossCheck {

  static final String ADDED_METHOD = "addedMethod";
  static final String RENAMED_PARAMETER = "renamedParameter";
  static final String RUSSIAN_DIFFERS = "russianDiffers";
  static final String CLASSIFICATION = "classification";
  static final String OMITTED_CONTEXT = "omittedContext";
  /** The REST API object 002's find and find_all answer with. */
  private static final String CALL_OBJECT = "Call";
  /** The Call field 002's parameters table lists the RTMP stream statuses for. */
  private static final String RTMP_STREAM_STATUS = "rtmpStreamStatus";
  /** "If true, ...", "If the flag is set to true", "If the incoming message has this flag". */
  private static final Pattern FLAG = Pattern.compile("\\b(true|flag)\\b");
  /** A credential's name: {@code sipPassword}, {@code authToken}, {@code token}. */
  private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i)password|token");
  /** A credential's description: "SIP password", "Client authentication token", "SIP пароль", "Токен". */
  private static final Pattern CREDENTIAL_TEXT =
      Pattern.compile("(?iu)\\b(password|token)\\b|(^|\\P{L})(пароль|токен)");

  private SpecCrossCheck() {}

  /** Which description of a {@link Text} a table holds, and which erratum excuses a difference. */
  private enum Language {
    ENGLISH("en", Text::en, Optional.empty()),
    RUSSIAN("ru", Text::ru, Optional.of(RUSSIAN_DIFFERS));

    final String code;
    final Function<Text, String> text;
    final Optional<String> excusedBy;

    Language(String code, Function<Text, String> text, Optional<String> excusedBy) {
      this.code = code;
      this.text = text;
      this.excusedBy = excusedBy;
    }
  }

  /**
   * Seed 000 against the spec: the methods both ways, their order, each method's parameters by
   * table name and order, grey rows, English descriptions, the context section, that every
   * tableName is explained by a renamedParameter erratum, and every method that leaves out a
   * context parameter by an omittedContext erratum.
   */
  static List<String> englishTableDifferences(WcsSpec spec, MethodsTable english) {
    List<String> out = tableDifferences(spec, english, Language.ENGLISH);
    out.addAll(renameDifferences(spec));
    out.addAll(omittedContextDifferences(spec));
    return out;
  }

  /** Seed 001 against the spec, as {@link #englishTableDifferences}, with the Russian descriptions. */
  static List<String> russianTableDifferences(WcsSpec spec, MethodsTable russian) {
    return tableDifferences(spec, russian, Language.RUSSIAN);
  }

  /** Seed 000 against seed 001: the same methods, parameters and grey rows, in the same order. */
  static List<String> translationDifferences(MethodsTable english, MethodsTable russian) {
    List<String> out = new ArrayList<>();
    String where = english.source() + "/" + russian.source();
    List<String> enMethods = english.methods().stream().map(TableMethod::name).toList();
    List<String> ruMethods = russian.methods().stream().map(TableMethod::name).toList();
    listDifferences(out, where + " methods", english.source(), enMethods, russian.source(), ruMethods);
    for (TableMethod en : english.methods()) {
      Optional<TableMethod> ru = russian.method(en.name());
      if (ru.isPresent()) {
        sectionDifferences(out, where + " " + en.name(), english, en, russian, ru.get());
      }
    }
    if (english.context().isPresent() && russian.context().isPresent()) {
      sectionDifferences(out, where + " " + MethodsTable.CONTEXT_SECTION, english, english.context().get(),
          russian, russian.context().get());
    } else if (english.context().isPresent() != russian.context().isPresent()) {
      out.add(where + ": only one table has the " + MethodsTable.CONTEXT_SECTION + " section");
    }
    return out;
  }

  /**
   * Seed 004 against the spec: every method 004 names has the kind and forbid of 004's list, and
   * every spec method 004 does not name has a classification erratum.
   */
  static List<String> fourTypesDifferences(WcsSpec spec, FourTypes fourTypes) {
    List<String> out = new ArrayList<>();
    fourTypes.methods().forEach((name, classification) -> {
      Optional<HookMethod> method = spec.method(name);
      if (method.isEmpty()) {
        out.add("004 names " + name + " (" + classification + "), the spec has no such method");
      } else if (method.get().kind() != classification.kind() || method.get().forbid() != classification.forbid()) {
        out.add(name + ": 004 says " + classification + ", the spec says "
            + new Classification(method.get().kind(), method.get().forbid()));
      }
    });
    for (HookMethod method : spec.methods()) {
      if (fourTypes.of(method.name()).isEmpty() && errata(spec, CLASSIFICATION, method.name()).isEmpty()) {
        out.add(method.name() + " (" + new Classification(method.kind(), method.forbid()) + ") is not named in 004,"
            + " and no erratum of kind " + CLASSIFICATION + " explains its classification");
      }
    }
    return out;
  }

  /**
   * stopOnForbid against wcs-facts.md: exactly the events the facts say a 403 stops have it, and
   * they are events that 004 says cannot be forbidden otherwise.
   */
  static List<String> stopOnForbidDifferences(WcsSpec spec, StopOnForbidFacts facts) {
    List<String> out = new ArrayList<>();
    for (String name : facts.methods()) {
      Optional<HookMethod> method = spec.method(name);
      if (method.isEmpty()) {
        out.add("facts say a 403 to " + name + " stops what it reports, the spec has no such method");
      } else if (!method.get().stopOnForbid() || method.get().kind() != MethodKind.EVENT
          || method.get().forbid() != Forbid.CANNOT) {
        out.add(name + ": facts say it is an event a 403 stops, the spec says "
            + new Classification(method.get().kind(), method.get().forbid()) + ", stopOnForbid "
            + method.get().stopOnForbid());
      }
    }
    spec.methods().stream().filter(m -> m.stopOnForbid() && !facts.methods().contains(m.name()))
        .forEach(m -> out.add(m.name() + " has stopOnForbid, but facts name only " + facts.methods()
            + " as stopped by a 403"));
    return out;
  }

  /**
   * The enums against the tables: every value a table description lists for a parameter with an
   * enum is one of that enum's listed values, and every listed value of an enum is listed in the
   * English description of a parameter that uses it. A parameter without an enum whose description
   * is shaped like a value list, and an enum no parameter or restClientConfig field uses, are
   * reported too.
   */
  static List<String> enumDifferences(WcsSpec spec, MethodsTable english, MethodsTable russian) {
    List<String> out = new ArrayList<>();
    Map<String, Set<String>> listedInEnglish = new LinkedHashMap<>();
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        if (parameter.enumName().isEmpty()) {
          unlistedEnumDifferences(out, method, parameter, english, russian);
          continue;
        }
        String enumName = parameter.enumName().get();
        listedInEnglish.computeIfAbsent(enumName, e -> new LinkedHashSet<>());
        Optional<EnumType> type = spec.enumType(enumName);
        if (type.isEmpty()) {
          out.add(method.name() + "." + parameter.name() + ": enum " + enumName + " is not declared");
          continue;
        }
        for (MethodsTable table : List.of(english, russian)) {
          Optional<TableRow> row = table.method(method.name())
              .flatMap(m -> m.parameter(parameter.tableName()))
              .filter(r -> !r.isGrey());
          if (row.isEmpty()) {
            continue;
          }
          List<String> values = ListedValues.in(row.get().description());
          String at = table.source() + " line " + row.get().line() + ": " + method.name() + "." + parameter.tableName();
          if (values.isEmpty()) {
            out.add(at + " has enum " + enumName + ", but its description lists no values: \""
                + row.get().description() + "\"");
          }
          for (String value : values) {
            if (!type.get().values().contains(value)) {
              out.add(at + " lists " + value + ", which is not among the values of enum " + enumName
                  + (type.get().observed().contains(value) ? " (it is only in observed; the table lists it)" : "")
                  + " " + type.get().values());
            }
          }
          if (table == english) {
            listedInEnglish.get(enumName).addAll(values);
          }
        }
      }
    }
    Set<String> usedByConfig = new HashSet<>();
    spec.restClientConfig().fields().forEach(f -> f.enumName().ifPresent(usedByConfig::add));
    for (EnumType type : spec.enums()) {
      Set<String> listed = listedInEnglish.get(type.name());
      if (listed == null) {
        if (!usedByConfig.contains(type.name())) {
          out.add("enum " + type.name() + " is used by no parameter and no restClientConfig field");
        }
        continue;
      }
      for (String value : type.values()) {
        if (!listed.contains(value)) {
          out.add("enum " + type.name() + " value " + value + " is listed in no " + english.source()
              + " description of a parameter that uses it (found " + listed + ")");
        }
      }
    }
    return out;
  }

  /** A description shaped like a list of values means the parameter has an enum. */
  private static void unlistedEnumDifferences(List<String> out, HookMethod method, Parameter parameter,
      MethodsTable english, MethodsTable russian) {
    for (MethodsTable table : List.of(english, russian)) {
      table.method(method.name()).flatMap(m -> m.parameter(parameter.tableName()))
          .filter(row -> ListedValues.looksLikeValueList(row.description()))
          .ifPresent(row -> out.add(table.source() + " line " + row.line() + ": " + method.name() + "."
              + parameter.tableName() + " lists values " + ListedValues.in(row.description())
              + ", but the spec gives it no enum"));
    }
  }

  /**
   * Grey rows are "described above or below in the table": a grey parameter resolves to a
   * described row of the same name, unless an erratum says why not.
   */
  static List<String> greyReferenceDifferences(WcsSpec spec) {
    List<String> out = new ArrayList<>();
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        if (parameter.see().isEmpty()) {
          continue;
        }
        String see = parameter.see().get();
        String target = see.substring(see.indexOf('.') + 1);
        String self = method.name() + "." + parameter.name();
        if (!target.equals(parameter.name()) && spec.errataAffecting(self).isEmpty()) {
          out.add(self + " is grey and resolves to " + see + ", a row of another name, and no erratum says why");
        }
      }
    }
    return out;
  }

  /**
   * The enums' observed values against wcs-facts.md's "Status values seen in practice": every value
   * an item lists is a value of its parameter's enum, listed or observed, and every observed value
   * is one an item lists for a parameter with that enum.
   */
  static List<String> observedValueDifferences(WcsSpec spec, ObservedValueFacts facts) {
    List<String> out = new ArrayList<>();
    Map<String, Set<String>> reportedByEnum = new LinkedHashMap<>();
    facts.values().forEach((target, values) -> {
      String[] parts = target.split("\\.", 2);
      Optional<Parameter> parameter = spec.method(parts[0]).flatMap(m -> m.parameter(parts[1]));
      Optional<EnumType> type = parameter.flatMap(Parameter::enumName).flatMap(spec::enumType);
      if (type.isEmpty()) {
        out.add("facts list values seen in practice for " + target + ", which "
            + (parameter.isEmpty() ? "the spec does not have" : "has no enum in the spec"));
        return;
      }
      reportedByEnum.computeIfAbsent(type.get().name(), name -> new LinkedHashSet<>()).addAll(values);
      for (String value : values) {
        if (!type.get().allValues().contains(value)) {
          out.add(target + ": facts say WCS sends " + value + ", which is not a value of enum " + type.get().name()
              + " " + type.get().allValues());
        }
      }
    });
    for (EnumType type : spec.enums()) {
      Set<String> reported = reportedByEnum.getOrDefault(type.name(), Set.of());
      for (String value : type.observed()) {
        if (!reported.contains(value)) {
          out.add("enum " + type.name() + " has the observed value " + value
              + ", which facts do not report for a parameter with that enum");
        }
      }
    }
    return out;
  }

  /** restClientConfig against the table of wcs-facts.md: names, order, defaults, value sets. */
  static List<String> restClientConfigDifferences(WcsSpec spec, RestClientConfigFacts facts) {
    List<String> out = new ArrayList<>();
    List<RestClientConfigField> fields = spec.restClientConfig().fields();
    listDifferences(out, "restClientConfig fields", "facts",
        facts.fields().stream().map(RestClientConfigFacts.Field::name).toList(),
        "the spec", fields.stream().map(RestClientConfigField::name).toList());
    for (RestClientConfigFacts.Field fact : facts.fields()) {
      Optional<RestClientConfigField> field = fields.stream().filter(f -> f.name().equals(fact.name())).findFirst();
      if (field.isEmpty()) {
        continue;
      }
      String at = "restClientConfig." + fact.name();
      if (!field.get().defaultValue().equals(fact.defaultValue())) {
        out.add(at + ": facts give the default \"" + fact.defaultValue() + "\", the spec \""
            + field.get().defaultValue() + "\"");
      }
      if (fact.enumValues().isEmpty()) {
        if (field.get().type() != JsonType.FIELD_LIST || field.get().enumName().isPresent()) {
          out.add(at + ": facts say " + RestClientConfigFacts.FIELD_LIST + ", the spec has type "
              + field.get().type().specName() + field.get().enumName().map(e -> " with enum " + e).orElse(""));
        }
      } else {
        List<String> values = field.get().enumName().flatMap(spec::enumType).map(EnumType::values).orElse(List.of());
        if (!values.equals(fact.enumValues())) {
          out.add(at + ": facts give the values " + fact.enumValues() + ", the spec "
              + field.get().enumName().map(e -> "enum " + e + " " + values).orElse("no enum"));
        }
      }
    }
    return out;
  }

  /**
   * WCS's REST API against seed 002: the endpoints and their order; each one's request fields (the
   * names its example bodies use), answer and statuses; the Call object's fields, their order and
   * the JSON types of the example's non-null values; example values of enum fields; the
   * descriptions of the parameters table; the RTMP stream statuses; the call status list; and the
   * default credentials.
   */
  static List<String> restApiDifferences(WcsSpec spec, RestApiPage page) {
    List<String> out = new ArrayList<>();
    RestApi api = spec.restApi();
    listDifferences(out, "restApi endpoints", "002", page.endpoints().stream().map(RestApiPage.Endpoint::path).toList(),
        "the spec", api.endpoints().stream().map(RestApi.Endpoint::path).toList());
    Optional<RestApi.ApiObject> call = api.object(CALL_OBJECT);
    for (RestApiPage.Endpoint documented : page.endpoints()) {
      Optional<RestApi.Endpoint> endpoint = api.endpoints().stream()
          .filter(e -> e.path().equals(documented.path())).findFirst();
      if (endpoint.isEmpty()) {
        continue;
      }
      String at = "002 line " + documented.line() + ": " + documented.path();
      List<String> requestNames = new ArrayList<>();
      documented.requests().forEach(body -> body.fieldNames().forEachRemaining(name -> {
        if (!requestNames.contains(name)) {
          requestNames.add(name);
        }
      }));
      // find's two alternative bodies give no order to keep, so the names are compared as sets.
      List<String> specNames = endpoint.get().request().stream().map(Parameter::name).toList();
      setDifferences(out, at + " request fields", "002's examples", requestNames, "the spec", specNames);
      for (JsonNode body : documented.requests()) {
        exampleValueDifferences(out, spec, at + " request", body, endpoint.get().request());
      }
      RestApi.ResponseShape shape = documented.answer().isPresent()
          ? RestApi.ResponseShape.CALL_LIST : RestApi.ResponseShape.EMPTY;
      if (endpoint.get().response() != shape) {
        out.add(at + ": 002's example answer is " + shape + ", the spec's " + endpoint.get().response());
      }
      Map<Integer, String> specStatuses = new TreeMap<>(endpoint.get().statuses());
      Map<Integer, String> documentedStatuses = new TreeMap<>(documented.statuses());
      if (!specStatuses.keySet().equals(documentedStatuses.keySet())) {
        out.add(at + ": 002 gives the statuses " + documentedStatuses.keySet() + ", the spec " + specStatuses.keySet());
      }
      documentedStatuses.forEach((code, meaning) -> {
        String specMeaning = specStatuses.get(code);
        if (specMeaning != null && !specMeaning.equalsIgnoreCase(meaning)) {
          out.add(at + " " + code + ": 002 says \"" + meaning + "\", the spec \"" + specMeaning + "\"");
        }
      });
      if (documented.answer().isPresent() && call.isPresent()) {
        callExampleDifferences(out, spec, at + " answer", documented.answer().get(), call.get());
      }
    }
    List<Parameter> fields = new ArrayList<>();
    call.ifPresent(c -> fields.addAll(c.fields()));
    api.endpoints().forEach(e -> fields.addAll(e.request()));
    fields.stream().filter(f -> f.see().isEmpty() && !f.description().en().isBlank())
        .forEach(f -> parameterTableDifferences(out, page, f));
    if (call.isEmpty()) {
      out.add("restApi has no object " + CALL_OBJECT + ", which 002's find and find_all answer with");
    } else {
      Optional<List<String>> rtmpStatuses = call.get().fields().stream()
          .filter(f -> f.name().equals(RTMP_STREAM_STATUS)).findFirst()
          .flatMap(Parameter::enumName).flatMap(spec::enumType).map(EnumType::values);
      if (!rtmpStatuses.equals(Optional.of(page.rtmpStreamStatuses()))) {
        out.add("002 lists the RTMP stream statuses " + page.rtmpStreamStatuses() + ", the spec's " + CALL_OBJECT + "."
            + RTMP_STREAM_STATUS + " has " + rtmpStatuses.map(Object::toString).orElse("no enum"));
      }
    }
    // "The complete list of statuses is available in the Call Flow (see the CallStatusEvent method)."
    Optional<String> callStatus = spec.method(page.statusListMethod()).flatMap(m -> m.parameter("status"))
        .flatMap(Parameter::enumName);
    fields.stream().filter(f -> f.name().equals("status") && !f.enumName().equals(callStatus))
        .forEach(f -> out.add("restApi status field: 002 refers to " + page.statusListMethod() + ".status for the list"
            + " (" + callStatus.orElse("no enum") + "), the spec gives it " + f.enumName().orElse("no enum")));
    RestApi.Authentication authentication = api.authentication();
    if (!authentication.defaultUsername().equals(Optional.of(page.username()))
        || !authentication.defaultPassword().equals(Optional.of(page.password()))) {
      out.add("restApi default credentials: 002 says " + page.username() + ":" + page.password() + ", the spec "
          + authentication.defaultUsername().orElse("(none)") + ":" + authentication.defaultPassword().orElse("(none)"));
    }
    return out;
  }

  /** The Call objects of an example answer: the spec's fields in the example's order, with its value types. */
  private static void callExampleDifferences(List<String> out, WcsSpec spec, String at, JsonNode answer,
      RestApi.ApiObject call) {
    for (JsonNode element : answer) {
      List<String> names = new ArrayList<>();
      element.fieldNames().forEachRemaining(names::add);
      listDifferences(out, at + " " + CALL_OBJECT + " fields", "002", names, "the spec",
          call.fields().stream().map(Parameter::name).toList());
      for (Parameter field : call.fields()) {
        JsonNode value = element.path(field.name());
        jsonType(value).filter(type -> type != field.type()).ifPresent(type -> out.add(at + ": " + CALL_OBJECT + "."
            + field.name() + " is " + type.specName() + " in 002's example (" + value + "), the spec says "
            + field.type().specName()));
      }
      exampleValueDifferences(out, spec, at + " " + CALL_OBJECT, element, call.fields());
    }
  }

  /** An example's value of a field with an enum is one of the enum's values. */
  private static void exampleValueDifferences(List<String> out, WcsSpec spec, String at, JsonNode example,
      List<Parameter> fields) {
    for (Parameter field : fields) {
      JsonNode value = example.path(field.name());
      Optional<EnumType> type = field.enumName().flatMap(spec::enumType);
      if (value.isTextual() && type.isPresent() && !type.get().values().contains(value.asText())) {
        out.add(at + ": " + field.name() + " is \"" + value.asText() + "\" in 002's example, not a value of enum "
            + type.get().name() + " " + type.get().values());
      }
    }
  }

  /**
   * 002's parameters table runs name and description together ("calleeSIP callee"), so it must
   * hold the name followed by the description's first clause; a description may go on, after a
   * semicolon, with what the page says below the cell.
   */
  private static void parameterTableDifferences(List<String> out, RestApiPage page, Parameter field) {
    String description = field.description().en();
    int semicolon = description.indexOf(';');
    String clause = semicolon < 0 ? description : description.substring(0, semicolon);
    if (!compact(page.parameters()).contains(compact(field.name() + clause))) {
      out.add("restApi " + field.name() + ": 002's parameters table has no \"" + field.name() + "\" described as \""
          + clause + "\"");
    }
  }

  /**
   * The JSON types of hook parameters where the sources show them: 002's Call example gives real
   * JSON values for fields the hooks carry too, and "flags are boolean" (erratum parameter-types):
   * a described parameter is boolean exactly when its English description speaks of true or of a
   * flag.
   */
  static List<String> parameterTypeDifferences(WcsSpec spec, RestApiPage page) {
    List<String> out = new ArrayList<>();
    Map<String, JsonType> documented = new LinkedHashMap<>();
    page.endpoints().stream().flatMap(e -> e.answer().stream()).forEach(answer -> answer.forEach(call ->
        call.fields().forEachRemaining(f -> jsonType(f.getValue()).ifPresent(t -> documented.put(f.getKey(), t)))));
    List<Parameter> described = new ArrayList<>(spec.contextParameters());
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        String self = method.name() + "." + parameter.name();
        JsonType type = documented.get(parameter.name());
        if (type != null && type != parameter.type()) {
          out.add(self + " is " + parameter.type().specName() + ", but in 002's Call example " + parameter.name()
              + " is " + type.specName());
        }
        if (!parameter.isGrey()) {
          described.add(parameter);
        }
      }
    }
    for (Parameter parameter : described) {
      boolean flag = FLAG.matcher(parameter.description().en()).find();
      if (flag != (parameter.type() == JsonType.BOOLEAN)) {
        out.add(parameter.name() + " (\"" + parameter.description().en() + "\") is " + parameter.type().specName()
            + (flag ? ", but its description speaks of a flag" : ", but its description does not speak of a flag"));
      }
    }
    return out;
  }

  /**
   * What the documents show to be credentials against the spec's {@code credential} marks, both
   * ways: a parameter whose name or description (either language) speaks of a password or a token
   * is one ({@code sipPassword}, {@code authToken}, playHLS's {@code token}), and nothing else is.
   * Grey parameters take the mark of the row they see (the loader does that); REST API fields are
   * checked by name, since 002 describes few of them.
   */
  static List<String> credentialDifferences(WcsSpec spec) {
    List<String> out = new ArrayList<>();
    for (Parameter parameter : spec.contextParameters()) {
      credentialDifference(out, "context." + parameter.name(), parameter);
    }
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        if (!parameter.isGrey()) {
          credentialDifference(out, method.name() + "." + parameter.name(), parameter);
        }
      }
    }
    for (RestApi.Endpoint endpoint : spec.restApi().endpoints()) {
      for (Parameter field : endpoint.request()) {
        credentialDifference(out, "REST API " + endpoint.path() + " " + field.name(), field);
      }
    }
    for (RestApi.ApiObject object : spec.restApi().objects()) {
      for (Parameter field : object.fields()) {
        credentialDifference(out, "REST API object " + object.name() + "." + field.name(), field);
      }
    }
    return out;
  }

  private static void credentialDifference(List<String> out, String self, Parameter parameter) {
    boolean documented = CREDENTIAL_NAME.matcher(parameter.name()).find()
        || CREDENTIAL_TEXT.matcher(parameter.description().en()).find()
        || CREDENTIAL_TEXT.matcher(parameter.description().ru()).find();
    if (documented && !parameter.credential()) {
      out.add(self + ": its name or description speaks of a password or a token (\"" + parameter.description().en()
          + "\"), but the spec does not mark it credential: true");
    } else if (!documented && parameter.credential()) {
      out.add(self + " is marked credential, but neither its name nor its description (\""
          + parameter.description().en() + "\") speaks of a password or a token");
    }
  }

  private static Optional<JsonType> jsonType(JsonNode value) {
    if (value.isTextual()) {
      return Optional.of(JsonType.STRING);
    } else if (value.isBoolean()) {
      return Optional.of(JsonType.BOOLEAN);
    } else if (value.isIntegralNumber()) {
      return Optional.of(JsonType.INTEGER);
    } else if (value.isNumber()) {
      return Optional.of(JsonType.NUMBER);
    } else if (value.isObject()) {
      return Optional.of(JsonType.OBJECT);
    } else if (value.isArray()) {
      return Optional.of(JsonType.ARRAY);
    }
    return Optional.empty();
  }

  private static String compact(String text) {
    return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  /** What only one side has, in either order. */
  private static void setDifferences(List<String> out, String what, String leftName, List<String> left,
      String rightName, List<String> right) {
    List<String> onlyLeft = minus(left, right);
    List<String> onlyRight = minus(right, left);
    if (!onlyLeft.isEmpty()) {
      out.add(what + ": " + onlyLeft + " only in " + leftName);
    }
    if (!onlyRight.isEmpty()) {
      out.add(what + ": " + onlyRight + " only in " + rightName);
    }
  }

  private static List<String> tableDifferences(WcsSpec spec, MethodsTable table, Language language) {
    List<String> out = new ArrayList<>();
    String source = table.source();
    Set<String> added = new HashSet<>();
    spec.errata().stream().filter(e -> e.kind().equals(ADDED_METHOD)).forEach(e -> added.addAll(e.affects()));

    for (TableMethod row : table.methods()) {
      if (spec.method(row.name()).isEmpty()) {
        out.add(source + " line " + row.line() + ": method " + row.name() + " (parameters " + row.parameterNames()
            + ") is not in the spec");
      } else if (added.contains(row.name())) {
        out.add(source + " line " + row.line() + ": method " + row.name() + " is in the table, yet an erratum of kind "
            + ADDED_METHOD + " says the table lacks it");
      }
    }
    for (HookMethod method : spec.methods()) {
      if (table.method(method.name()).isEmpty() && !added.contains(method.name())) {
        out.add("spec method " + method.name() + " is not in " + source
            + " (and no erratum of kind " + ADDED_METHOD + " affects it)");
      }
    }
    List<String> tableOrder = table.methods().stream().map(TableMethod::name)
        .filter(n -> spec.method(n).isPresent()).toList();
    List<String> specOrder = spec.methods().stream().map(HookMethod::name)
        .filter(n -> table.method(n).isPresent()).toList();
    if (!tableOrder.equals(specOrder)) {
      out.add(source + ": the methods are in another order than the spec's; " + firstDivergence(tableOrder, specOrder));
    }

    for (TableMethod row : table.methods()) {
      Optional<HookMethod> method = spec.method(row.name());
      if (method.isEmpty()) {
        continue;
      }
      compareText(out, source + " line " + row.line() + ": method " + row.name(), language,
          row.description(), method.get().description());
      parameterDifferences(out, spec, table, row, method.get(), language);
    }

    if (table.context().isEmpty()) {
      out.add(source + ": no " + MethodsTable.CONTEXT_SECTION + " section");
    } else {
      TableMethod context = table.context().get();
      listDifferences(out, source + " " + MethodsTable.CONTEXT_SECTION, source, context.parameterNames(),
          "spec.contextParameters", spec.contextParameters().stream().map(Parameter::name).toList());
      for (Parameter parameter : spec.contextParameters()) {
        context.parameter(parameter.name()).ifPresent(row -> compareText(out,
            source + " line " + row.line() + ": context." + parameter.name(), language,
            row.description(), parameter.description()));
      }
    }
    return out;
  }

  private static void parameterDifferences(List<String> out, WcsSpec spec, MethodsTable table, TableMethod row,
      HookMethod method, Language language) {
    String source = table.source();
    listDifferences(out, source + " line " + row.line() + ": " + method.name() + " parameters", source,
        row.parameterNames(), "the spec (by tableName)", method.parameters().stream().map(Parameter::tableName).toList());
    for (Parameter parameter : method.parameters()) {
      Optional<TableRow> cell = row.parameter(parameter.tableName());
      if (cell.isEmpty()) {
        continue;
      }
      String self = method.name() + "." + parameter.name();
      String at = source + " line " + cell.get().line() + ": " + method.name() + "." + parameter.tableName();
      if (cell.get().isGrey() != parameter.isGrey()) {
        out.add(at + (cell.get().isGrey()
            ? " is grey in the table but described in the spec"
            : " is described in the table but grey in the spec (see " + parameter.see().orElse("") + ")"));
        continue;
      }
      if (cell.get().isGrey()) {
        continue;
      }
      List<Erratum> excuses = language.excusedBy.map(kind -> errata(spec, kind, self)).orElse(List.of());
      boolean same = normalise(cell.get().description()).equals(normalise(language.text.apply(parameter.description())));
      if (excuses.isEmpty()) {
        compareText(out, at, language, cell.get().description(), parameter.description());
      } else if (same) {
        out.add(at + ": erratum " + excuses.get(0).id() + " excuses a difference, but the "
            + language.code + " descriptions agree");
      }
    }
  }

  /** A tableName is the table's misprint of the wire name; only a renamedParameter erratum may say so. */
  private static List<String> renameDifferences(WcsSpec spec) {
    List<String> out = new ArrayList<>();
    for (HookMethod method : spec.methods()) {
      for (Parameter parameter : method.parameters()) {
        String self = method.name() + "." + parameter.name();
        boolean renamed = !parameter.tableName().equals(parameter.name());
        boolean explained = !errata(spec, RENAMED_PARAMETER, self).isEmpty();
        if (renamed && !explained) {
          out.add(self + " has tableName " + parameter.tableName() + ", but no erratum of kind " + RENAMED_PARAMETER
              + " affects " + self);
        } else if (!renamed && explained) {
          out.add(self + ": an erratum of kind " + RENAMED_PARAMETER + " affects it, but it has no tableName");
        }
      }
    }
    return out;
  }

  /**
   * The context parameters are "used for all calls from WCS to the Web-server", yet some rows leave
   * them out; only an omittedContext erratum may say so, and only of a method that does.
   */
  private static List<String> omittedContextDifferences(WcsSpec spec) {
    List<String> out = new ArrayList<>();
    List<String> context = spec.contextParameters().stream().map(Parameter::name).toList();
    for (HookMethod method : spec.methods()) {
      List<String> missing = context.stream().filter(name -> method.parameter(name).isEmpty()).toList();
      boolean explained = !errata(spec, OMITTED_CONTEXT, method.name()).isEmpty();
      if (!missing.isEmpty() && !explained) {
        out.add(method.name() + " does not list the context parameters " + missing + ", and no erratum of kind "
            + OMITTED_CONTEXT + " affects " + method.name());
      } else if (missing.isEmpty() && explained) {
        out.add(method.name() + " lists every context parameter, yet an erratum of kind " + OMITTED_CONTEXT
            + " affects it");
      }
    }
    return out;
  }

  /** Names and order of the parameter rows of the same section in 000 and 001, and their grey rows. */
  private static void sectionDifferences(List<String> out, String where, MethodsTable english, TableMethod en,
      MethodsTable russian, TableMethod ru) {
    listDifferences(out, where + " parameters", english.source(), en.parameterNames(), russian.source(),
        ru.parameterNames());
    if (!en.parameterNames().equals(ru.parameterNames())) {
      return;
    }
    for (int i = 0; i < en.parameters().size(); i++) {
      TableRow enRow = en.parameters().get(i);
      TableRow ruRow = ru.parameters().get(i);
      if (enRow.isGrey() != ruRow.isGrey()) {
        out.add(where + "." + enRow.name() + " is " + (enRow.isGrey() ? "grey" : "described") + " in "
            + english.source() + " (line " + enRow.line() + ") but " + (ruRow.isGrey() ? "grey" : "described")
            + " in " + russian.source() + " (line " + ruRow.line() + ")");
      }
    }
  }

  /** Reports what is only in one list, or, when both hold the same names, where the order parts. */
  private static void listDifferences(List<String> out, String what, String leftName, List<String> left,
      String rightName, List<String> right) {
    int before = out.size();
    setDifferences(out, what, leftName, left, rightName, right);
    if (out.size() == before && !left.equals(right)) {
      out.add(what + ": another order in " + rightName + " than in " + leftName + "; " + firstDivergence(left, right));
    }
  }

  /** The multiset difference, so that a name listed twice on one side is reported once too many. */
  private static List<String> minus(List<String> from, List<String> remove) {
    List<String> rest = new ArrayList<>(from);
    remove.forEach(rest::remove);
    return rest;
  }

  private static String firstDivergence(List<String> left, List<String> right) {
    int i = 0;
    while (i < left.size() && i < right.size() && left.get(i).equals(right.get(i))) {
      i++;
    }
    return "position " + (i + 1) + ": " + (i < left.size() ? left.get(i) : "(end)") + " vs "
        + (i < right.size() ? right.get(i) : "(end)") + "\n    " + left + "\n    " + right;
  }

  private static void compareText(List<String> out, String at, Language language, String table, Text spec) {
    String specText = language.text.apply(spec);
    if (!normalise(table).equals(normalise(specText))) {
      out.add(at + ": the " + language.code + " description differs\n    table: \"" + normalise(table)
          + "\"\n    spec:  \"" + normalise(specText) + "\"");
    }
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static List<Erratum> errata(WcsSpec spec, String kind, String target) {
    return spec.errataAffecting(target).stream().filter(e -> e.kind().equals(kind)).toList();
  }
}
