package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated types' {@code toString()}, run: what the spec marks as a credential is hidden by
 * its name in the spec, not by what the name looks like.
 */
class GeneratedToStringTest {
  private static final HookJson JSON = new HookJson(JsonLimits.DEFAULTS);

  @TempDir
  Path dir;

  /** sipLogin marked, and seen by /call/startup's sipLogin: both types hide it. */
  @Test
  void aParameterTheSpecMarksIsHiddenWhateverItsName() throws Exception {
    Path spec = ProcessorTesting.smallSpecWith(dir, "      - name: sipLogin\n        type: string\n",
        "      - name: sipLogin\n        type: string\n        credential: true\n");
    Files.writeString(spec, Files.readString(spec).replace("        - {name: callId, type: string}\n"
        + "        - {name: sipPassword,", "        - {name: callId, type: string}\n"
        + "        - {name: sipLogin, type: string, see: connect.sipLogin}\n        - {name: sipPassword,"));
    ClassLoader generated = compiled(spec);

    Object connect = generated.loadClass("io.wcshooks.hooks.Connect").getConstructor(ObjectNode.class)
        .newInstance(parse("{\"sipLogin\":\"alice\",\"sipPassword\":\"s3cret\",\"sipPort\":5060}"));
    assertEquals("Connect{\"sipLogin\":\"<hidden>\",\"sipPassword\":\"<hidden>\",\"sipPort\":5060}", connect.toString());

    Object startup = generated.loadClass("io.wcshooks.hooks.StartupRequest").getConstructor(ObjectNode.class)
        .newInstance(parse("{\"callId\":\"c1\",\"sipLogin\":\"alice\"}"));
    assertEquals("StartupRequest{\"callId\":\"c1\",\"sipLogin\":\"<hidden>\"}", startup.toString());
  }

  /** A type the spec marks nothing in keeps the base class's: names that look like credentials. */
  @Test
  void aTypeWithoutCredentialsHidesWhatLooksLikeOne() throws Exception {
    ClassLoader generated = compiled(ProcessorTesting.smallSpec());
    Object status = generated.loadClass("io.wcshooks.hooks.StreamStatusEvent").getConstructor(ObjectNode.class)
        .newInstance(parse("{\"name\":\"cam1\",\"custom\":{\"token\":\"t0k3n\"}}"));
    assertEquals("StreamStatusEvent{\"name\":\"cam1\",\"custom\":{\"token\":\"<hidden>\"}}", status.toString());
  }

  private ClassLoader compiled(Path spec) {
    List<String> options = new ArrayList<>(ProcessorTesting.STRICT);
    options.add("-A" + WcsHookProcessor.SPEC_OPTION + "=" + spec);
    Compilation compilation = ProcessorTesting.compile(options, ProcessorTesting.specOnlyHandler());
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation, getClass().getClassLoader());
  }

  private static ObjectNode parse(String json) {
    return JSON.readObject(json.getBytes(StandardCharsets.UTF_8));
  }
}
