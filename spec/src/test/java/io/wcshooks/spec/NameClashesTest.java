package io.wcshooks.spec;

import static io.wcshooks.spec.SpecTexts.bundledText;
import static io.wcshooks.spec.SpecTexts.lineOf;
import static io.wcshooks.spec.SpecTexts.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names that clash only once they are Java names are the loader's problems, with their line and
 * path, like any other: they were found by the processor at compile time, with a path but no
 * line, after the Maven plugin had passed the spec. Each test breaks the bundled spec and expects
 * every problem, so that nothing is said twice.
 */
class NameClashesTest {
  private static final String OVERWRITE =
      ": their files would overwrite each other on a case-insensitive file system (Windows, macOS)";
  private static final String ONE_ACCESSOR = "; a request type needs one accessor per JSON field";

  private static String method(String name) {
    return "  - name: " + name + "\n    kind: event\n    forbid: cannot\n    description: {en: \"New\"}\n"
        + "    parameters: []\n";
  }

  private static String enumType(String name) {
    return "  - name: " + name + "\n    values: [X]\n";
  }

  @Test
  void hooksWhoseClassesDifferOnlyInCase() throws IOException {
    String text = bundledText().replaceFirst("methods:\n", "methods:\n" + method("XMLThing") + method("Xmlthing"));
    assertEquals(List.of(
        "line " + lineOf(text, "name: Xmlthing") + ", $.methods[1].name: method 'Xmlthing' and method 'XMLThing' "
            + "(line " + lineOf(text, "name: XMLThing") + ", $.methods[0].name) would be generated as classes "
            + "Xmlthing and XMLThing, which differ only in case" + OVERWRITE),
        rejected(text).problems());
  }

  @Test
  void hooksWithTheSameClass() throws IOException {
    String text = bundledText().replaceFirst("methods:\n", "methods:\n" + method("onThing") + method("OnThing"));
    assertEquals(List.of(
        "line " + lineOf(text, "name: OnThing") + ", $.methods[1].name: method 'OnThing' and method 'onThing' "
            + "(line " + lineOf(text, "name: onThing") + ", $.methods[0].name) would both be generated as class "
            + "OnThing"),
        rejected(text).problems());
  }

  @Test
  void enumNamedLikeAHook() throws IOException {
    String text = bundledText().replaceFirst("enums:\n", "enums:\n" + enumType("Connect"));
    assertEquals(List.of(
        "line " + lineOf(text, "name: Connect\n") + ", $.enums[0].name: enum 'Connect' and method 'connect' (line "
            + lineOf(text, "name: connect") + ", $.methods[0].name) would both be generated as class Connect; "
            + "rename the enum"),
        rejected(text).problems());
  }

  @Test
  void enumNamedLikeAHookButForCase() throws IOException {
    String text = bundledText().replaceFirst("enums:\n", "enums:\n" + enumType("CONNECT"));
    assertEquals(List.of(
        "line " + lineOf(text, "name: CONNECT") + ", $.enums[0].name: enum 'CONNECT' and method 'connect' (line "
            + lineOf(text, "name: connect") + ", $.methods[0].name) would be generated as classes CONNECT and "
            + "Connect, which differ only in case" + OVERWRITE + "; rename the enum"),
        rejected(text).problems());
  }

  @ParameterizedTest
  @CsvSource({
      "RestClientConfig, the generated restClientConfig builder",
      "WcsHooks, the generated entry point",
      "WcsHooksResource, the generated resource",
      "WcsRestClient, the generated REST API client"})
  void enumNamedLikeAGeneratedClass(String name, String what) throws IOException {
    String text = bundledText().replaceFirst("enums:\n", "enums:\n" + enumType(name));
    assertEquals(List.of(
        "line " + lineOf(text, "name: " + name) + ", $.enums[0].name: enum '" + name + "' would be generated as "
            + "class " + name + ", the name of " + what + "; rename the enum"),
        rejected(text).problems());
  }

  @Test
  void hookNamedLikeAGeneratedClassButForCase() throws IOException {
    String text = bundledText().replaceFirst("methods:\n", "methods:\n" + method("wcsHooks"));
    assertEquals(List.of(
        "line " + lineOf(text, "name: wcsHooks") + ", $.methods[0].name: method 'wcsHooks' would be generated as "
            + "class WcsHooks, the name of the generated entry point"),
        rejected(text).problems());
  }

  @Test
  void restApiEnumNamedLikeAHook() throws IOException {
    String text = bundledText().replace("    - name: RtmpStreamStatus\n", "    - name: Connect\n      values: [X]\n"
        + "    - name: RtmpStreamStatus\n");
    assertEquals(List.of(
        "line " + lineOf(text, "name: Connect\n") + ", $.restApi.enums[0].name: enum 'Connect' and method 'connect' "
            + "(line " + lineOf(text, "name: connect") + ", $.methods[0].name) would both be generated as class "
            + "Connect; rename the enum"),
        rejected(text).problems());
  }

  @Test
  void enumNameThatCannotNameAClass() throws IOException {
    String text = bundledText().replaceFirst("enums:\n", "enums:\n" + enumType("record") + enumType("mediaKind"));
    assertEquals(List.of(
        "line " + lineOf(text, "name: record") + ", $.enums[0].name: enum 'record' cannot name a generated class, "
            + "which starts with an upper-case letter; rename the enum",
        "line " + lineOf(text, "name: mediaKind") + ", $.enums[1].name: enum 'mediaKind' cannot name a generated "
            + "class, which starts with an upper-case letter; rename the enum"),
        rejected(text).problems());
  }

  @Test
  void enumValuesWithTheSameConstant() throws IOException {
    String text = bundledText().replace("    values: [WebRTC, Flash]\n    observed: [MSE, WSPlayer, HLS]\n",
        "    values: [WebRTC, Flash]\n    observed:\n      - MSE\n      - WEB_RTC\n      - web-rtc\n");
    int webRtc = lineOf(text, "values: [WebRTC, Flash]");
    assertEquals(List.of(
        "line " + lineOf(text, "- WEB_RTC") + ", $.enums[13].observed[1]: value 'WEB_RTC' and value 'WebRTC' (line "
            + webRtc + ", $.enums[13].values[0]) would both be the constant MediaProvider.WEB_RTC",
        "line " + lineOf(text, "- web-rtc") + ", $.enums[13].observed[2]: value 'web-rtc' and value 'WebRTC' (line "
            + webRtc + ", $.enums[13].values[0]) would both be the constant MediaProvider.WEB_RTC"),
        rejected(text).problems());
  }

  @Test
  void restApiEnumValuesWithTheSameConstant() throws IOException {
    String text = bundledText().replace("values: [RTMP_STREAM_WAIT, ", "values: [RTMP_STREAM_WAIT, rtmpStreamWait, ");
    int line = lineOf(text, "rtmpStreamWait");
    assertEquals(List.of(
        "line " + line + ", $.restApi.enums[0].values[1]: value 'rtmpStreamWait' and value 'RTMP_STREAM_WAIT' (line "
            + line + ", $.restApi.enums[0].values[0]) would both be the constant RtmpStreamStatus.RTMP_STREAM_WAIT"),
        rejected(text).problems());
  }

  @Test
  void parametersWithTheSameAccessor() throws IOException {
    String text = bundledText().replaceFirst("      - name: urlServer\n",
        "      - name: User-Agent\n        type: string\n        description: {en: \"A\"}\n"
            + "      - name: user-agent\n        type: string\n        description: {en: \"B\"}\n"
            + "      - name: urlServer\n");
    assertEquals(List.of(
        "line " + lineOf(text, "name: user-agent") + ", $.methods[0].parameters[1].name: parameter 'user-agent' and "
            + "parameter 'User-Agent' (line " + lineOf(text, "name: User-Agent") + ", $.methods[0].parameters[0].name) "
            + "would both be read and written by Connect.userAgent()" + ONE_ACCESSOR),
        rejected(text).problems());
  }

  /** A parameter named like a base class member gets another accessor, which may be taken. */
  @Test
  void parameterWithTheAccessorAReservedNameGets() throws IOException {
    String text = bundledText().replaceFirst("      - name: urlServer\n",
        "      - name: json\n        type: string\n        description: {en: \"A\"}\n"
            + "      - name: json-field\n        type: string\n        description: {en: \"B\"}\n"
            + "      - name: urlServer\n");
    assertEquals(List.of(
        "line " + lineOf(text, "name: json-field") + ", $.methods[0].parameters[1].name: parameter 'json-field' and "
            + "parameter 'json' (line " + lineOf(text, "name: json\n") + ", $.methods[0].parameters[0].name) would "
            + "both be read and written by Connect.jsonField()" + ONE_ACCESSOR),
        rejected(text).problems());
  }

  /** Every request type has the context parameters, listed or not. */
  @Test
  void contextParameterWithAParametersAccessor() throws IOException {
    String text = bundledText().replaceFirst("contextParameters:\n", "contextParameters:\n"
        + "  - name: url-server\n    type: string\n    description: {en: \"U\"}\n");
    assertEquals(List.of(
        "line " + lineOf(text, "name: urlServer") + ", $.methods[0].parameters[0].name: parameter 'urlServer' and "
            + "context parameter 'url-server' (line " + lineOf(text, "name: url-server") + ", $.contextParameters[0]"
            + ".name), which every request type has, would both be read and written by Connect.urlServer()"
            + ONE_ACCESSOR),
        rejected(text).problems());
  }

  /** Said once, of the context parameters, not again for each of the 38 hooks. */
  @Test
  void contextParametersWithTheSameAccessor() throws IOException {
    String text = bundledText().replaceFirst("contextParameters:\n", "contextParameters:\n"
        + "  - name: node-id\n    type: string\n    description: {en: \"N\"}\n");
    assertEquals(List.of(
        "line " + lineOf(text, "name: nodeId") + ", $.contextParameters[1].name: context parameter 'nodeId' and "
            + "context parameter 'node-id' (line " + lineOf(text, "name: node-id") + ", $.contextParameters[0].name) "
            + "would both be read and written by nodeId() of every request type" + ONE_ACCESSOR),
        rejected(text).problems());
  }

  @Test
  void restClientConfigFieldsWithTheSameSetter() throws IOException {
    String text = bundledText().replace("    - name: restOverwrite\n", "    - name: RestPolicy\n      type: string\n"
        + "      default: \"\"\n      description: {en: \"Again\"}\n    - name: restOverwrite\n");
    assertEquals(List.of(
        "line " + lineOf(text, "- name: RestPolicy\n      type") + ", $.restClientConfig.fields[4].name: field 'RestPolicy' and "
            + "field 'restPolicy' (line " + lineOf(text, "name: restPolicy") + ", $.restClientConfig.fields[3].name) "
            + "would both be set by RestClientConfig.MethodConfig.restPolicy(...)"),
        rejected(text).problems());
  }

  /** Their request bodies' classes clash too (FindRequest): one mistake, said once. */
  @Test
  void operationsWithTheSameClientMethod() throws IOException {
    String text = bundledText().replace("      operation: terminate\n", "      operation: Find\n");
    assertEquals(List.of(
        "line " + lineOf(text, "operation: Find") + ", $.restApi.endpoints[3].operation: operation 'Find' and "
            + "operation 'find' (line " + lineOf(text, "operation: find\n") + ", $.restApi.endpoints[1].operation) "
            + "would both be the client method WcsRestClient.find(...); rename an operation"),
        rejected(text).problems());
  }

  @Test
  void operationNamedLikeAClientMember() throws IOException {
    String text = bundledText().replace("      operation: terminate\n", "      operation: builder\n");
    assertEquals(List.of(
        "line " + lineOf(text, "operation: builder") + ", $.restApi.endpoints[3].operation: operation 'builder' "
            + "would name the client method WcsRestClient.builder(), which the client has already; rename the "
            + "operation"),
        rejected(text).problems());
  }

  @Test
  void restApiObjectNamedLikeAGeneratedClass() throws IOException {
    String text = bundledText().replace("    - name: Call\n", "    - name: Hooks\n      fields: []\n    - name: Call\n");
    assertEquals(List.of(
        "line " + lineOf(text, "name: Hooks") + ", $.restApi.objects[0].name: REST API object 'Hooks' would be "
            + "generated as class WcsHooks, the name of the generated entry point"),
        rejected(text).problems());
  }

  @Test
  void requestBodyNamedLikeAHook() throws IOException {
    String text = bundledText().replaceFirst("methods:\n", "methods:\n" + method("TerminateRequest"));
    assertEquals(List.of(
        "line " + lineOf(text, "operation: terminate") + ", $.restApi.endpoints[3].operation: REST API endpoint "
            + "'/call/terminate' and method 'TerminateRequest' (line " + lineOf(text, "name: TerminateRequest")
            + ", $.methods[0].name) would both be generated as class TerminateRequest"),
        rejected(text).problems());
  }

  @Test
  void restApiFieldsWithTheSameAccessor() throws IOException {
    String text = bundledText()
        .replace("        - {name: custom, type: object}\n",
            "        - {name: custom, type: object}\n        - {name: Custom, type: object}\n")
        .replace("        - {name: callId, type: string}\n      response: empty\n",
            "        - {name: callId, type: string}\n        - {name: call-id, type: string}\n      response: empty\n");
    assertEquals(List.of(
        "line " + lineOf(text, "{name: Custom") + ", $.restApi.objects[0].fields[1].name: field 'Custom' and field "
            + "'custom' (line " + lineOf(text, "{name: custom") + ", $.restApi.objects[0].fields[0].name) would both "
            + "be read by WcsCall.custom()",
        "line " + lineOf(text, "{name: call-id") + ", $.restApi.endpoints[3].request[1].name: field 'call-id' and "
            + "field 'callId' (line " + lineOf(text, "{name: callId, type: string}\n        - {name: call-id")
            + ", $.restApi.endpoints[3].request[0].name) would both be read by TerminateRequest.callId()"),
        rejected(text).problems());
  }

  @Test
  void callListWithoutACallObject() throws IOException {
    String text = bundledText().replace("    - name: Call\n", "    - name: SipCall\n");
    assertEquals(List.of(
        "line " + lineOf(text, "response: callList") + ", $.restApi.endpoints[1].response: callList answers a list "
            + "of Call objects, but $.restApi.objects has no Call; add it",
        "line " + (lineOf(text, "request: []\n      response: callList") + 1) + ", $.restApi.endpoints[2].response: "
            + "callList answers a list of Call objects, but $.restApi.objects has no Call; add it"),
        rejected(text).problems());
  }

  /** A name given twice is a duplicate, which the loader says; not a clash as well. */
  @Test
  void aDuplicateIsNotAClashToo() throws IOException {
    String text = bundledText().replaceFirst("methods:\n", "methods:\n" + method("connect"));
    assertEquals(List.of(
        "line " + lineOf(text, "name: connect\n    kind: connect") + ", $.methods[1].name: duplicate method "
            + "'connect'"),
        rejected(text).problems());
  }

  /** Clashes come with the spec's other problems, all at once. */
  @Test
  void clashesAndOtherProblemsAreAllReported() throws IOException {
    String text = bundledText()
        .replaceFirst("enum: DtmfType", "enum: DtmfKind")
        .replaceFirst("enums:\n", "enums:\n" + enumType("Connect"))
        .replace("      operation: terminate\n", "      operation: builder\n");
    List<String> problems = rejected(text).problems();
    assertEquals(3, problems.size(), String.join("\n", problems));
    assertEquals(List.of(true, true, true), List.of(
        problems.get(0).contains("unknown enum 'DtmfKind'"),
        problems.get(1).startsWith("line " + lineOf(text, "name: Connect\n") + ", $.enums[0].name: enum 'Connect'"),
        problems.get(2).startsWith("line " + lineOf(text, "operation: builder") + ", $.restApi.endpoints[3].operation")));
  }
}
