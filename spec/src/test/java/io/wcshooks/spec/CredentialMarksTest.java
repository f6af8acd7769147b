package io.wcshooks.spec;

import static io.wcshooks.spec.SpecTexts.bundledText;
import static io.wcshooks.spec.SpecTexts.lineOf;
import static io.wcshooks.spec.SpecTexts.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code credential: true} marks a value that authenticates someone, which generated
 * {@code toString()} methods hide. It is written once, on the described parameter: a parameter
 * with {@code see} takes it from there.
 */
class CredentialMarksTest {

  @Test
  void theBundledSpecMarksThePasswordAndTheTokens() {
    WcsSpec spec = SpecLoader.loadBundled();
    List<String> credentials = new ArrayList<>();
    spec.contextParameters().stream().filter(Parameter::credential).forEach(p -> credentials.add("context." + p.name()));
    for (HookMethod method : spec.methods()) {
      method.parameters().stream().filter(Parameter::credential)
          .forEach(p -> credentials.add(method.name() + "." + p.name()));
    }
    for (RestApi.Endpoint endpoint : spec.restApi().endpoints()) {
      endpoint.request().stream().filter(Parameter::credential)
          .forEach(p -> credentials.add(endpoint.path() + " " + p.name()));
    }
    for (RestApi.ApiObject object : spec.restApi().objects()) {
      object.fields().stream().filter(Parameter::credential).forEach(p -> credentials.add(object.name() + "." + p.name()));
    }
    assertEquals(List.of("connect.sipPassword", "ConnectionStatusEvent.sipPassword", "ConnectionStatusEvent.authToken",
        "playHLS.token", "/call/startup sipPassword"), credentials);
  }

  @Test
  void aParameterWithSeeIsACredentialWhenTheOneItSeesIs() {
    WcsSpec spec = SpecLoader.loadBundled();
    Parameter grey = spec.method("ConnectionStatusEvent").orElseThrow().parameter("sipPassword").orElseThrow();
    assertEquals("connect.sipPassword", grey.see().orElseThrow());
    assertTrue(grey.credential());
  }

  @Test
  void aCredentialThatIsNotABooleanIsReportedWhereItIs() throws IOException {
    String text = bundledText().replace("        credential: true\n        description:\n          en: \"SIP password.",
        "        credential: \"yes\"\n        description:\n          en: \"SIP password.");
    SpecException e = rejected(text);
    assertEquals(List.of("line " + lineOf(text, "credential: \"yes\"") + ", $.methods[0].parameters[5].credential: "
        + "string found, boolean expected"), e.problems());
  }

  /** Marked on the copy too, the two marks could disagree; the loader says where to mark instead. */
  @Test
  void aParameterWithSeeDoesNotSayItself() throws IOException {
    String text = bundledText()
        .replace("        see: connect.sipPassword\n", "        see: connect.sipPassword\n        credential: false\n")
        .replace("{name: sipPassword, type: string, see: connect.sipPassword}",
            "{name: sipPassword, type: string, see: connect.sipPassword, credential: true}");
    SpecException e = rejected(text);
    assertEquals(List.of(
        "line " + lineOf(text, "credential: false") + ", $.methods[1].parameters[2].credential: a parameter with see is "
            + "a credential when 'connect.sipPassword' is: mark that parameter, and remove credential here",
        "line " + lineOf(text, "credential: true}") + ", $.restApi.endpoints[0].request[9].credential: a parameter "
            + "with see is a credential when 'connect.sipPassword' is: mark that parameter, and remove credential here"),
        e.problems());
  }

  @Test
  void aRestApiFieldWithoutSeeMayBeMarked() throws IOException {
    String text = bundledText().replace("{name: rtmpUrl, type: string, description: {en: \"RTMP URL - address of the "
        + "RTMP server; may", "{name: rtmpUrl, type: string, credential: true, description: {en: \"RTMP URL - address "
        + "of the RTMP server; may");
    WcsSpec spec = SpecLoader.load("marked.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    RestApi.Endpoint startup = spec.restApi().endpoints().get(0);
    assertTrue(startup.request().stream().filter(f -> f.name().equals("rtmpUrl")).findFirst().orElseThrow().credential());
  }
}
