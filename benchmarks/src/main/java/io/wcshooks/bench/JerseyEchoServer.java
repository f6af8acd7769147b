package io.wcshooks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * (c) What an expert Jersey user writes for the same echo on the same container: one singleton
 * resource, raw bytes in, parsed once as a Jackson tree (so malformed JSON is a 400, as in the
 * hook server), written back. No DTO binding, no per-request instance. Args: port and the
 * container, {@value #JETTY} (with jersey-container-jetty-http) or {@value #GRIZZLY}.
 */
public final class JerseyEchoServer {
  static final String JETTY = "jetty";
  static final String GRIZZLY = "grizzly";

  private JerseyEchoServer() {}

  @Singleton
  @Path("/")
  public static final class EchoResource {
    private final ObjectMapper mapper = new ObjectMapper();

    @POST
    @Path("{hook}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] echo(@PathParam("hook") String hook, byte[] body) {
      try {
        JsonNode tree = mapper.readTree(body);
        if (tree == null || !tree.isObject()) {
          throw new WebApplicationException(Response.Status.BAD_REQUEST);
        }
        return mapper.writeValueAsBytes(tree);
      } catch (IOException e) {
        throw new WebApplicationException(Response.Status.BAD_REQUEST);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    ResourceConfig config = new ResourceConfig().register(new EchoResource());
    URI uri = URI.create("http://127.0.0.1:" + Integer.parseInt(args[0]) + "/");
    switch (args[1]) {
      case JETTY -> {
        Server server = JettyHttpContainerFactory.createServer(uri, config);
        JettyShutdown.stopOnShutdown(server);
      }
      case GRIZZLY -> {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(uri, config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
      }
      default -> throw new IllegalArgumentException("container: " + JETTY + " or " + GRIZZLY + ", not " + args[1]);
    }
    Thread.currentThread().join();
  }
}
