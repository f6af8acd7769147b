package io.wcshooks.runtime.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.process.Inflector;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * {@code GET <base>/_health} answers 200 {@code {"status":"UP"}} for load balancers and
 * deployment checks. A hook's name is a letter followed by letters and digits, so this path can
 * never shadow a hook. Added to the resource model here, so every application that registers the
 * runtime's feature has it.
 */
public final class HealthEndpoint implements ModelProcessor {
  /** The path below the base path. */
  public static final String PATH = "_health";

  private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.US_ASCII);

  /** The answer's body, for a container that answers health checks itself. */
  public static byte[] up() {
    return UP.clone();
  }

  @Override
  public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
    Resource.Builder health = Resource.builder(PATH);
    health.addMethod("GET")
        .produces(MediaType.APPLICATION_JSON_TYPE)
        .handledBy(new Up());
    return new ResourceModel.Builder(model, false).addResource(health.build()).build();
  }

  /** A named class, not a lambda: Jersey reads the handler's generic types, which a lambda erases. */
  private static final class Up implements Inflector<ContainerRequestContext, Response> {
    @Override
    public Response apply(ContainerRequestContext request) {
      return Response.ok(UP, MediaType.APPLICATION_JSON_TYPE).build();
    }
  }

  @Override
  public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
    return model;
  }
}
