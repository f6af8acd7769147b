package io.wcshooks.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.wcshooks.processor.model.FieldModel;
import io.wcshooks.processor.model.Javadocs;
import io.wcshooks.processor.model.RestApiModel;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders the typed client of WCS's own REST API: {@code WcsRestClient} with one method per
 * endpoint, a request body class per endpoint that takes fields, and a class per object WCS
 * returns. Everything comes from the spec's {@code restApi} section; HTTP is the runtime's
 * {@code WcsRestTransport}.
 */
public final class RestClientWriter {
  static final String CLIENT = "io.wcshooks.runtime.client";
  static final ClassName TRANSPORT = ClassName.get(CLIENT, "WcsRestTransport");
  static final ClassName TRANSPORT_BUILDER = TRANSPORT.nestedClass("Builder");
  static final ClassName JSON_OBJECT_VIEW = ClassName.get(CLIENT, "JsonObjectView");
  static final ClassName REST_EXCEPTION = ClassName.get(CLIENT, "WcsRestException");
  static final ClassName NOT_FOUND = ClassName.get(CLIENT, "WcsRestNotFoundException");
  static final ClassName CONFLICT = ClassName.get(CLIENT, "WcsRestConflictException");
  static final ClassName TIMEOUT = ClassName.get(CLIENT, "WcsRestTimeoutException");

  private RestClientWriter() {}

  /** Every file of the client: the objects, the request bodies, then the client. */
  public static List<JavaFile> write(RestApiModel api, String specVersion) {
    List<JavaFile> files = new ArrayList<>();
    for (RestApiModel.ObjectModel object : api.objects()) {
      files.add(objectType(object, specVersion));
    }
    for (RestApiModel.EndpointModel endpoint : api.endpoints()) {
      if (endpoint.requestType().isPresent()) {
        files.add(requestType(endpoint, specVersion));
      }
    }
    files.add(client(api, specVersion));
    return files;
  }

  // --- the client ---

  private static JavaFile client(RestApiModel api, String specVersion) {
    ClassName type = api.clientType();
    LocalNames names = LocalNames.of(type.packageName());
    String transport = names.name("transport");
    String request = names.name("request");
    ClassName builderType = type.nestedClass("Builder");
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(RuntimeTypes.generated(specVersion))
        .addJavadoc("$L\n", Javadocs.wrap("A client of WCS's own REST API, where the backend calls WCS: one method "
            + "per endpoint. Build one with {@link #builder()}, e.g. base URI {@code http://wcs:8081"
            + Javadocs.escape(api.basePath()) + "}; HTTP Basic credentials are needed in "
            + Javadocs.escape(api.authentication()) + ".", Javadocs.WIDTH))
        .addJavadoc("\n<p>A 200 is success. Any other status is a {@link $T} carrying the status and the body:\n"
            + "404 a {@link $T} (except for a search, which then finds nothing),\n"
            + "409 a {@link $T}; no answer in time is a {@link $T}.\n"
            + "Instances are thread-safe.\n", REST_EXCEPTION, NOT_FOUND, CONFLICT, TIMEOUT);

    spec.addField(FieldSpec.builder(String.class, "BASE_PATH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The path prefix of WCS's REST API, which the base URI ends with.\n")
        .initializer("$S", api.basePath())
        .build());
    spec.addField(TRANSPORT, transport, Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TRANSPORT, transport)
        .addJavadoc("A client over a configured transport.\n\n@param $L the HTTP core\n", transport)
        .addStatement("this.$N = $T.requireNonNull($N, $S)", transport, java.util.Objects.class, transport,
            "transport")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builderType)
        .addJavadoc("Settings of a client; only the base URI is required.\n\n@return a new builder\n")
        .addStatement("return new $T()", builderType)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("transport")
        .addModifiers(Modifier.PUBLIC)
        .returns(TRANSPORT)
        .addJavadoc("The HTTP core, to call an endpoint the spec does not know.\n\n@return the transport\n")
        .addStatement("return $N", transport)
        .build());
    for (RestApiModel.EndpointModel endpoint : api.endpoints()) {
      spec.addMethod(endpointMethod(endpoint, transport, request));
    }
    spec.addType(builder(type, builderType, transport));
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec endpointMethod(RestApiModel.EndpointModel endpoint, String transport, String request) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(endpoint.method()).addModifiers(Modifier.PUBLIC);
    StringBuilder doc = new StringBuilder(endpoint.javadoc());
    doc.append("\n\n<p>Statuses:\n<ul>\n");
    endpoint.statuses().forEach((status, meaning) ->
        doc.append("<li>").append(status).append(": ").append(Javadocs.sentence(meaning)).append("</li>\n"));
    doc.append("</ul>");
    method.addJavadoc("$L\n\n", Javadocs.wrap(doc.toString(), Javadocs.WIDTH));
    String body;
    if (endpoint.requestType().isPresent()) {
      method.addParameter(endpoint.requestType().get(), request);
      method.addJavadoc("@param $L the request body\n", request);
      method.addStatement("$T.requireNonNull($N, $S)", java.util.Objects.class, request, "request");
      body = request + ".json()";
    } else {
      body = "null";
    }
    if (endpoint.listItemType().isPresent()) {
      ClassName item = endpoint.listItemType().get();
      method.returns(ParameterizedTypeName.get(ClassName.get(List.class), item));
      method.addJavadoc("@return $L\n", endpoint.notFoundIsEmpty()
          ? "the objects WCS answered; empty when it answers 404 (" + Javadocs.escape(endpoint.statuses().get(404))
              + ")"
          : "the objects WCS answered");
      method.addStatement("return $N.postForObjects($S, $L, $L).stream().map($T::new).toList()",
          transport, endpoint.path(), body, endpoint.notFoundIsEmpty(), item);
    } else {
      method.addStatement("$N.post($S, $L)", transport, endpoint.path(), body);
    }
    for (Map.Entry<Integer, String> status : endpoint.statuses().entrySet()) {
      ClassName exception = status.getKey() == 404 && !endpoint.notFoundIsEmpty() ? NOT_FOUND
          : status.getKey() == 409 ? CONFLICT : null;
      if (exception != null) {
        method.addException(exception);
        method.addJavadoc("@throws $T $L ($L)\n", exception, status.getKey(), Javadocs.escape(status.getValue()));
      }
    }
    method.addJavadoc("@throws $T on no answer within the timeouts\n", TIMEOUT);
    method.addJavadoc("@throws $T on any other status than 200, or a failed connection\n", REST_EXCEPTION);
    return method.build();
  }

  private static TypeSpec builder(ClassName client, ClassName builderType, String transport) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(builderType)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Settings of a {@link $T}.\n", client)
        .addField(FieldSpec.builder(TRANSPORT_BUILDER, transport, Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder()", TRANSPORT).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    record Setting(String name, String doc, TypeName[] types, String[] names, String[] paramDocs, String throwsDoc) {}
    TypeName[] string = {ClassName.get(String.class)};
    TypeName[] duration = {ClassName.get(Duration.class)};
    String baseUriThrows = "@throws IllegalArgumentException for a URI that is not http(s), has no host, has a query or a\n"
        + "    fragment, or carries credentials (they go to {@link #basicAuth(String, String)})\n";
    List<Setting> settings = List.of(
        new Setting("baseUri", "WCS's REST API, e.g. {@code http://wcs:8081/rest-api} (https on 8444).",
            string, new String[] {"baseUri"}, new String[] {"the base URI"}, baseUriThrows),
        new Setting("baseUri", "WCS's REST API, e.g. {@code http://wcs:8081/rest-api} (https on 8444).",
            new TypeName[] {ClassName.get(URI.class)}, new String[] {"baseUri"}, new String[] {"the base URI"},
            baseUriThrows),
        new Setting("basicAuth", "HTTP Basic credentials, which WCS in production mode requires.",
            new TypeName[] {ClassName.get(String.class), ClassName.get(String.class)},
            new String[] {"username", "password"}, new String[] {"the username", "the password"},
            "@throws IllegalArgumentException when the user name has a colon, which Basic authentication cannot carry,\n"
                + "    or either starts or ends with whitespace (as one read from a file with its line break does)\n"),
        new Setting("connectTimeout", "How long to wait for a connection; 10 seconds by default.",
            duration, new String[] {"timeout"}, new String[] {"the timeout"}, ""),
        new Setting("requestTimeout", "How long to wait for each complete answer, headers and body, from the moment it is\n"
            + "sent, connecting included; 10 seconds by default.", duration, new String[] {"timeout"},
            new String[] {"the timeout"}, ""),
        new Setting("maxAnswerBytes", "The largest answer body read, in bytes; 16 MiB by default. A bigger one is a\n"
            + "{@link " + REST_EXCEPTION.simpleName() + "} with the answer's status, not held in memory.",
            new TypeName[] {TypeName.LONG}, new String[] {"max"}, new String[] {"the limit, positive"}, ""));
    for (Setting setting : settings) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(setting.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(builderType)
          .addJavadoc("$L\n\n", setting.doc());
      for (int i = 0; i < setting.types().length; i++) {
        method.addParameter(setting.types()[i], setting.names()[i]);
        method.addJavadoc("@param $L $L\n", setting.names()[i], setting.paramDocs()[i]);
      }
      method.addJavadoc("@return this builder\n$L", setting.throwsDoc());
      method.addStatement("$N.$L($L)", transport, setting.name(), String.join(", ", setting.names()))
          .addStatement("return this");
      spec.addMethod(method.build());
    }
    spec.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addJavadoc("The client.\n\n@return a new client\n@throws IllegalStateException without a base URI\n")
        .addStatement("return new $T($N.build())", client, transport)
        .build());
    return spec.build();
  }

  // --- request bodies ---

  private static JavaFile requestType(RestApiModel.EndpointModel endpoint, String specVersion) {
    ClassName type = endpoint.requestType().orElseThrow();
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(JSON_OBJECT_VIEW)
        .addAnnotation(RuntimeTypes.generated(specVersion))
        .addJavadoc("$L\n", Javadocs.wrap("The body of {@code POST <base URI>" + Javadocs.escape(endpoint.path())
            + "}, for {@link " + RestApiModel.CLIENT_TYPE + "#" + endpoint.method() + "(" + type.simpleName()
            + ")}. Fields left unset are not sent, so WCS applies its defaults.", Javadocs.WIDTH));
    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.OBJECT_NODE, "json")
        .addJavadoc("A view over a JSON body: setters write to {@code json} itself.\n\n@param json the body\n")
        .addStatement("super(json)")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addJavadoc("An empty body.\n\n@return a request without fields\n")
        .addStatement("return new $T(emptyObject())", type)
        .build());
    for (FieldModel field : endpoint.requestFields()) {
      spec.addMethod(getter(field));
      spec.addMethod(setter(type, field));
    }
    CredentialsToString.of(endpoint.requestFields(), JSON_OBJECT_VIEW).ifPresent(spec::addMethod);
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  // --- objects ---

  private static JavaFile objectType(RestApiModel.ObjectModel object, String specVersion) {
    ClassName type = object.type();
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(JSON_OBJECT_VIEW)
        .addAnnotation(RuntimeTypes.generated(specVersion))
        .addJavadoc("$L\n", Javadocs.wrap(object.javadoc(), Javadocs.WIDTH));
    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.OBJECT_NODE, "json")
        .addJavadoc("A view over the object as WCS sent it.\n\n@param json the object\n")
        .addStatement("super(json)")
        .build());
    for (FieldModel field : object.fields()) {
      spec.addMethod(getter(field));
    }
    CredentialsToString.of(object.fields(), JSON_OBJECT_VIEW).ifPresent(spec::addMethod);
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec getter(FieldModel field) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(field.accessor())
        .addModifiers(Modifier.PUBLIC)
        .returns(field.javaType())
        .addJavadoc("$L\n", Javadocs.wrap(field.javadoc(), Javadocs.WIDTH))
        .addJavadoc("\n@return the value, or null when absent or JSON null\n");
    String wire = field.wireName();
    switch (field.kind()) {
      case ENUM -> getter.addStatement("return $T.of(stringField($S))", field.javaType(), wire);
      case BOOLEAN -> getter.addStatement("return booleanField($S)", wire);
      case INTEGER -> getter.addStatement("return integerField($S)", wire);
      case NUMBER -> getter.addStatement("return numberField($S)", wire);
      case OBJECT -> getter.addStatement("return objectField($S)", wire);
      case ARRAY -> getter.addStatement("return arrayField($S)", wire);
      default -> getter.addStatement("return stringField($S)", wire);
    }
    return getter.build();
  }

  private static MethodSpec setter(ClassName owner, FieldModel field) {
    String wire = field.wireName();
    MethodSpec.Builder setter = MethodSpec.methodBuilder(field.accessor())
        .addModifiers(Modifier.PUBLIC)
        .returns(owner)
        .addParameter(field.javaType(), "value")
        .addJavadoc("$L\n", Javadocs.wrap("Sets " + Javadocs.code("\"" + wire + "\"") + "; null leaves it out of "
            + "the body.", Javadocs.WIDTH))
        .addJavadoc("\n@param value the value\n@return this request\n");
    switch (field.kind()) {
      case ENUM -> setter.addStatement("setString($S, value == null ? null : value.value())", wire);
      case BOOLEAN -> setter.addStatement("setBoolean($S, value)", wire);
      case INTEGER, NUMBER -> setter.addStatement("setNumber($S, value)", wire);
      case OBJECT, ARRAY -> setter.addStatement("setJson($S, value)", wire);
      default -> setter.addStatement("setString($S, value)", wire);
    }
    return setter.addStatement("return this").build();
  }
}
