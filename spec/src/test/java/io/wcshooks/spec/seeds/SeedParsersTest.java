package io.wcshooks.spec.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.spec.Forbid;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.MethodKind;
import io.wcshooks.spec.SpecLoader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parsers read what the seeds print; a parser that reads nothing would make every check agree. */
class SeedParsersTest {

  private static Set<String> methodNames;
  private static MethodsTable english;
  private static MethodsTable russian;

  @BeforeAll
  static void read() {
    methodNames = SpecLoader.loadBundled().methods().stream().map(HookMethod::name).collect(Collectors.toSet());
    english = MethodsTable.english(Seeds.file("000"), methodNames);
    russian = MethodsTable.russian(Seeds.file("001"), methodNames);
  }

  @Test
  void englishTableHasEveryMethodAndTheContextSection() {
    assertEquals(37, english.methods().size());
    assertEquals("connect", english.methods().get(0).name());
    assertEquals("StreamEvent", english.methods().get(36).name());
    assertEquals(List.of("nodeId", "sessionId", "appKey"), english.context().orElseThrow().parameterNames());
    assertEquals("Unique id of the WCS server instance",
        english.context().orElseThrow().parameter("nodeId").orElseThrow().description());
  }

  @Test
  void englishRowsSpanLinesAndGreyRowsAreEmpty() {
    TableMethod connect = english.method("connect").orElseThrow();
    assertEquals(17, connect.parameters().size());
    assertTrue(connect.parameter("status").orElseThrow().isGrey());
    assertEquals("WCS Server connection status: PENDING , ESTABLISHED , FAILED , DISCONNECTED",
        english.method("ConnectionStatusEvent").orElseThrow().parameter("status").orElseThrow().description());
    assertEquals("User-Agent", english.method("playRTSP").orElseThrow().parameters().get(7).name());
  }

  @Test
  void russianTableJoinsContinuationsAndUnwrapsNames() {
    assertEquals(english.methods().stream().map(TableMethod::name).toList(),
        russian.methods().stream().map(TableMethod::name).toList());
    assertEquals("SIP имя пользователя, которое будет отображаться абонентам, получающим от этого пользователя"
            + " входящий звонок",
        russian.method("connect").orElseThrow().parameter("sipVisibleName").orElseThrow().description());
    TableMethod sendMessage = russian.method("sendMessage").orElseThrow();
    assertTrue(sendMessage.parameter("isImdnRequired").isPresent(), sendMessage.parameterNames()::toString);
    assertTrue(sendMessage.parameter("recipients").orElseThrow().description().startsWith("<p>Список"));
  }

  @Test
  void rowsAboveTheFirstKnownMethodAreKept() {
    List<TableRow> rows = List.of(new TableRow("callId", "", 1), new TableRow("hangup", "Hangs up", 2),
        new TableRow("callId", "", 3));
    MethodsTable table = MethodsTable.group("000", rows, Set.of("hangup"));
    assertEquals(List.of(MethodsTable.BEFORE_FIRST_METHOD, "hangup"),
        table.methods().stream().map(TableMethod::name).toList());
    assertFalse(table.context().isPresent());
  }

  @Test
  void fourTypesReadsTheFlattenedLists() {
    FourTypes fourTypes = FourTypes.read(Seeds.file("004"));
    assertEquals(36, fourTypes.methods().size(), fourTypes.methods()::toString);
    assertEquals(new Classification(MethodKind.CONNECT, Forbid.MAY), fourTypes.of("connect").orElseThrow());
    for (String direct : List.of("call", "answer", "sendDTMF", "playRTSP", "OnDataEvent", "sendBugReport")) {
      assertEquals(new Classification(MethodKind.DIRECT, Forbid.MAY), fourTypes.of(direct).orElseThrow(), direct);
    }
    for (String pointless : List.of("hangup", "unPublishStream", "stopStream")) {
      assertEquals(new Classification(MethodKind.DIRECT, Forbid.POINTLESS), fourTypes.of(pointless).orElseThrow());
    }
    for (String event : List.of("ConnectionStatusEvent", "StreamKeepAliveEvent", "sendStreamEvent", "StreamEvent")) {
      assertEquals(new Classification(MethodKind.EVENT, Forbid.CANNOT), fourTypes.of(event).orElseThrow(), event);
    }
    for (String incoming : List.of("OnCallEvent", "OnMessageEvent", "OnTransferEvent")) {
      assertEquals(new Classification(MethodKind.INCOMING, Forbid.MAY), fourTypes.of(incoming).orElseThrow());
    }
    assertTrue(fourTypes.of("sendData").isEmpty());
    assertTrue(fourTypes.of("ErrorEvent").isEmpty());
  }

  @Test
  void listedValuesInEachShapeTheTablesUse() {
    assertEquals(List.of("PUBLISHING", "UNPUBLISHED", "PLAYING", "STOPPED"),
        ListedValues.in("Stream status: PUBLISHING , UNPUBLISHED , PLAYING , STOPPED"));
    assertEquals(List.of("Active", "Terminated"), ListedValues.in("Subscription status: Active , Terminated"));
    assertEquals(List.of("WebRTC", "Flash"), ListedValues.in("Media technology, possible values: WebRTC , Flash"));
    assertEquals(List.of("WebRTC", "Flash"), ListedValues.in("types of media on WCS JavaScript API: ['WebRTC','Flash']"));
    assertEquals(List.of("reg"), ListedValues.in("Event type: reg"));
    assertEquals(List.of("no_media"), ListedValues.in("If the type is no_media , the server enables traffic dump"));
    assertEquals(List.of("ACCEPTED", "FAILED"), ListedValues.in("ACCEPTED , FAILED"));
    assertEquals(List.of("ACCEPTED", "FAILED"), ListedValues.in("Call transfer status: ACCEPTED , FAILED . If not"));
    assertEquals(List.of("text/plain", "message/cpim"),
        ListedValues.in("text/plain , - sent as is.message/cpim , - sent as CPIM"));
    assertEquals(List.of("text/plain", "message/cpim"),
        ListedValues.in("<code>text/plain</code> - как есть <code>message/cpim</code> - как CPIM"));
    assertEquals(List.of("PENDING", "FAILED"), ListedValues.in("Статус: <code>PENDING</code> , <code>FAILED</code>"));
    assertEquals(List.of(), ListedValues.in("Unique id of the call"));
    assertEquals(List.of(), ListedValues.in("A symbol to pass in DTMF as text: 0-9, *, #"));
    assertFalse(ListedValues.looksLikeValueList("This parameter passes the REST - URL for the given application"));
  }

  @Test
  void restApiPageReadsTheFlattenedTable() {
    RestApiPage page = RestApiPage.read(Seeds.file("002"));
    assertEquals(List.of("/call/startup", "/call/find", "/call/find_all", "/call/terminate", "/call/send_dtmf",
        "/call/inject_stream"), page.endpoints().stream().map(RestApiPage.Endpoint::path).toList());
    RestApiPage.Endpoint startup = page.endpoint("/call/startup").orElseThrow();
    assertEquals(1, startup.requests().size());
    assertEquals(15, startup.requests().get(0).size());
    assertEquals("5060", startup.requests().get(0).get("sipPort").asText());
    assertTrue(startup.answer().isEmpty());
    assertEquals(List.of(200, 409), List.copyOf(startup.statuses().keySet()));
    assertEquals("Conflict with an existing RTMP URL", startup.statuses().get(409));
    RestApiPage.Endpoint find = page.endpoint("/call/find").orElseThrow();
    assertEquals(2, find.requests().size());
    assertEquals(25, find.answer().orElseThrow().get(0).size());
    assertEquals(200, find.answer().orElseThrow().get(0).get("sipStatus").intValue());
    RestApiPage.Endpoint findAll = page.endpoint("/call/find_all").orElseThrow();
    assertEquals(1, findAll.requests().size());
    assertTrue(findAll.requests().get(0).isEmpty());
    assertTrue(findAll.answer().isPresent());
    assertEquals(List.of(200, 404), List.copyOf(page.endpoint("/call/inject_stream").orElseThrow().statuses().keySet()));
    assertEquals(List.of("RTMP_STREAM_WAIT", "RTMP_STREAM_ACTIVE", "RTMP_CONNECTION_LOST", "RTMP_CONNECTION_FAILED"),
        page.rtmpStreamStatuses());
    assertTrue(page.parameters().contains("calleeSIP callee10001"), page.parameters());
    assertEquals("CallStatusEvent", page.statusListMethod());
    assertEquals("admin", page.username());
    assertEquals("admin", page.password());
  }

  @Test
  void observedValueFacts() {
    ObservedValueFacts facts = ObservedValueFacts.read(Seeds.facts());
    assertEquals(List.of("RegistrationStatusEvent.status", "StreamStatusEvent.status", "CallStatusEvent.status",
        "call.mediaProvider"), List.copyOf(facts.values().keySet()));
    assertEquals(List.of("AUTHENTICATION_FAIL"), facts.values().get("RegistrationStatusEvent.status"));
    assertEquals(8, facts.values().get("StreamStatusEvent.status").size());
    assertEquals(List.of("WebRTC", "Flash", "MSE", "WSPlayer", "HLS"), facts.values().get("call.mediaProvider"));
  }

  @Test
  void stopOnForbidFacts() {
    assertEquals(Set.of("StreamKeepAliveEvent"), StopOnForbidFacts.read(Seeds.facts()).methods());
  }

  @Test
  void restClientConfigFacts() {
    RestClientConfigFacts facts = RestClientConfigFacts.read(Seeds.facts());
    assertEquals(List.of("clientExclude", "restExclude", "restOnError", "restPolicy", "restOverwrite"),
        facts.fields().stream().map(RestClientConfigFacts.Field::name).toList());
    assertEquals(List.of("", "", "LOG", "NOTIFY", ""),
        facts.fields().stream().map(RestClientConfigFacts.Field::defaultValue).toList());
    assertEquals(List.of("NOTIFY", "OVERWRITE", "DISABLE"), facts.fields().get(3).enumValues());
  }
}
