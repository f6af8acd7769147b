package io.wcshooks.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names that are fine in the spec but clash once they are Java names ({@link JavaNames}): two
 * entries that would become the same class, accessor, setter, client method or constant, and
 * enum names that cannot name a class. Each clash is reported once, at the entry found second,
 * naming the first with its line; the generated code could not compile, or a class file would
 * overwrite another on a case-insensitive file system.
 */
final class NameClashes {
  /** The generated classes that come from no spec entry, and what they are. */
  private static final Map<String, String> FIXED_TYPES = fixedTypes();

  /** The kinds of entry whose name given twice the loader reports as a duplicate already. */
  private static final Set<String> DUPLICATES_REPORTED = Set.of("method", "enum", "parameter", "value");

  private static final String ENDPOINT = "REST API endpoint";

  private final JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private NameClashes(JsonNode root) {
    this.root = root;
  }

  /** The clashes in a schema-valid spec, each with its line and path. */
  static List<String> find(JsonNode root) {
    NameClashes clashes = new NameClashes(root);
    // Hooks' resource and restClientConfig methods are named like their classes, lower-cased at
    // the start: checking the class names case-insensitively checks those too.
    clashes.typeNames();
    clashes.requestAccessors();
    clashes.constants(root.get("enums"), "$.enums");
    clashes.constants(root.get("restApi").path("enums"), "$.restApi.enums");
    clashes.restClientConfigSetters();
    clashes.restClientMethods();
    clashes.restAccessors();
    return clashes.problems;
  }

  private static Map<String, String> fixedTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put(JavaNames.REST_CLIENT_CONFIG_TYPE, "the generated restClientConfig builder");
    types.put(JavaNames.ENTRY_POINT_TYPE, "the generated entry point");
    types.put(JavaNames.RESOURCE_TYPE, "the generated resource");
    types.put(JavaNames.REST_CLIENT_TYPE, "the generated REST API client");
    return types;
  }

  /**
   * A spec entry that becomes a Java name, or (without a node) a generated class that comes from
   * no entry.
   *
   * @param kind what it is, e.g. "method"
   * @param name its name in the spec; null for a generated class
   */
  private record Entry(String kind, String name, JsonNode node, String path) {
    static Entry fixed(String what) {
      return new Entry(what, null, null, null);
    }

    String what() {
      return name == null ? kind : kind + " '" + name + "'";
    }

    /** What it is and where, for naming it in another entry's problem. */
    String cited() {
      return node == null ? what() : what() + " (" + SpecLoader.location(node, path) + ")";
    }
  }

  /**
   * Whether {@code entry} clashes with {@code previous}, the entry that took its name before it,
   * if any, and is not the same name given twice, which the loader reports as a duplicate.
   */
  private static boolean clash(Entry previous, Entry entry) {
    return previous != null && !(previous.kind().equals(entry.kind()) && previous.name().equals(entry.name())
        && DUPLICATES_REPORTED.contains(entry.kind()));
  }

  private void problem(Entry entry, String message) {
    problems.add(SpecLoader.location(entry.node(), entry.path()) + ": " + message);
  }

  // --- classes ---

  /** An entry and the class it would be generated as. */
  private record Claim(Entry entry, String type) {}

  /** One class per request type, open enum and fixed type; not even two that differ only in case. */
  private void typeNames() {
    List<Claim> claims = new ArrayList<>();
    FIXED_TYPES.forEach((name, what) -> claims.add(new Claim(Entry.fixed(what), name)));
    eachNamed(root.get("methods"), "$.methods", "method",
        entry -> claims.add(new Claim(entry, JavaNames.typeName(entry.name()))));
    eachNamed(root.get("enums"), "$.enums", "enum", entry -> enumType(entry, claims));
    JsonNode api = root.get("restApi");
    eachNamed(api.path("enums"), "$.restApi.enums", "enum", entry -> enumType(entry, claims));
    eachNamed(api.get("objects"), "$.restApi.objects", "REST API object",
        entry -> claims.add(new Claim(entry, JavaNames.restObjectTypeName(entry.name()))));
    JsonNode endpoints = api.get("endpoints");
    for (int e = 0; e < endpoints.size(); e++) {
      JsonNode endpoint = endpoints.get(e);
      if (!endpoint.get("request").isEmpty()) {
        JsonNode operation = endpoint.get("operation");
        Entry entry = new Entry(ENDPOINT, endpoint.get("path").asText(), operation,
            "$.restApi.endpoints[" + e + "].operation");
        claims.add(new Claim(entry, JavaNames.restRequestTypeName(operation.asText())));
      }
    }
    Map<String, Claim> byLowerCase = new HashMap<>();
    for (Claim claim : claims) {
      Claim previous = byLowerCase.putIfAbsent(claim.type().toLowerCase(Locale.ROOT), claim);
      // Two endpoints' request bodies clash exactly when their client methods do: said there.
      boolean twoEndpoints = previous != null && previous.entry().kind().equals(ENDPOINT)
          && claim.entry().kind().equals(ENDPOINT);
      if (previous != null && clash(previous.entry(), claim.entry()) && !twoEndpoints) {
        typeClash(claim, previous);
      }
    }
  }

  /** An enum's class is named as the enum is: the name must be able to name a class. */
  private void enumType(Entry entry, List<Claim> claims) {
    String name = entry.name();
    if (!JavaNames.isTypeName(name) || !Character.isUpperCase(name.charAt(0))) {
      // Upper case keeps generated class names apart from generated variables, which are lower case.
      problem(entry, entry.what() + " cannot name a generated class, which starts with an upper-case letter; "
          + "rename the enum");
      return;
    }
    claims.add(new Claim(entry, name));
  }

  private void typeClash(Claim claim, Claim earlier) {
    Entry entry = claim.entry();
    String type = claim.type();
    Entry previous = earlier.entry();
    String previousType = earlier.type();
    // A hook is named by WCS; an enum's name is the spec author's choice.
    String fix = entry.kind().equals("enum") || previous.kind().equals("enum") ? "; rename the enum" : "";
    if (previousType.equals(type)) {
      problem(entry, previous.node() == null
          ? entry.what() + " would be generated as class " + type + ", the name of " + previous.what() + fix
          : entry.what() + " and " + previous.cited() + " would both be generated as class " + type + fix);
      return;
    }
    String overwrite = ": their files would overwrite each other on a case-insensitive file system (Windows, macOS)";
    problem(entry, previous.node() == null
        ? entry.what() + " would be generated as class " + type + ", which differs only in case from " + previousType
            + ", " + previous.what() + overwrite + fix
        : entry.what() + " and " + previous.cited() + " would be generated as classes " + type + " and "
            + previousType + ", which differ only in case" + overwrite + fix);
  }

  // --- hooks' request types ---

  /**
   * One accessor per field of a request type: "userAgent" and "User-Agent" cannot share
   * userAgent(). A request type has its method's parameters and every context parameter.
   */
  private void requestAccessors() {
    List<Entry> context = new ArrayList<>();
    eachNamed(root.get("contextParameters"), "$.contextParameters", "context parameter",
        entry -> context.add(entry));
    Set<String> contextNames = new HashSet<>();
    Map<String, Entry> byAccessor = new HashMap<>();
    for (Entry entry : context) {
      contextNames.add(entry.name());
      String accessor = JavaNames.accessorName(entry.name());
      Entry previous = byAccessor.putIfAbsent(accessor, entry);
      if (clash(previous, entry)) {
        problem(entry, entry.what() + " and " + previous.cited() + " would both be read and written by " + accessor
            + "() of every request type; a request type needs one accessor per JSON field");
      }
    }

    JsonNode methods = root.get("methods");
    for (int m = 0; m < methods.size(); m++) {
      String type = JavaNames.typeName(methods.get(m).get("name").asText());
      Map<String, Entry> fields = new HashMap<>();
      Set<String> listed = new HashSet<>();
      eachNamed(methods.get(m).get("parameters"), "$.methods[" + m + "].parameters", "parameter", entry -> {
        listed.add(entry.name());
        String accessor = JavaNames.accessorName(entry.name());
        Entry previous = fields.putIfAbsent(accessor, entry);
        // Two context parameters' names: reported once, with the context parameters.
        boolean bothContext = previous != null && contextNames.contains(previous.name())
            && contextNames.contains(entry.name());
        if (clash(previous, entry) && !bothContext) {
          problem(entry, entry.what() + " and " + previous.cited() + " would both be read and written by " + type
              + "." + accessor + "(); a request type needs one accessor per JSON field");
        }
      });
      for (Entry entry : context) {
        if (listed.contains(entry.name())) {
          continue;
        }
        String accessor = JavaNames.accessorName(entry.name());
        Entry parameter = fields.get(accessor);
        if (parameter != null && !contextNames.contains(parameter.name())) {
          problem(parameter, parameter.what() + " and " + entry.cited() + ", which every request type has, would "
              + "both be read and written by " + type + "." + accessor + "(); a request type needs one accessor "
              + "per JSON field");
        }
      }
    }
  }

  // --- open enums ---

  /** One constant per value, observed values included: "WebRTC" and "WEB_RTC" are both WEB_RTC. */
  private void constants(JsonNode enums, String path) {
    for (int e = 0; e < enums.size(); e++) {
      JsonNode type = enums.get(e);
      String name = type.get("name").asText();
      Map<String, Entry> byConstant = new HashMap<>();
      for (String list : List.of("values", "observed")) {
        JsonNode values = type.path(list);
        for (int i = 0; i < values.size(); i++) {
          Entry entry = new Entry("value", values.get(i).asText(), values.get(i),
              path + "[" + e + "]." + list + "[" + i + "]");
          String constant = JavaNames.constantName(entry.name());
          Entry previous = byConstant.putIfAbsent(constant, entry);
          if (clash(previous, entry)) {
            problem(entry, entry.what() + " and " + previous.cited() + " would both be the constant " + name + "."
                + constant);
          }
        }
      }
    }
  }

  // --- restClientConfig ---

  private void restClientConfigSetters() {
    Map<String, Entry> bySetter = new HashMap<>();
    eachNamed(root.get("restClientConfig").get("fields"), "$.restClientConfig.fields", "field", entry -> {
      String setter = JavaNames.memberName(entry.name());
      Entry previous = bySetter.putIfAbsent(setter, entry);
      if (clash(previous, entry)) {
        problem(entry, entry.what() + " and " + previous.cited() + " would both be set by "
            + JavaNames.REST_CLIENT_CONFIG_TYPE + "." + JavaNames.METHOD_CONFIG_TYPE + "." + setter + "(...)");
      }
    });
  }

  // --- REST API client ---

  private void restClientMethods() {
    Map<String, Entry> byMethod = new HashMap<>();
    JsonNode endpoints = root.get("restApi").get("endpoints");
    for (int e = 0; e < endpoints.size(); e++) {
      JsonNode operation = endpoints.get(e).get("operation");
      Entry entry = new Entry("operation", operation.asText(), operation, "$.restApi.endpoints[" + e + "].operation");
      String method = JavaNames.memberName(entry.name());
      if (JavaNames.REST_CLIENT_MEMBERS.contains(method)) {
        problem(entry, entry.what() + " would name the client method " + JavaNames.REST_CLIENT_TYPE + "." + method
            + "(), which the client has already; rename the operation");
      }
      Entry previous = byMethod.putIfAbsent(method, entry);
      if (clash(previous, entry)) {
        problem(entry, entry.what() + " and " + previous.cited() + " would both be the client method "
            + JavaNames.REST_CLIENT_TYPE + "." + method + "(...); rename an operation");
      }
    }
  }

  /** One accessor per field of a REST API object or request body. */
  private void restAccessors() {
    JsonNode api = root.get("restApi");
    JsonNode objects = api.get("objects");
    for (int o = 0; o < objects.size(); o++) {
      restAccessors(objects.get(o).get("fields"), "$.restApi.objects[" + o + "].fields",
          JavaNames.restObjectTypeName(objects.get(o).get("name").asText()));
    }
    JsonNode endpoints = api.get("endpoints");
    for (int e = 0; e < endpoints.size(); e++) {
      restAccessors(endpoints.get(e).get("request"), "$.restApi.endpoints[" + e + "].request",
          JavaNames.restRequestTypeName(endpoints.get(e).get("operation").asText()));
    }
  }

  private void restAccessors(JsonNode fields, String path, String type) {
    Map<String, Entry> byAccessor = new HashMap<>();
    eachNamed(fields, path, "field", entry -> {
      String accessor = JavaNames.accessorName(entry.name());
      Entry previous = byAccessor.putIfAbsent(accessor, entry);
      if (clash(previous, entry)) {
        problem(entry, entry.what() + " and " + previous.cited() + " would both be read by " + type + "." + accessor
            + "()");
      }
    });
  }

  /** Each element of a list of named entries, as an entry at its name. */
  private static void eachNamed(JsonNode list, String path, String kind, Consumer<Entry> action) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      action.accept(new Entry(kind, node.get("name").asText(), node.get("name"), path + "[" + i + "].name"));
    }
  }
}
