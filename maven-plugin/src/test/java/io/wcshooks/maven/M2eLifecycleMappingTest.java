package io.wcshooks.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The plugin's jar carries its m2e lifecycle mapping, so that Eclipse runs its goals instead of
 * marking the user's pom "Plugin execution not covered by lifecycle configuration": well-formed,
 * naming every goal of the plugin's descriptor and no other, each executed on configuration (the
 * generated source root becomes a source folder) and on incremental builds (a spec edited in the
 * IDE is picked up).
 */
class M2eLifecycleMappingTest {
  private static final Path MAPPING = PluginDescriptor.classes().resolve("META-INF/m2e/lifecycle-mapping-metadata.xml");

  @Test
  void everyGoalIsExecutedOnConfigurationAndOnIncrementalBuilds() throws Exception {
    assertTrue(Files.isRegularFile(MAPPING), MAPPING + " is missing");
    Element root = PluginDescriptor.parse(MAPPING).getDocumentElement();
    assertEquals("lifecycleMappingMetadata", root.getTagName());
    List<Element> executions = PluginDescriptor.children(root, "pluginExecutions", "pluginExecution");
    assertFalse(executions.isEmpty(), "no <pluginExecution>");
    List<String> mapped = new ArrayList<>();
    for (Element execution : executions) {
      for (Element filter : PluginDescriptor.children(execution, "pluginExecutionFilter")) {
        for (Element goal : PluginDescriptor.children(filter, "goals", "goal")) {
          mapped.add(goal.getTextContent().strip());
        }
      }
      List<Element> execute = PluginDescriptor.children(execution, "action", "execute");
      assertEquals(1, execute.size(), "the action is not <execute>");
      assertEquals("true", PluginDescriptor.text(execute.get(0), "runOnConfiguration"));
      assertEquals("true", PluginDescriptor.text(execute.get(0), "runOnIncremental"));
    }
    List<String> goals = PluginDescriptor.goals();
    assertFalse(goals.isEmpty(), "the descriptor has no goals");
    assertEquals(goals.stream().sorted().toList(), mapped.stream().sorted().toList(),
        "the mapping's goals are not the plugin's");
  }
}
