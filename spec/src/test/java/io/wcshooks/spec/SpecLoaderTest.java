package io.wcshooks.spec;

import static io.wcshooks.spec.SpecTexts.bundledText;
import static io.wcshooks.spec.SpecTexts.lineOf;
import static io.wcshooks.spec.SpecTexts.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {

  @Test
  void bundledSpecLoads() {
    WcsSpec spec = SpecLoader.loadBundled();
    assertEquals(38, spec.methods().size());
    assertEquals(List.of("nodeId", "sessionId", "appKey"),
        spec.contextParameters().stream().map(Parameter::name).toList());
    HookMethod connect = spec.method("connect").orElseThrow();
    assertEquals(MethodKind.CONNECT, connect.kind());
    assertEquals("ConnectionStatus", connect.parameter("status").orElseThrow().enumName().orElseThrow());
  }

  @Test
  void greyParametersResolveExplicitly() {
    WcsSpec spec = SpecLoader.loadBundled();
    Parameter callee = spec.method("OnCallEvent").orElseThrow().parameter("callee").orElseThrow();
    assertEquals("call.callee", callee.see().orElseThrow());
    assertEquals(spec.method("call").orElseThrow().parameter("callee").orElseThrow().description(),
        callee.description());
  }

  @Test
  void requestFieldsAddMissingContextParameters() {
    WcsSpec spec = SpecLoader.loadBundled();
    HookMethod error = spec.method("ErrorEvent").orElseThrow();
    assertEquals(List.of("info", "nodeId", "sessionId", "appKey"),
        spec.requestFields(error).stream().map(Parameter::name).toList());
  }

  @Test
  void missingFileSaysItDoesNotExist(@TempDir Path dir) {
    Path file = dir.resolve("missing.yaml");
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
    assertEquals(List.of("cannot read: " + file + ": no such file, the file does not exist"), e.problems());
    assertTrue(e.getMessage().startsWith(file + " is not a valid WCS hooks spec:"), e.getMessage());
  }

  @Test
  void missingRelativeFileNamesTheWorkingDirectory() {
    Path file = Path.of("no-such-dir", "missing.yaml");
    Path cwd = Path.of("").toAbsolutePath();
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
    assertEquals(List.of("cannot read: " + file + ": no such file, the file does not exist (a relative path, "
        + "resolved against the working directory " + cwd + ", so looked for at " + cwd.resolve(file) + ")"),
        e.problems());
  }

  @Test
  void directorySaysItIsNotAFile(@TempDir Path dir) {
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(dir));
    assertEquals(List.of("cannot read: " + dir + " is a directory, not a file"), e.problems());
    assertFalse(e.getMessage().contains("YAML"), e.getMessage());
    assertFalse(e.getMessage().contains("line"), e.getMessage());
  }

  @Test
  void fileOnDiskLoads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("copy.yaml");
    Files.writeString(file, bundledText());
    assertEquals(38, SpecLoader.load(file).methods().size());
  }

  @Test
  void invalidYamlNamesTheLine() {
    SpecException e = rejected("specVersion: \"1.0.0\"\nmethods: [\n  - {name: x\n");
    assertTrue(e.getMessage().contains("line"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  @Test
  void schemaViolationNamesLineAndPath() throws IOException {
    String text = bundledText().replaceFirst("kind: connect", "kind: connection");
    SpecException e = rejected(text);
    int line = lineOf(text, "kind: connection");
    assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("line " + line + ", $.methods[0].kind: ")),
        e.getMessage());
  }

  @Test
  void missingRequiredFieldIsReported() throws IOException {
    String text = bundledText().replaceFirst("    forbid: may\n", "");
    SpecException e = rejected(text);
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("$.methods[0]") && p.contains("forbid")),
        e.getMessage());
  }

  @Test
  void danglingGreyReferenceIsReported() throws IOException {
    String text = bundledText().replace("see: call.callee", "see: call.calee");
    SpecException e = rejected(text);
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("'call.calee' is not a described parameter")),
        e.getMessage());
    assertTrue(e.problems().stream().allMatch(p -> p.startsWith("line ")), e.getMessage());
  }

  @Test
  void unknownEnumAndDuplicateParameterAreBothReported() throws IOException {
    String text = bundledText()
        .replace("enum: DtmfType", "enum: DtmfKind")
        .replaceFirst("      - name: urlServer\n", "      - name: appKey\n");
    SpecException e = rejected(text);
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("unknown enum 'DtmfKind'")), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("duplicate parameter 'appKey' in method connect")),
        e.getMessage());
  }

  /**
   * YAML keeps the last of two equal keys without a word: a second "parameters:" added to a method
   * would silently drop its first list, a second "kind:" would change the kind. Every repeated key
   * is a problem, with its line and path and the line of the first.
   */
  @Test
  void repeatedKeysAreAllReported() throws IOException {
    String text = bundledText()
        .replaceFirst("    kind: connect\n", "    kind: connect\n    kind: event\n")
        .replaceFirst("(specVersion: \"[^\"]*\"\n)", "$1specVersion: \"0.0.1\"\n");
    SpecException e = rejected(text);
    assertEquals(List.of(
        "line " + lineOf(text, "specVersion: \"0.0.1\"") + ", $.specVersion: key 'specVersion' is repeated (first on "
            + "line " + lineOf(text, "specVersion: ") + "); YAML would keep only the last, remove one",
        "line " + lineOf(text, "kind: event") + ", $.methods[0].kind: key 'kind' is repeated (first on "
            + "line " + lineOf(text, "kind: connect") + "); YAML would keep only the last, remove one"),
        e.problems());
  }

  /**
   * A spec saved in another encoding than UTF-8 (here Latin-1, as some editors save it): the
   * problem is where the first bad byte is, not where the YAML reader's buffer happened to be.
   */
  @Test
  void bytesThatAreNotUtf8AreReportedWhereTheyAre() throws IOException {
    String text = bundledText().replace("en: \"The body of the XCAP response\"", "en: \"The body of the XCAP r\u00e9sponse\"");
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    SpecException e = assertThrows(SpecException.class,
        () -> SpecLoader.load("broken.yaml", new ByteArrayInputStream(latin1)));
    String line = text.lines().filter(l -> l.contains("r\u00e9sponse")).findFirst().orElseThrow();
    assertEquals(List.of("line " + lineOf(text, "r\u00e9sponse") + ", column " + (line.indexOf('\u00e9') + 1)
        + ": not UTF-8: byte 0xE9 is not valid here in UTF-8; save the spec as UTF-8"), e.problems());
  }

  /**
   * Types the generator has no Java mapping for were dropped without a word: an enum on a boolean
   * gave a Boolean accessor documented as taking the enum's values, items on a string were ignored,
   * and a restClientConfig field typed integer got a String setter. Each is a problem now.
   */
  @Test
  void typesTheGeneratorCannotMapAreAllReported() throws IOException {
    String text = bundledText()
        .replaceFirst("      - name: sipRegisterRequired\n        type: boolean\n",
            "      - name: sipRegisterRequired\n        type: boolean\n        enum: DtmfType\n")
        .replaceFirst("      - name: sipLogin\n        type: string\n",
            "      - name: sipLogin\n        type: string\n        items: string\n")
        .replaceFirst("    - name: restPolicy\n      type: string\n", "    - name: restPolicy\n      type: integer\n")
        .replaceFirst("\\{name: hasAudio, type: boolean, ", "{name: hasAudio, type: boolean, enum: DtmfType, ");
    SpecException e = rejected(text);
    assertEquals(List.of(
        "line " + lineOf(text, "enum: DtmfType\n        description") + ", $.methods[0].parameters[2].enum: an "
            + "enum applies to type string or to an array of strings (items: string), not to type boolean",
        "line " + lineOf(text, "items: string\n        description") + ", $.methods[0].parameters[3].items: items "
            + "applies to type array only, not to type string",
        "line " + lineOf(text, "      type: integer\n      enum: RestPolicy") + ", $.restClientConfig.fields[3].type: "
            + "a restClientConfig field is of type string or fieldList, not integer",
        "line " + lineOf(text, "{name: hasAudio, type: boolean, enum") + ", $.restApi.objects[0].fields[15].enum: an "
            + "enum applies to type string, not to type boolean"),
        e.problems());
  }

  /**
   * A parameter is described (type, description) or grey (see). A mistake in one was reported
   * against both shapes: "must be valid to one and only one schema", "required property 'see'
   * not found", "property 'type' is not defined": three of four lines wrong about what to fix.
   * Now a parameter with see is checked as grey, any other as described.
   */
  @Test
  void aMistakeInAParameterIsReportedAgainstItsOwnShape() throws IOException {
    String text = bundledText()
        .replaceFirst("      - name: sipRegisterRequired\n        type: boolean\n",
            "      - name: sipRegisterRequired\n        type: bool\n")
        .replace("        see: call.callee\n", "        see: call.callee\n        type: string\n");
    SpecException e = rejected(text);
    String grey = text.substring(0, text.indexOf("        see: call.callee\n"));
    int greyLine = grey.split("\n", -1).length - 1;
    assertEquals(List.of(
        "line " + lineOf(text, "type: bool\n") + ", $.methods[0].parameters[2].type: does not have a value in the "
            + "enumeration [\"string\", \"boolean\", \"integer\", \"number\", \"object\", \"array\", \"fieldList\"]"),
        e.problems().subList(0, 1));
    assertTrue(e.problems().stream().noneMatch(p -> p.contains("one and only one") || p.contains("'see' not found")),
        e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("line " + greyLine + ", ")
        && p.endsWith(": property 'type' is not defined in the schema and the schema does not allow additional "
        + "properties")), e.getMessage());
  }

  /**
   * YAML 1.1, which the parser follows, reads an unquoted ON, off, yes or No as a boolean: an enum
   * value written so was reported as "boolean found" with no word of why. Where the source text was
   * such a word, the problem says to quote it; where it was true or false, it does not.
   */
  @Test
  void yamlOneOneBooleansAreToldToBeQuoted() throws IOException {
    String text = bundledText()
        .replace("    values: [LOG, FAIL]\n", "    values: [LOG, FAIL, ON, off]\n")
        .replace("    values: [reg]\n", "    values:\n      - reg\n      - yes\n      - No\n      - \"y\"\n")
        .replace("      default: LOG\n", "      default: true\n");
    SpecException e = rejected(text);
    String quote = ": boolean found, string expected; YAML reads ";
    assertEquals(List.of(
        "line " + lineOf(text, "      - yes\n") + ", $.enums[7].values[1]" + quote + "yes as the boolean true: write \"yes\""
            + " in quotes",
        "line " + lineOf(text, "      - No\n") + ", $.enums[7].values[2]" + quote + "No as the boolean false: write \"No\""
            + " in quotes",
        "line " + lineOf(text, "[LOG, FAIL, ON, off]") + ", $.enums[14].values[2]" + quote + "ON as the boolean true: "
            + "write \"ON\" in quotes",
        "line " + lineOf(text, "[LOG, FAIL, ON, off]") + ", $.enums[14].values[3]" + quote + "off as the boolean false: "
            + "write \"off\" in quotes",
        "line " + lineOf(text, "default: true") + ", $.restClientConfig.fields[2].default: boolean found, string "
            + "expected"),
        e.problems());
  }
}
