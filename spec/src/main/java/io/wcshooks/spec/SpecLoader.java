package io.wcshooks.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.serialization.JsonNodeReader;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a spec file (YAML or JSON), validates it against the schema and its cross-references,
 * and builds the {@link WcsSpec} model; then checks that its names stay apart as Java names
 * ({@link NameClashes}). Every problem is reported with its line and path, all at once, in one
 * {@link SpecException}.
 */
public final class SpecLoader {

  /** The classpath resource of the spec this module ships. */
  public static final String BUNDLED_SPEC = "io/wcshooks/spec/wcs-hooks.yaml";

  /** The classpath resource of the schema every spec must satisfy. */
  public static final String SCHEMA = "io/wcshooks/spec/wcs-hooks.schema.json";

  private static final JsonNodeReader READER = JsonNodeReader.builder().locationAware().build();

  private SpecLoader() {}

  /** The spec bundled in this module's jar. */
  public static WcsSpec loadBundled() {
    try (InputStream in = resource(BUNDLED_SPEC)) {
      return load(BUNDLED_SPEC, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A spec file on disk, e.g. a user's own edited copy. A relative path is resolved against the
   * working directory, which error messages name: in a build tool, it need not be the module's.
   */
  public static WcsSpec load(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new SpecException(source, "cannot read: " + file + " is a directory, not a file", null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return load(source, in);
    } catch (NoSuchFileException e) {
      throw new SpecException(source, "cannot read: " + file + ": no such file, the file does not exist"
          + resolvedAgainst(file), e);
    } catch (AccessDeniedException e) {
      throw new SpecException(source, "cannot read: " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new SpecException(source, "cannot read: " + file + ": " + e.getMessage(), e);
    }
  }

  /** For a relative path, where it was looked for. */
  private static String resolvedAgainst(Path file) {
    if (file.isAbsolute()) {
      return "";
    }
    return " (a relative path, resolved against the working directory " + Path.of("").toAbsolutePath()
        + ", so looked for at " + file.toAbsolutePath() + ")";
  }

  /**
   * Reads a spec.
   *
   * @param sourceName how error messages name the source
   * @param in the spec's bytes, YAML (JSON is YAML too)
   */
  public static WcsSpec load(String sourceName, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new SpecException(sourceName, "cannot read: " + e.getMessage(), e);
    }
    notUtf8(bytes).ifPresent(problem -> {
      throw new SpecException(sourceName, List.of(problem));
    });
    JsonNode tree;
    try {
      tree = READER.readTree(new ByteArrayInputStream(bytes), InputFormat.YAML);
    } catch (JsonProcessingException e) {
      throw notYaml(sourceName, e);
    } catch (IllegalArgumentException e) {
      // The location-aware reader wraps parse errors.
      if (e.getCause() instanceof JsonProcessingException cause) {
        throw notYaml(sourceName, cause);
      }
      throw new SpecException(sourceName, "cannot read: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SpecException(sourceName, "cannot read: " + e.getMessage(), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new SpecException(sourceName, List.of("line 1, $: the file is empty"));
    }
    List<String> problems = repeatedKeys(bytes);
    problems.addAll(validateSchema(tree, yamlOneOneBooleans(bytes)));
    if (!problems.isEmpty()) {
      throw new SpecException(sourceName, problems);
    }
    Builder builder = new Builder(tree);
    WcsSpec spec = builder.build();
    problems.addAll(builder.problems);
    problems.addAll(NameClashes.find(tree));
    if (!problems.isEmpty()) {
      throw new SpecException(sourceName, problems);
    }
    return spec;
  }

  /**
   * Where the bytes stop being UTF-8, if they do. The YAML reader finds it too, but decodes in
   * blocks and reports where its parser was, lines before the byte.
   */
  private static Optional<String> notUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
    if (!result.isError()) {
      return Optional.empty();
    }
    int at = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
    return Optional.of("line " + line + ", column " + column + ": not UTF-8: byte "
        + String.format("0x%02X", bytes[at] & 0xff) + " is not valid here in UTF-8; save the spec as UTF-8");
  }

  private static SpecException notYaml(String sourceName, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return new SpecException(sourceName, where + "not valid YAML: " + e.getOriginalMessage(), e);
  }

  /**
   * Keys given twice in one mapping. The YAML parser keeps the last without a word, so a second
   * {@code parameters:} in a method would drop the first list and a second {@code kind:} change
   * the kind: the schema sees nothing wrong with what is left.
   */
  private static List<String> repeatedKeys(byte[] bytes) {
    List<String> problems = new ArrayList<>();
    Deque<Map<String, Integer>> mappings = new ArrayDeque<>();
    try (JsonParser parser = new YAMLFactory().createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          mappings.push(new HashMap<>());
        } else if (token == JsonToken.END_OBJECT) {
          mappings.pop();
        } else if (token == JsonToken.FIELD_NAME) {
          int line = parser.currentTokenLocation().getLineNr();
          Integer first = mappings.peek().putIfAbsent(parser.currentName(), line);
          if (first != null) {
            problems.add("line " + line + ", " + pathOf(parser.getParsingContext()) + ": key '" + parser.currentName()
                + "' is repeated (first on line " + first + "); YAML would keep only the last, remove one");
          }
        }
      }
    } catch (IOException e) {
      // The tree was read from the same bytes: a problem here has been reported already.
    }
    return problems;
  }

  /**
   * The booleans written as words only YAML 1.1 reads as booleans ({@code ON}, {@code off},
   * {@code yes}, {@code No}...), by where they are, with the word as written. An enum value
   * {@code ON} is a boolean to the parser, and "boolean found" alone does not say why.
   */
  private static Map<String, String> yamlOneOneBooleans(byte[] bytes) {
    Map<String, String> words = new HashMap<>();
    try (JsonParser parser = new YAMLFactory().createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        boolean bool = token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        // The YAML parser gives a scalar's text as written.
        String word = parser.getText();
        if (bool && !word.equalsIgnoreCase("true") && !word.equalsIgnoreCase("false")) {
          words.put(where(parser.currentTokenLocation()), word);
        }
      }
    } catch (IOException e) {
      // The tree was read from the same bytes: a problem here has been reported already.
    }
    return words;
  }

  private static String where(JsonLocation location) {
    return location.getLineNr() + ":" + location.getColumnNr();
  }

  /** A parser's position as the schema validator writes it: {@code $.methods[0].kind}. */
  private static String pathOf(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      parts.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
    }
    return "$" + String.join("", parts);
  }

  /** @param yamlOneOneBooleans booleans written as YAML 1.1 words, as {@link #yamlOneOneBooleans} finds them */
  private static List<String> validateSchema(JsonNode tree, Map<String, String> yamlOneOneBooleans) {
    JsonSchema schema;
    try (InputStream in = resource(SCHEMA)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ValidationMessage> messages = new ArrayList<>(schema.validate(tree));
    messages.sort(Comparator.comparingInt((ValidationMessage m) -> lineOf(m.getInstanceNode()))
        .thenComparing(m -> m.getInstanceLocation().toString()));
    List<String> problems = new ArrayList<>();
    for (ValidationMessage message : messages) {
      String text = message.getMessage();
      // The validator prefixes the path; the prefix is said once, with the line.
      String path = message.getInstanceLocation().toString();
      if (text.startsWith(path + ": ")) {
        text = text.substring(path.length() + 2);
      }
      JsonNode node = message.getInstanceNode();
      JsonLocation location = node == null ? null : JsonNodes.tokenLocationOf(node);
      String word = location == null || !node.isBoolean() ? null : yamlOneOneBooleans.get(where(location));
      if (word != null && "type".equals(message.getType())) {
        text += "; YAML reads " + word + " as the boolean " + node.booleanValue() + ": write \"" + word + "\" in quotes";
      }
      problems.add(at(node, path) + text);
    }
    return problems;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SpecLoader.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  private static int lineOf(JsonNode node) {
    JsonLocation location = node == null ? null : JsonNodes.tokenLocationOf(node);
    return location == null ? 0 : location.getLineNr();
  }

  private static String at(JsonNode node, String path) {
    return location(node, path) + ": ";
  }

  /** Where a node is, as problems say it: {@code line 12, $.methods[0].name}. */
  static String location(JsonNode node, String path) {
    int line = lineOf(node);
    return (line > 0 ? "line " + line + ", " : "") + path;
  }

  /** Builds the model from a schema-valid tree and checks what a schema cannot: references. */
  private static final class Builder {
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, EnumType> enums = new LinkedHashMap<>();
    /** Described (non-grey) parameters by "Method.param" and "context.param". */
    private final Map<String, Parameter> described = new HashMap<>();

    Builder(JsonNode root) {
      this.root = root;
    }

    WcsSpec build() {
      for (JsonNode e : root.get("enums")) {
        addEnum(e, "$.enums");
      }
      List<EnumType> hookEnums = List.copyOf(enums.values());
      JsonNode apiEnums = root.get("restApi").path("enums");
      List<EnumType> restApiEnums = new ArrayList<>();
      for (JsonNode e : apiEnums) {
        restApiEnums.add(addEnum(e, "$.restApi.enums"));
      }

      List<Parameter> context = new ArrayList<>();
      JsonNode contextNodes = root.get("contextParameters");
      for (int i = 0; i < contextNodes.size(); i++) {
        Parameter p = described(contextNodes.get(i), "$.contextParameters[" + i + "]");
        context.add(p);
        described.put("context." + p.name(), p);
      }

      // First pass: described parameters, so that grey ones can point above or below.
      JsonNode methodNodes = root.get("methods");
      Set<String> methodNames = new HashSet<>();
      for (int m = 0; m < methodNodes.size(); m++) {
        JsonNode method = methodNodes.get(m);
        String name = method.get("name").asText();
        if (!methodNames.add(name)) {
          problem(method.get("name"), "$.methods[" + m + "].name", "duplicate method '" + name + "'");
        }
        JsonNode params = method.get("parameters");
        for (int i = 0; i < params.size(); i++) {
          JsonNode p = params.get(i);
          if (!p.has("see")) {
            described.put(name + "." + p.get("name").asText(),
                described(p, "$.methods[" + m + "].parameters[" + i + "]"));
          }
        }
      }

      List<HookMethod> methods = new ArrayList<>();
      for (int m = 0; m < methodNodes.size(); m++) {
        methods.add(method(methodNodes.get(m), "$.methods[" + m + "]"));
      }

      RestClientConfigSpec restClientConfig = restClientConfig(root.get("restClientConfig"));
      Map<String, Map<MethodKind, String>> onError = new LinkedHashMap<>();
      root.get("onError").fields().forEachRemaining(entry -> {
        Map<MethodKind, String> perKind = new EnumMap<>(MethodKind.class);
        entry.getValue().fields().forEachRemaining(
            k -> perKind.put(MethodKind.fromSpecName(k.getKey()), k.getValue().asText()));
        onError.put(entry.getKey(), perKind);
      });
      RestApi restApi = restApi(root.get("restApi"), restApiEnums);
      List<Erratum> errata = errata(root.get("errata"), methods, context);

      return new WcsSpec(
          root.get("specVersion").asText(),
          root.get("title").asText(),
          context,
          hookEnums,
          methods,
          restClientConfig,
          onError,
          restApi,
          errata);
    }

    private EnumType addEnum(JsonNode node, String path) {
      String name = node.get("name").asText();
      List<String> values = strings(node.get("values"));
      List<String> observed = strings(node.path("observed"));
      Map<String, String> aliases = new LinkedHashMap<>();
      node.path("aliases").fields().forEachRemaining(e -> aliases.put(e.getKey(), e.getValue().asText()));
      for (String value : observed) {
        if (values.contains(value)) {
          problem(node.get("observed"), path + "." + name + ".observed",
              "'" + value + "' is already listed in values");
        }
      }
      aliases.forEach((alias, target) -> {
        if (!values.contains(target) && !observed.contains(target)) {
          problem(node.get("aliases"), path + "." + name + ".aliases",
              "alias '" + alias + "' names '" + target + "', which is not a value of " + name);
        }
      });
      EnumType type = new EnumType(name, values, observed, aliases);
      if (enums.putIfAbsent(name, type) != null) {
        problem(node.get("name"), path, "duplicate enum '" + name + "'");
      }
      return type;
    }

    private Parameter described(JsonNode node, String path) {
      String name = node.get("name").asText();
      JsonType type = JsonType.fromSpecName(node.get("type").asText());
      Optional<JsonType> items = Optional.ofNullable(node.get("items")).map(n -> JsonType.fromSpecName(n.asText()));
      Optional<String> enumName = optionalText(node, "enum");
      enumName.ifPresent(e -> checkEnum(node.get("enum"), path + ".enum", e));
      // What the generator can map: anything else would be dropped without a word.
      if (items.isPresent() && type != JsonType.ARRAY) {
        problem(node.get("items"), path + ".items", "items applies to type array only, not to type " + type.specName());
      }
      boolean strings = type == JsonType.STRING || (type == JsonType.ARRAY && items.equals(Optional.of(JsonType.STRING)));
      if (enumName.isPresent() && !strings) {
        problem(node.get("enum"), path + ".enum", "an enum applies to type string or to an array of strings (items: "
            + "string), not to type " + type.specName() + items.map(t -> " of " + t.specName()).orElse(""));
      }
      return new Parameter(name, tableName(node, name), type, items, enumName, text(node.get("description")),
          Optional.empty(), node.path("credential").asBoolean(false));
    }

    private HookMethod method(JsonNode node, String path) {
      String name = node.get("name").asText();
      List<Parameter> parameters = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      JsonNode params = node.get("parameters");
      for (int i = 0; i < params.size(); i++) {
        JsonNode p = params.get(i);
        String pPath = path + ".parameters[" + i + "]";
        String pName = p.get("name").asText();
        if (!seen.add(pName)) {
          problem(p.get("name"), pPath + ".name", "duplicate parameter '" + pName + "' in method " + name);
        }
        if (p.has("see")) {
          parameters.add(grey(p, pPath, pName));
        } else {
          parameters.add(described.get(name + "." + pName));
        }
      }
      return new HookMethod(
          name,
          MethodKind.fromSpecName(node.get("kind").asText()),
          Forbid.fromSpecName(node.get("forbid").asText()),
          node.path("stopOnForbid").asBoolean(false),
          text(node.get("description")),
          parameters);
    }

    private Parameter grey(JsonNode node, String path, String name) {
      String see = node.get("see").asText();
      checkCredentialInherited(node, path, see);
      Parameter target = described.get(see);
      if (target == null) {
        problem(node.get("see"), path + ".see", "'" + see + "' is not a described parameter"
            + " (write Method.param of a row with a description, or context.param)");
        return new Parameter(name, tableName(node, name), JsonType.STRING, Optional.empty(), Optional.empty(),
            Text.EMPTY, Optional.of(see), false);
      }
      return new Parameter(name, tableName(node, name), target.type(), target.itemType(), target.enumName(),
          target.description(), Optional.of(see), target.credential());
    }

    /**
     * A parameter with {@code see} is a credential exactly when the one it sees is: marked in one
     * place, the two cannot disagree, and a copy of {@code sipPassword} cannot be left unmarked.
     */
    private void checkCredentialInherited(JsonNode node, String path, String see) {
      if (node.has("credential")) {
        problem(node.get("credential"), path + ".credential", "a parameter with see is a credential when '" + see
            + "' is: mark that parameter, and remove credential here");
      }
    }

    private RestClientConfigSpec restClientConfig(JsonNode node) {
      List<RestClientConfigField> fields = new ArrayList<>();
      JsonNode fieldNodes = node.get("fields");
      for (int i = 0; i < fieldNodes.size(); i++) {
        JsonNode f = fieldNodes.get(i);
        String path = "$.restClientConfig.fields[" + i + "]";
        Optional<String> enumName = optionalText(f, "enum");
        String defaultValue = f.get("default").asText();
        JsonType fieldType = JsonType.fromSpecName(f.get("type").asText());
        // The builder's setters write strings: a field list, or one value.
        if (fieldType != JsonType.STRING && fieldType != JsonType.FIELD_LIST) {
          problem(f.get("type"), path + ".type", "a restClientConfig field is of type string or fieldList, not "
              + fieldType.specName());
        } else if (enumName.isPresent() && fieldType != JsonType.STRING) {
          problem(f.get("enum"), path + ".enum", "an enum applies to type string, not to type "
              + fieldType.specName());
        }
        enumName.ifPresent(e -> {
          checkEnum(f.get("enum"), path + ".enum", e);
          EnumType type = enums.get(e);
          if (type != null && !type.allValues().contains(defaultValue)) {
            problem(f.get("default"), path + ".default", "'" + defaultValue + "' is not a value of " + e);
          }
        });
        fields.add(new RestClientConfigField(f.get("name").asText(), fieldType, enumName, defaultValue,
            text(f.get("description"))));
      }
      return new RestClientConfigSpec(text(node.get("description")), fields);
    }

    private RestApi restApi(JsonNode node, List<EnumType> apiEnums) {
      JsonNode auth = node.get("authentication");
      JsonNode credentials = auth.path("defaultCredentials");
      RestApi.Authentication authentication = new RestApi.Authentication(
          auth.get("scheme").asText(),
          auth.get("when").asText(),
          optionalText(credentials, "username"),
          optionalText(credentials, "password"));
      Map<String, Integer> ports = new LinkedHashMap<>();
      node.path("defaultPorts").fields().forEachRemaining(e -> ports.put(e.getKey(), e.getValue().asInt()));

      List<RestApi.ApiObject> objects = new ArrayList<>();
      JsonNode objectNodes = node.get("objects");
      for (int i = 0; i < objectNodes.size(); i++) {
        JsonNode o = objectNodes.get(i);
        objects.add(new RestApi.ApiObject(o.get("name").asText(), text(o.get("description")),
            apiFields(o.get("fields"), "$.restApi.objects[" + i + "].fields")));
      }
      List<RestApi.Endpoint> endpoints = new ArrayList<>();
      JsonNode endpointNodes = node.get("endpoints");
      for (int i = 0; i < endpointNodes.size(); i++) {
        JsonNode e = endpointNodes.get(i);
        String path = "$.restApi.endpoints[" + i + "]";
        Map<Integer, String> statuses = new LinkedHashMap<>();
        e.get("statuses").fields().forEachRemaining(s -> statuses.put(Integer.parseInt(s.getKey()), s.getValue().asText()));
        if (!statuses.containsKey(200)) {
          problem(e.get("statuses"), path + ".statuses", "an endpoint must document its 200 answer");
        }
        boolean callList = "callList".equals(e.get("response").asText());
        if (callList && objects.stream().noneMatch(o -> o.name().equals("Call"))) {
          problem(e.get("response"), path + ".response", "callList answers a list of Call objects, but $.restApi.objects "
              + "has no Call; add it");
        }
        endpoints.add(new RestApi.Endpoint(
            e.get("path").asText(),
            e.get("operation").asText(),
            text(e.get("description")),
            apiFields(e.get("request"), path + ".request"),
            callList ? RestApi.ResponseShape.CALL_LIST : RestApi.ResponseShape.EMPTY,
            statuses));
      }
      return new RestApi(node.get("basePath").asText(), ports, authentication, objects, apiEnums, endpoints);
    }

    private List<Parameter> apiFields(JsonNode nodes, String path) {
      List<Parameter> fields = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        JsonNode f = nodes.get(i);
        String fPath = path + "[" + i + "]";
        String name = f.get("name").asText();
        Optional<String> enumName = optionalText(f, "enum");
        enumName.ifPresent(e -> checkEnum(f.get("enum"), fPath + ".enum", e));
        JsonType type = JsonType.fromSpecName(f.get("type").asText());
        if (enumName.isPresent() && type != JsonType.STRING) {
          problem(f.get("enum"), fPath + ".enum", "an enum applies to type string, not to type " + type.specName());
        }
        Optional<String> see = optionalText(f, "see");
        Text description = text(f.get("description"));
        boolean credential = f.path("credential").asBoolean(false);
        if (see.isPresent()) {
          checkCredentialInherited(f, fPath, see.get());
          Parameter target = described.get(see.get());
          if (target == null) {
            problem(f.get("see"), fPath + ".see", "'" + see.get() + "' is not a described parameter");
          } else {
            credential = target.credential();
            if (description.isEmpty()) {
              description = target.description();
            }
          }
        }
        fields.add(new Parameter(name, name, type, Optional.empty(), enumName, description, see, credential));
      }
      return fields;
    }

    private List<Erratum> errata(JsonNode nodes, List<HookMethod> methods, List<Parameter> context) {
      Map<String, HookMethod> byName = new HashMap<>();
      methods.forEach(m -> byName.put(m.name(), m));
      List<Erratum> errata = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < nodes.size(); i++) {
        JsonNode e = nodes.get(i);
        String path = "$.errata[" + i + "]";
        String id = e.get("id").asText();
        if (!ids.add(id)) {
          problem(e.get("id"), path + ".id", "duplicate erratum id '" + id + "'");
        }
        List<String> affects = strings(e.get("affects"));
        for (int a = 0; a < affects.size(); a++) {
          String target = affects.get(a);
          String[] parts = target.split("\\.", 2);
          HookMethod method = byName.get(parts[0]);
          boolean known = method != null && (parts.length == 1 || method.parameter(parts[1]).isPresent());
          if (!known) {
            problem(e.get("affects").get(a), path + ".affects[" + a + "]",
                "'" + target + "' is not a method or Method.param of this spec");
          }
        }
        errata.add(new Erratum(id, e.get("kind").asText(), affects, strings(e.get("sources")),
            e.get("text").asText(), e.get("decision").asText(), e.get("why").asText()));
      }
      return errata;
    }

    private void checkEnum(JsonNode node, String path, String name) {
      if (!enums.containsKey(name)) {
        problem(node, path, "unknown enum '" + name + "'; declared enums: " + String.join(", ", enums.keySet()));
      }
    }

    private void problem(JsonNode node, String path, String message) {
      problems.add(at(node, path) + message);
    }

    private static String tableName(JsonNode node, String name) {
      return optionalText(node, "tableName").orElse(name);
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Text text(JsonNode node) {
      if (node == null || node.isMissingNode()) {
        return Text.EMPTY;
      }
      Function<String, String> field = f -> node.path(f).asText("");
      return new Text(field.apply("en"), field.apply("ru"));
    }

    private static List<String> strings(JsonNode array) {
      List<String> out = new ArrayList<>();
      array.forEach(n -> out.add(n.asText()));
      return out;
    }
  }
}
