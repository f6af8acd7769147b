package io.wcshooks.spec.seeds;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the vendor documents are: the directory surefire names in {@code wcs.seeds.dir}. */
final class Seeds {

  static final String PROPERTY = "wcs.seeds.dir";

  private Seeds() {}

  /**
   * The seeds directory. A missing directory fails the test rather than skipping it: a
   * cross-check that silently does not run would let the spec drift from its sources.
   */
  static Path dir() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return fail("System property " + PROPERTY + " is not set, so the spec cannot be checked against the"
          + " vendor documents. Run the tests through Maven (the parent pom passes it to surefire) or pass"
          + " -D" + PROPERTY + "=/absolute/path/to/shared/seeds.");
    }
    Path dir = Path.of(value);
    if (!Files.isDirectory(dir)) {
      return fail("The seed documents are missing: " + PROPERTY + "=" + value + " is not a directory."
          + " The spec is checked against them; check out shared/seeds beside the repository"
          + " (the default is ${maven.multiModuleProjectDirectory}/../shared/seeds).");
    }
    return dir;
  }

  /** The one seed whose file name starts with {@code number_}, e.g. {@code 000}. */
  static Path file(String number) {
    Path dir = dir();
    List<Path> matches;
    try (Stream<Path> files = Files.list(dir)) {
      matches = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).sorted().toList();
    } catch (IOException e) {
      return fail("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (matches.size() != 1) {
      return fail("expected exactly one seed " + number + "_*.txt in " + dir + ", found " + matches);
    }
    return matches.get(0);
  }

  /** wcs-facts.md, which lives beside the seeds directory. */
  static Path facts() {
    Path facts = dir().toAbsolutePath().getParent().resolve("wcs-facts.md");
    if (!Files.isRegularFile(facts)) {
      return fail("The wire facts are missing: " + facts + " does not exist (it belongs beside " + dir() + ").");
    }
    return facts;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return fail("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static List<String> lines(Path file) {
    return read(file).lines().toList();
  }
}
