package io.wcshooks.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * WCS's own REST API (seed 002): the other direction, where the backend calls WCS.
 *
 * @param basePath the path prefix on WCS, e.g. {@code /rest-api}
 * @param defaultPorts WCS's default ports by scheme
 * @param authentication how production-mode WCS authenticates callers
 * @param objects the response objects (the Call object)
 * @param enums value sets only the REST API uses
 * @param endpoints the operations
 */
public record RestApi(
    String basePath,
    Map<String, Integer> defaultPorts,
    Authentication authentication,
    List<ApiObject> objects,
    List<EnumType> enums,
    List<Endpoint> endpoints) {

  public RestApi {
    Objects.requireNonNull(basePath, "basePath");
    defaultPorts = Map.copyOf(defaultPorts);
    Objects.requireNonNull(authentication, "authentication");
    objects = List.copyOf(objects);
    enums = List.copyOf(enums);
    endpoints = List.copyOf(endpoints);
  }

  public Optional<ApiObject> object(String name) {
    return objects.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /**
   * HTTP authentication WCS's REST API asks for.
   *
   * @param scheme the HTTP scheme ({@code basic})
   * @param when when WCS requires it
   * @param defaultUsername the factory default user name, if documented
   * @param defaultPassword the factory default password, if documented
   */
  public record Authentication(
      String scheme, String when, Optional<String> defaultUsername, Optional<String> defaultPassword) {
    public Authentication {
      Objects.requireNonNull(scheme, "scheme");
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(defaultUsername, "defaultUsername");
      Objects.requireNonNull(defaultPassword, "defaultPassword");
    }
  }

  /**
   * A JSON object the API returns.
   *
   * @param name its type name
   * @param description what it is
   * @param fields its documented fields, in the documented order
   */
  public record ApiObject(String name, Text description, List<Parameter> fields) {
    public ApiObject {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      fields = List.copyOf(fields);
    }
  }

  /** What an endpoint returns on success. */
  public enum ResponseShape {
    /** An empty body (or {@code {}}). */
    EMPTY,
    /** A JSON array of Call objects. */
    CALL_LIST
  }

  /**
   * One operation of the API.
   *
   * @param path the path below the base path, e.g. {@code /call/startup}
   * @param operation a Java-friendly name for it, e.g. {@code startup}
   * @param description what it does
   * @param request the request body's fields
   * @param response what a 200 carries
   * @param statuses the documented HTTP statuses and their meaning
   */
  public record Endpoint(
      String path,
      String operation,
      Text description,
      List<Parameter> request,
      ResponseShape response,
      Map<Integer, String> statuses) {
    public Endpoint {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(description, "description");
      request = List.copyOf(request);
      Objects.requireNonNull(response, "response");
      statuses = Map.copyOf(statuses);
    }
  }
}
