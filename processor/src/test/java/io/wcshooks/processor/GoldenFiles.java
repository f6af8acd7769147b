package io.wcshooks.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Compares every source file a compilation generated with the golden files of a scenario,
 * {@code src/test/resources/golden/<scenario>/<package path>/<Type>.java}, exactly.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the golden files from what the processor
 * generates now (stale ones are deleted); then review the diff before committing it.
 */
final class GoldenFiles {
  static final String UPDATE_PROPERTY = "golden.update";
  private static final String HOW_TO_UPDATE =
      "to (re)create the golden files from the current output, run: mvn test -pl processor -D" + UPDATE_PROPERTY
          + "=true, then review the diff";
  /** Where compile-testing puts generated sources: {@code /SOURCE_OUTPUT/io/wcshooks/hooks/Connect.java}. */
  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";

  private GoldenFiles() {}

  static Path scenarioDir(String scenario) {
    return ProcessorTesting.moduleDir().resolve("src/test/resources/golden").resolve(scenario);
  }

  static void assertMatches(Compilation compilation, String scenario) {
    compare(generatedSources(compilation), scenario);
  }

  private static void compare(Map<String, String> generated, String scenario) {
    Path dir = scenarioDir(scenario);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      update(dir, generated);
      return;
    }
    Map<String, String> golden = goldenSources(dir);
    if (golden.isEmpty()) {
      fail("no golden files for scenario '" + scenario + "' in " + dir + "; " + HOW_TO_UPDATE);
    }
    List<String> problems = new ArrayList<>();
    TreeSet<String> missing = new TreeSet<>(golden.keySet());
    missing.removeAll(generated.keySet());
    TreeSet<String> extra = new TreeSet<>(generated.keySet());
    extra.removeAll(golden.keySet());
    if (!missing.isEmpty()) {
      problems.add("not generated, though golden: " + missing);
    }
    if (!extra.isEmpty()) {
      problems.add("generated, without a golden file: " + extra);
    }
    if (!problems.isEmpty()) {
      fail("scenario '" + scenario + "': " + String.join("; ", problems) + "; " + HOW_TO_UPDATE);
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertEquals(golden.get(file.getKey()), file.getValue(),
          () -> "scenario '" + scenario + "': " + file.getKey() + " differs from " + dir.resolve(file.getKey())
              + "; if the change is intended, " + HOW_TO_UPDATE);
    }
  }

  /**
   * For a scenario that differs from a base scenario only in the generated package: the types that
   * depend on the scenario's own handlers ({@code ownTypes}, e.g. {@code WcsHooks}) have golden
   * files of their own; every other generated file must be the base scenario's golden file, moved
   * from {@code basePackage} to {@code packageName}, so the two scenarios do not keep the same
   * files twice.
   */
  static void assertMatchesRelocated(Compilation compilation, String scenario, String baseScenario,
      String basePackage, String packageName, Set<String> ownTypes) {
    Map<String, String> own = new TreeMap<>();
    Map<String, String> moved = new TreeMap<>();
    String dir = packageName.replace('.', '/') + "/";
    String baseDir = basePackage.replace('.', '/') + "/";
    generatedSources(compilation).forEach((path, content) -> {
      String type = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
      if (ownTypes.contains(type)) {
        own.put(path, content);
      } else if (path.startsWith(dir)) {
        moved.put(baseDir + path.substring(dir.length()), content);
      } else {
        fail("scenario '" + scenario + "': generated outside " + packageName + ": " + path);
      }
    });
    if (!Boolean.getBoolean(UPDATE_PROPERTY)) {
      Map<String, String> base = goldenSources(scenarioDir(baseScenario));
      base.keySet().removeIf(path -> ownTypes.contains(
          path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length())));
      assertEquals(base.keySet(), moved.keySet(), () -> "scenario '" + scenario + "' generates other spec types than '"
          + baseScenario + "'; " + HOW_TO_UPDATE);
      for (Map.Entry<String, String> file : moved.entrySet()) {
        assertEquals(base.get(file.getKey()).replace(basePackage, packageName), file.getValue(),
            () -> "scenario '" + scenario + "': " + file.getKey() + " is not the '" + baseScenario
                + "' golden file moved to " + packageName);
      }
    }
    compare(own, scenario);
  }

  /** Relative path ({@code io/wcshooks/hooks/Connect.java}) to content. */
  private static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.toUri().getPath();
      int at = name.indexOf(SOURCE_OUTPUT);
      if (at < 0) {
        throw new AssertionError("unexpected generated file location: " + file.toUri());
      }
      try {
        sources.put(name.substring(at + SOURCE_OUTPUT.length()), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static Map<String, String> goldenSources(Path dir) {
    Map<String, String> sources = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return sources;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        sources.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  private static void update(Path dir, Map<String, String> generated) {
    try {
      for (String stale : goldenSources(dir).keySet()) {
        if (!generated.containsKey(stale)) {
          Files.delete(dir.resolve(stale));
        }
      }
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.println("golden files rewritten in " + dir + ": review the diff");
  }
}
