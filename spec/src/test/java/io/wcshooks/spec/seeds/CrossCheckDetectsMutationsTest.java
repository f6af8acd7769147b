package io.wcshooks.spec.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-check can fail: each test breaks one thing in a copy of the bundled spec and expects
 * the difference it causes, which the bundled spec must not already have.
 */
class CrossCheckDetectsMutationsTest {

  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> ENGLISH =
      (spec, seeds) -> SpecCrossCheck.englishTableDifferences(spec, seeds.english());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> RUSSIAN =
      (spec, seeds) -> SpecCrossCheck.russianTableDifferences(spec, seeds.russian());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> FOUR_TYPES =
      (spec, seeds) -> SpecCrossCheck.fourTypesDifferences(spec, seeds.fourTypes());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> STOP_ON_FORBID =
      (spec, seeds) -> SpecCrossCheck.stopOnForbidDifferences(spec, seeds.stopOnForbid());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> ENUMS =
      (spec, seeds) -> SpecCrossCheck.enumDifferences(spec, seeds.english(), seeds.russian());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> REST_CLIENT_CONFIG =
      (spec, seeds) -> SpecCrossCheck.restClientConfigDifferences(spec, seeds.restClientConfig());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> OBSERVED =
      (spec, seeds) -> SpecCrossCheck.observedValueDifferences(spec, seeds.observedValues());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> REST_API =
      (spec, seeds) -> SpecCrossCheck.restApiDifferences(spec, seeds.restApi());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> TYPES =
      (spec, seeds) -> SpecCrossCheck.parameterTypeDifferences(spec, seeds.restApi());
  private static final BiFunction<WcsSpec, SeedDocuments, List<String>> CREDENTIALS =
      (spec, seeds) -> SpecCrossCheck.credentialDifferences(spec);

  private static String bundled;
  private static WcsSpec bundledSpec;
  private static SeedDocuments bundledSeeds;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = SpecLoader.class.getClassLoader().getResourceAsStream(SpecLoader.BUNDLED_SPEC)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    bundledSpec = SpecLoader.loadBundled();
    bundledSeeds = SeedDocuments.readFor(bundledSpec);
  }

  @Test
  void removedDescribedParameter() {
    WcsSpec spec = replaced("""
              - name: width
                type: integer
                description:
                  en: "Maximal video width, in pixels"
                  ru: "Максимальная ширина видео, в пикселях"
        """, "");
    assertDetected(spec, ENGLISH, "connect parameters", "[width] only in 000");
    assertDetected(spec, RUSSIAN, "connect parameters", "[width] only in 001");
  }

  /** connect's sipContactParams is the target of a grey row, so the grey row is the one removed. */
  @Test
  void removedGreyParameter() {
    WcsSpec spec = replaced("""
              - name: sipContactParams
                see: connect.sipContactParams
        """, "");
    assertDetected(spec, ENGLISH, "ConnectionStatusEvent parameters", "[sipContactParams] only in 000");
  }

  @Test
  void addedParameter() {
    WcsSpec spec = replaced("""
              ru: "Завершить звонок"
            parameters:
        """, """
              ru: "Завершить звонок"
            parameters:
              - name: reason
                see: ErrorEvent.info
        """);
    assertDetected(spec, ENGLISH, "hangup parameters", "[reason] only in the spec");
  }

  @Test
  void reorderedParameters() {
    WcsSpec spec = replaced("""
              ru: "Поставить звонок на удержание"
            parameters:
              - name: callId
                see: call.callId
              - name: hasVideo
                see: call.hasVideo
        """, """
              ru: "Поставить звонок на удержание"
            parameters:
              - name: hasVideo
                see: call.hasVideo
              - name: callId
                see: call.callId
        """);
    assertDetected(spec, ENGLISH, "hold parameters", "another order", "position 1: callId vs hasVideo");
  }

  /** The spec's own method names group the table: hold's rows now look like hangup's. */
  @Test
  void removedMethod() {
    WcsSpec spec = withoutBlock("  - name: hold\n", "  - name: unhold\n");
    assertDetected(spec, FOUR_TYPES, "004 names hold");
    assertDetected(spec, ENGLISH, "hangup parameters", "hold");
  }

  @Test
  void addedMethod() {
    WcsSpec spec = replaced("\n# The object a backend may return", """
          - name: StreamSnapshotEvent
            kind: event
            forbid: cannot
            description:
              en: "Snapshot taken"
              ru: "Снимок потока"
            parameters:
              - name: name
                see: publishStream.name

        # The object a backend may return""");
    assertDetected(spec, ENGLISH, "spec method StreamSnapshotEvent is not in 000");
    assertDetected(spec, FOUR_TYPES, "StreamSnapshotEvent", "is not named in 004");
  }

  @Test
  void removedAddedMethodErratum() {
    WcsSpec spec = withoutBlock("  - id: OnTransferEvent-missing\n", "  - id: rest-api-stringly-values\n");
    assertDetected(spec, ENGLISH, "spec method OnTransferEvent is not in 000");
  }

  @Test
  void changedKind() {
    WcsSpec spec = replaced("""
          - name: CallStatusEvent
            kind: event
        """, """
          - name: CallStatusEvent
            kind: direct
        """);
    assertDetected(spec, FOUR_TYPES, "CallStatusEvent: 004 says kind event, forbid cannot, the spec says kind direct");
  }

  @Test
  void changedForbid() {
    WcsSpec spec = replaced("""
          - name: hangup
            kind: direct
            forbid: pointless
        """, """
          - name: hangup
            kind: direct
            forbid: may
        """);
    assertDetected(spec, FOUR_TYPES, "hangup: 004 says kind direct, forbid pointless");
  }

  @Test
  void removedClassificationErratum() {
    WcsSpec spec = withoutBlock("  - id: sendData-unclassified\n", "  - id: ErrorEvent-unclassified\n");
    assertDetected(spec, FOUR_TYPES, "sendData", "is not named in 004");
  }

  @Test
  void removedStopOnForbid() {
    WcsSpec spec = replaced("""
            forbid: cannot
            stopOnForbid: true
        """, """
            forbid: cannot
        """);
    assertDetected(spec, STOP_ON_FORBID, "StreamKeepAliveEvent: facts say it is an event a 403 stops",
        "stopOnForbid false");
  }

  @Test
  void stopOnForbidTheFactsDoNotName() {
    WcsSpec spec = replaced("""
          - name: StreamStatusEvent
            kind: event
            forbid: cannot
        """, """
          - name: StreamStatusEvent
            kind: event
            forbid: cannot
            stopOnForbid: true
        """);
    assertDetected(spec, STOP_ON_FORBID, "StreamStatusEvent has stopOnForbid, but facts name only [StreamKeepAliveEvent]");
  }

  @Test
  void removedEnumValue() {
    WcsSpec spec = replaced("values: [PENDING, ESTABLISHED, FAILED, DISCONNECTED]", "values: [PENDING, ESTABLISHED, FAILED]");
    assertDetected(spec, ENUMS, "000 line", "ConnectionStatusEvent.status lists DISCONNECTED", "enum ConnectionStatus");
    assertDetected(spec, ENUMS, "001 line", "ConnectionStatusEvent.status lists DISCONNECTED");
  }

  @Test
  void enumValueTheTablesDoNotList() {
    WcsSpec spec = replaced("values: [INFO, INFO_RELAY, RFC2833]", "values: [INFO, INFO_RELAY, RFC2833, SIP_INFO]");
    assertDetected(spec, ENUMS, "enum DtmfType value SIP_INFO is listed in no 000 description");
  }

  @Test
  void listedValueMovedToObserved() {
    WcsSpec spec = replaced("""
            values: [TRYING, RING, SESSION_PROGRESS, BUSY, ESTABLISHED, HOLD, FINISH, FAILED]
            observed: [NEW, PENDING, RING_MEDIA]
        """, """
            values: [TRYING, RING, SESSION_PROGRESS, BUSY, ESTABLISHED, FINISH, FAILED]
            observed: [NEW, PENDING, RING_MEDIA, HOLD]
        """);
    assertDetected(spec, ENUMS, "CallStatusEvent.status lists HOLD", "only in observed");
  }

  @Test
  void removedEnumFromParameter() {
    WcsSpec spec = replaced("""
                type: string
                enum: DtmfType
        """, """
                type: string
        """);
    assertDetected(spec, ENUMS, "sendDTMF.type lists values [INFO, INFO_RELAY, RFC2833], but the spec gives it no enum");
  }

  @Test
  void renamedParameterWithoutErratum() {
    WcsSpec spec = replaced("""
              - name: mediaSessionId
                type: string
                description:
                  en: "Publishing media session Id"
        """, """
              - name: publishingMediaSessionId
                tableName: mediaSessionId
                type: string
                description:
                  en: "Publishing media session Id"
        """);
    assertDetected(spec, ENGLISH,
        "sendStreamEvent.publishingMediaSessionId has tableName mediaSessionId, but no erratum of kind renamedParameter");
  }

  @Test
  void removedRenamedParameterErratum() {
    WcsSpec spec = withoutBlock("  - id: playStream-mediaSession\n", "  - id: StreamStatusEvent-status-ru\n");
    assertDetected(spec, ENGLISH, "playStream.mediaSessionId has tableName mediaSession, but no erratum");
  }

  @Test
  void renamedParameterWithoutTableName() {
    WcsSpec spec = replaced("""
              - name: info
                type: string
                description:
                  en: "Additional information about the error"
        """, """
              - name: errorInfo
                type: string
                description:
                  en: "Additional information about the error"
        """);
    assertDetected(spec, ENGLISH, "ErrorEvent parameters", "[info] only in 000");
    assertDetected(spec, ENGLISH, "ErrorEvent parameters", "[errorInfo] only in the spec");
  }

  @Test
  void greyParameterResolvingToAnotherName() {
    WcsSpec spec = replaced("""
              - name: callee
                see: call.callee
              - name: caller
                see: call.caller
              - name: visibleName
        """, """
              - name: callee
                see: call.caller
              - name: caller
                see: call.caller
              - name: visibleName
        """);
    assertDetected(spec, (s, seeds) -> SpecCrossCheck.greyReferenceDifferences(s),
        "OnCallEvent.callee is grey and resolves to call.caller");
  }

  /** 000 and 001 are compared with each other too; that check does not read the spec, so its tables are made up. */
  @Test
  void russianTableMissingARow() {
    Set<String> methods = Set.of("hold");
    MethodsTable english = MethodsTable.group("000", List.of(new TableRow("hold", "Puts the call on hold", 1),
        new TableRow("callId", "", 2), new TableRow("hasVideo", "", 3)), methods);
    MethodsTable russian = MethodsTable.group("001", List.of(new TableRow("hold", "Поставить звонок на удержание", 1),
        new TableRow("callId", "", 2)), methods);
    assertEquals(List.of(), SpecCrossCheck.translationDifferences(english, english));
    List<String> differences = SpecCrossCheck.translationDifferences(english, russian);
    assertTrue(differences.stream().anyMatch(d -> mentionsAll(d, "000/001 hold parameters", "[hasVideo] only in 000")),
        differences::toString);
  }

  @Test
  void methodLeavingOutContextParametersWithoutErratum() {
    WcsSpec spec = replaced("affects: [connect, call, XcapStatusEvent, ErrorEvent]",
        "affects: [connect, XcapStatusEvent, ErrorEvent]");
    assertDetected(spec, ENGLISH, "call does not list the context parameters [nodeId, sessionId, appKey]",
        "no erratum of kind omittedContext");
  }

  /** ErrorEvent has a classification erratum too; only an omittedContext one explains the missing rows. */
  @Test
  void omittedContextErratumOfAnotherKind() {
    WcsSpec spec = replaced("""
            kind: omittedContext
            affects: [connect, call, XcapStatusEvent, ErrorEvent]
        """, """
            kind: note
            affects: [connect, call, XcapStatusEvent, ErrorEvent]
        """);
    assertDetected(spec, ENGLISH, "ErrorEvent does not list the context parameters");
  }

  @Test
  void omittedContextErratumOnAMethodThatListsThem() {
    WcsSpec spec = replaced("affects: [connect, call, XcapStatusEvent, ErrorEvent]",
        "affects: [connect, call, hangup, XcapStatusEvent, ErrorEvent]");
    assertDetected(spec, ENGLISH, "hangup lists every context parameter, yet an erratum of kind omittedContext");
  }

  @Test
  void changedEnglishDescription() {
    WcsSpec spec = replaced("en: \"Unique id of the call\"", "en: \"Unique id of a call\"");
    assertDetected(spec, ENGLISH, "call.callId: the en description differs", "Unique id of a call");
  }

  @Test
  void changedRussianDescription() {
    WcsSpec spec = replaced("ru: \"Уникальный идентификатор звонка\"", "ru: \"Уникальный идентификатор вызова\"");
    assertDetected(spec, RUSSIAN, "call.callId: the ru description differs", "идентификатор вызова");
  }

  @Test
  void removedRussianDiffersErratum() {
    WcsSpec spec = withoutBlock("  - id: StreamStatusEvent-status-ru\n", "  - id: sendDTMF-dtmf-range\n");
    assertDetected(spec, RUSSIAN, "StreamStatusEvent.status: the ru description differs");
  }

  @Test
  void describedParameterMadeGrey() {
    WcsSpec spec = replaced("""
              - name: isImdnRequired
                type: boolean
                description:
                  en: "If the incoming message has this flag, an IMDN delivery notification will be sent."
                  ru: "<p>Если входящее сообщение имеет такой флаг, то будет высылаться уведомление о доставке IMDN</p>"
        """, """
              - name: isImdnRequired
                see: sendMessage.isImdnRequired
        """);
    assertDetected(spec, ENGLISH, "OnMessageEvent.isImdnRequired is described in the table but grey in the spec");
  }

  @Test
  void changedContextParameter() {
    WcsSpec spec = replaced("en: \"Unique id of the WCS server instance\"", "en: \"Unique id of the WCS node\"");
    assertDetected(spec, ENGLISH, "context.nodeId: the en description differs");
  }

  @Test
  void changedRestClientConfigDefault() {
    WcsSpec spec = replaced("default: NOTIFY", "default: OVERWRITE");
    assertDetected(spec, REST_CLIENT_CONFIG, "restClientConfig.restPolicy: facts give the default \"NOTIFY\"");
  }

  @Test
  void removedObservedValue() {
    WcsSpec spec = replaced("observed: [NEW, PENDING, FAILED, PAUSED, PLAYBACK_PROBLEM,",
        "observed: [NEW, PENDING, FAILED, PLAYBACK_PROBLEM,");
    assertDetected(spec, OBSERVED, "StreamStatusEvent.status: facts say WCS sends PAUSED", "not a value of enum StreamStatus");
  }

  @Test
  void observedValueTheFactsDoNotReport() {
    WcsSpec spec = replaced("observed: [NEW, PENDING, RING_MEDIA]", "observed: [NEW, PENDING, RING_MEDIA, REFER]");
    assertDetected(spec, OBSERVED, "enum CallStatus has the observed value REFER, which facts do not report");
  }

  /** MSE is reported for mediaProvider, not for calls: an observed value must be reported for its own enum. */
  @Test
  void observedValueOnTheWrongEnum() {
    WcsSpec spec = replaced("observed: [NEW, PENDING, RING_MEDIA]", "observed: [NEW, PENDING, RING_MEDIA, MSE]");
    assertDetected(spec, OBSERVED, "enum CallStatus has the observed value MSE, which facts do not report");
  }

  @Test
  void removedRestApiRequestField() {
    WcsSpec spec = replaced("        - {name: sipPort, type: integer, see: connect.sipPort}\n", "");
    assertDetected(spec, REST_API, "/call/startup request fields", "[sipPort] only in 002's examples");
  }

  @Test
  void removedRestApiEndpoint() {
    WcsSpec spec = withoutBlock("    - path: /call/inject_stream\n", "\n# Where the source documents disagree");
    assertDetected(spec, REST_API, "restApi endpoints", "[/call/inject_stream] only in 002");
  }

  @Test
  void changedRestApiStatus() {
    WcsSpec spec = replaced("409: \"Conflict with an existing RTMP URL\"", "400: \"Conflict with an existing RTMP URL\"");
    assertDetected(spec, REST_API, "/call/startup: 002 gives the statuses [200, 409], the spec [200, 400]");
  }

  @Test
  void changedRestApiAnswer() {
    WcsSpec spec = replaced("""
              request: []
              response: callList
        """, """
              request: []
              response: empty
        """);
    assertDetected(spec, REST_API, "/call/find_all: 002's example answer is CALL_LIST, the spec's EMPTY");
  }

  @Test
  void changedCallFieldType() {
    WcsSpec spec = replaced("{name: sipStatus, type: integer, description: {en: \"Associated SIP-status\"}}",
        "{name: sipStatus, type: string, description: {en: \"Associated SIP-status\"}}");
    assertDetected(spec, REST_API, "Call.sipStatus is integer in 002's example (200), the spec says string");
  }

  @Test
  void reorderedCallFields() {
    WcsSpec spec = replaced("""
                - {name: target, type: string}
                - {name: holdForTransfer, type: boolean}
        """, """
                - {name: holdForTransfer, type: boolean}
                - {name: target, type: string}
        """);
    assertDetected(spec, REST_API, "/call/find answer Call fields: another order", "target vs holdForTransfer");
  }

  @Test
  void changedRestApiDescription() {
    WcsSpec spec = replaced("description: {en: \"Displayed name of the caller\"}", "description: {en: \"Displayed name of the callee\"}");
    assertDetected(spec, REST_API, "visibleName: 002's parameters table has no", "Displayed name of the callee");
  }

  @Test
  void removedRtmpStreamStatus() {
    WcsSpec spec = replaced("values: [RTMP_STREAM_WAIT, RTMP_STREAM_ACTIVE, RTMP_CONNECTION_LOST, RTMP_CONNECTION_FAILED]",
        "values: [RTMP_STREAM_WAIT, RTMP_STREAM_ACTIVE, RTMP_CONNECTION_FAILED]");
    assertDetected(spec, REST_API, "002 lists the RTMP stream statuses", "RTMP_CONNECTION_LOST");
  }

  @Test
  void restApiStatusWithoutTheCallStatusList() {
    WcsSpec spec = replaced("        - {name: status, type: string, enum: CallStatus}\n",
        "        - {name: status, type: string}\n");
    assertDetected(spec, REST_API, "002 refers to CallStatusEvent.status", "the spec gives it no enum");
  }

  @Test
  void restApiExampleValueOutsideItsEnum() {
    WcsSpec spec = replaced("        - {name: type, type: string, enum: DtmfType}\n",
        "        - {name: type, type: string, enum: StreamEventType}\n");
    assertDetected(spec, REST_API, "/call/send_dtmf request: type is \"RFC2833\" in 002's example, not a value of enum"
        + " StreamEventType");
  }

  @Test
  void changedDefaultCredentials() {
    WcsSpec spec = replaced("defaultCredentials: {username: admin, password: admin}",
        "defaultCredentials: {username: admin, password: secret}");
    assertDetected(spec, REST_API, "default credentials: 002 says admin:admin, the spec admin:secret");
  }

  @Test
  void hookParameterTypeAgainstTheCallExample() {
    WcsSpec spec = replaced("""
              - name: sipStatus
                type: integer
        """, """
              - name: sipStatus
                type: string
        """);
    assertDetected(spec, TYPES, "CallStatusEvent.sipStatus is string, but in 002's Call example sipStatus is integer");
  }

  @Test
  void flagThatIsNotBoolean() {
    WcsSpec spec = replaced("""
              - name: record
                type: boolean
        """, """
              - name: record
                type: string
        """);
    assertDetected(spec, TYPES, "record (\"If true, the published stream is being recorded\") is string",
        "speaks of a flag");
  }

  @Test
  void booleanThatIsNoFlag() {
    WcsSpec spec = replaced("""
              - name: width
                type: integer
        """, """
              - name: width
                type: boolean
        """);
    assertDetected(spec, TYPES, "width (\"Maximal video width, in pixels\") is boolean", "does not speak of a flag");
  }

  /** Unmarked, the SIP password is missed where it is described and in /call/startup, which sees it. */
  @Test
  void unmarkedCredential() {
    WcsSpec spec = replaced("""
              - name: sipPassword
                type: string
                credential: true
        """, """
              - name: sipPassword
                type: string
        """);
    assertDetected(spec, CREDENTIALS, "connect.sipPassword: its name or description speaks of a password",
        "does not mark it credential: true");
    assertDetected(spec, CREDENTIALS, "REST API /call/startup sipPassword: its name or description speaks of a "
        + "password");
  }

  @Test
  void credentialTheDocumentsDoNotShow() {
    WcsSpec spec = replaced("""
              - name: sipLogin
                type: string
        """, """
              - name: sipLogin
                type: string
                credential: true
        """);
    assertDetected(spec, CREDENTIALS, "connect.sipLogin is marked credential, but neither its name nor its "
        + "description (\"SIP login of a user\")");
  }

  private static WcsSpec replaced(String from, String to) {
    assertEquals(1, bundled.split(Pattern.quote(from), -1).length - 1,
        () -> "the mutation's anchor must occur exactly once in the bundled spec:\n" + from);
    return load(bundled.replace(from, to));
  }

  /** The spec without the lines from {@code start} up to, not including, {@code end}. */
  private static WcsSpec withoutBlock(String start, String end) {
    int from = bundled.indexOf(start);
    int to = bundled.indexOf(end, from + 1);
    assertTrue(from >= 0 && to > from, () -> "block " + start.strip() + " .. " + end.strip() + " not found");
    assertEquals(from, bundled.lastIndexOf(start), () -> start.strip() + " occurs more than once");
    return load(bundled.substring(0, from) + bundled.substring(to));
  }

  private static WcsSpec load(String text) {
    return SpecLoader.load("mutated", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertDetected(WcsSpec mutated, BiFunction<WcsSpec, SeedDocuments, List<String>> check,
      String... fragments) {
    List<String> before = check.apply(bundledSpec, bundledSeeds);
    assertFalse(before.stream().anyMatch(d -> mentionsAll(d, fragments)),
        () -> "the bundled spec already has the difference " + Arrays.toString(fragments) + ":\n  "
            + String.join("\n  ", before));
    List<String> after = check.apply(mutated, SeedDocuments.readFor(mutated));
    assertTrue(after.stream().anyMatch(d -> mentionsAll(d, fragments)),
        () -> "expected a difference mentioning " + Arrays.toString(fragments) + ", got " + after.size() + ":\n  "
            + String.join("\n  ", after));
  }

  private static boolean mentionsAll(String difference, String... fragments) {
    return Arrays.stream(fragments).allMatch(difference::contains);
  }
}
