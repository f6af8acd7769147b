package io.wcshooks.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * How the spec's names become the Java names of the generated code, and the names the generator
 * gives the classes and members that come from no spec entry. Here rather than in the processor so
 * that the loader can find names that would clash and report them with their line in the spec;
 * the processor names everything by these rules.
 */
public final class JavaNames {
  /** The restClientConfig builder. */
  public static final String REST_CLIENT_CONFIG_TYPE = "RestClientConfig";
  /** The per-method settings class, nested in the restClientConfig builder. */
  public static final String METHOD_CONFIG_TYPE = "MethodConfig";
  /** The entry point, which builds the application. */
  public static final String ENTRY_POINT_TYPE = "WcsHooks";
  /** The JAX-RS resource. */
  public static final String RESOURCE_TYPE = "WcsHooksResource";
  /** The client of WCS's REST API. */
  public static final String REST_CLIENT_TYPE = "WcsRestClient";

  /** The prefix of the REST API objects' class names: the hooks' {@code call} already generates {@code Call}. */
  private static final String REST_OBJECT_PREFIX = "Wcs";
  /** The suffix of the REST API request bodies' class names. */
  private static final String REST_REQUEST_SUFFIX = "Request";

  /**
   * Members of the request base class ({@code HookRequest}, its protected helpers included), of
   * Object, and the generated {@code create()}, which accessors must not hide or clash with.
   */
  private static final Set<String> RESERVED_MEMBERS = Set.of(
      "json", "isModified", "has", "get", "put", "remove", "toString", "hashCode", "equals", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize", "create",
      "stringField", "booleanField", "integerField", "longField", "numberField", "objectField", "arrayField",
      "listField", "setString", "setBoolean", "setNumber", "setJson", "setList");

  /** The REST API client's own members, of Object's too, which an endpoint's method must not take. */
  static final Set<String> REST_CLIENT_MEMBERS = Set.of(
      "builder", "transport", "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait",
      "clone", "finalize");

  /** Words that are not keywords but cannot name a class. */
  private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

  private JavaNames() {}

  /** {@code publishStream} to {@code PublishStream}, {@code User-Agent} to {@code UserAgent}. */
  public static String typeName(String wireName) {
    StringBuilder out = new StringBuilder();
    for (String part : parts(wireName)) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
    }
    return identifier(out.toString());
  }

  /** {@code ConnectionStatusEvent} to {@code connectionStatusEvent}, {@code User-Agent} to {@code userAgent}. */
  public static String memberName(String wireName) {
    String type = typeName(wireName);
    int upper = 0;
    while (upper < type.length() && Character.isUpperCase(type.charAt(upper))) {
      upper++;
    }
    // "XMLThing" -> "xmlThing"; "URL" -> "url"; "Connect" -> "connect"
    int cut = upper <= 1 || upper == type.length() ? upper : upper - 1;
    String name = type.substring(0, cut).toLowerCase(Locale.ROOT) + type.substring(cut);
    return identifier(name);
  }

  /** A request accessor's name: the member name, kept clear of the base class's own members. */
  public static String accessorName(String wireName) {
    String name = memberName(wireName);
    return RESERVED_MEMBERS.contains(name) ? name + "Field" : name;
  }

  /** {@code audioMuted} to {@code AUDIO_MUTED}, {@code text/plain} to {@code TEXT_PLAIN}, {@code WebRTC} to {@code WEB_RTC}. */
  public static String constantName(String value) {
    List<String> words = new ArrayList<>();
    for (String part : value.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean boundary = i > 0 && Character.isUpperCase(c)
            && (Character.isLowerCase(part.charAt(i - 1))
                || (i + 1 < part.length() && Character.isLowerCase(part.charAt(i + 1))
                    && Character.isUpperCase(part.charAt(i - 1))));
        if (boundary) {
          words.add(word.toString());
          word.setLength(0);
        }
        word.append(c);
      }
      words.add(word.toString());
    }
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      name = "EMPTY";
    }
    return identifier(name);
  }

  /** Whether {@code name} can be the simple name of a generated class. */
  public static boolean isTypeName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !RESTRICTED_TYPE_NAMES.contains(name);
  }

  /** The class of a REST API object: {@code Call} to {@code WcsCall}. */
  public static String restObjectTypeName(String objectName) {
    return REST_OBJECT_PREFIX + typeName(objectName);
  }

  /** The class of a REST API endpoint's request body: {@code terminate} to {@code TerminateRequest}. */
  public static String restRequestTypeName(String operation) {
    return typeName(operation) + REST_REQUEST_SUFFIX;
  }

  private static List<String> parts(String wireName) {
    List<String> parts = new ArrayList<>();
    for (String part : wireName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      parts.add("unnamed");
    }
    return parts;
  }

  private static String identifier(String name) {
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }
}
