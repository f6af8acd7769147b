package io.wcshooks.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import jakarta.ws.rs.NotAllowedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reason of a 405 follows its Allow header: a hook, the health check, or a resource of the application's own. */
class WebApplicationExceptionMapperTest {
  private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper(
      new ErrorBodies(new HookJson(JsonLimits.DEFAULTS)));

  private String body(String allowed, String... more) {
    return new String((byte[]) mapper.toResponse(new NotAllowedException(allowed, more)).getEntity(), StandardCharsets.UTF_8);
  }

  @Test
  void aHookAllowsPost() {
    assertEquals("{\"status\":405,\"reason\":\"hooks are called with POST\"}", body("POST", "OPTIONS"));
  }

  @Test
  void theHealthCheckAllowsGet() {
    assertEquals("{\"status\":405,\"reason\":\"the health check is called with GET\"}", body("GET", "HEAD", "OPTIONS"));
  }

  @Test
  void anApplicationsOwnResourceGetsTheStandardPhrase() {
    assertEquals("{\"status\":405,\"reason\":\"Method Not Allowed\"}", body("PUT", "OPTIONS"));
  }
}
