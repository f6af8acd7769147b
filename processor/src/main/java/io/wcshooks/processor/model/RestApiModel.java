package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import io.wcshooks.spec.JavaNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generated client of WCS's own REST API (the spec's {@code restApi} section).
 *
 * @param clientType the client class ({@value #CLIENT_TYPE})
 * @param basePath WCS's path prefix, e.g. {@code /rest-api}
 * @param authentication when WCS asks for HTTP Basic authentication, for the client's Javadoc
 * @param objects the objects WCS returns (the Call object)
 * @param enums the open enums only the REST API uses
 * @param endpoints one client method each
 */
public record RestApiModel(
    ClassName clientType,
    String basePath,
    String authentication,
    List<ObjectModel> objects,
    List<EnumModel> enums,
    List<EndpointModel> endpoints) {

  /** The client's simple name. */
  public static final String CLIENT_TYPE = JavaNames.REST_CLIENT_TYPE;

  public RestApiModel {
    objects = List.copyOf(objects);
    enums = List.copyOf(enums);
    endpoints = List.copyOf(endpoints);
  }

  /**
   * An object WCS returns, with a getter per documented field.
   *
   * @param type its class, e.g. {@code WcsCall}
   * @param name its spec name, e.g. {@code Call}
   * @param javadoc its documentation
   * @param fields its documented fields
   */
  public record ObjectModel(ClassName type, String name, String javadoc, List<FieldModel> fields) {
    public ObjectModel {
      fields = List.copyOf(fields);
    }
  }

  /**
   * One endpoint, one client method.
   *
   * @param path the path below the base path, e.g. {@code /call/startup}
   * @param method the client method's name, from the spec's {@code operation}
   * @param javadoc what it does
   * @param requestType the request body's class; empty when the endpoint takes no fields
   * @param requestFields the request body's fields
   * @param listItemType for an endpoint that answers a list of objects, the objects' class
   * @param statuses the documented statuses and their meaning, in ascending order
   */
  public record EndpointModel(
      String path,
      String method,
      String javadoc,
      Optional<ClassName> requestType,
      List<FieldModel> requestFields,
      Optional<ClassName> listItemType,
      Map<Integer, String> statuses) {
    public EndpointModel {
      requestFields = List.copyOf(requestFields);
    }

    /** Whether a 404 means "none found": the endpoint lists objects and documents 404. */
    public boolean notFoundIsEmpty() {
      return listItemType.isPresent() && statuses.containsKey(404);
    }
  }
}
