package io.wcshooks.maven;

import io.wcshooks.spec.SpecException;
import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Prepares the hook generation of a module with its own spec: validates the spec (a mistake fails
 * the build here, with its line and path), and writes a {@code package-info.java} carrying
 * {@code @WcsHooksSpec} with the spec's path and digest into a generated source root.
 *
 * <p>Why a source file: Maven's compiler plugin recompiles a module when a source file changes, not
 * when a YAML file does. The file is rewritten exactly when the spec's bytes change, so an edit to
 * the spec alone recompiles the module and the processor regenerates the hooks, with no
 * {@code clean}; an unchanged spec leaves it untouched and incremental builds stay fast.
 */
@Mojo(name = "spec", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class SpecMojo extends AbstractMojo {
  private static final String ANNOTATION = "io.wcshooks.api.WcsHooksSpec";

  /** The module's spec. When the file does not exist, the processor's bundled spec is used. */
  @Parameter(property = "wcshooks.spec", defaultValue = "${project.basedir}/src/main/wcs/wcs-hooks.yaml")
  private File spec;

  /** The package of the generated hooks. */
  @Parameter(property = "wcshooks.package", defaultValue = "io.wcshooks.hooks")
  private String packageName;

  /** Where the marker source goes; added as a compile source root. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/wcs-hooks")
  private File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (!SourceVersion.isName(packageName)) {
      throw new MojoFailureException("packageName '" + packageName + "' is not a Java package name");
    }
    String path = "";
    String digest = "";
    if (spec.isFile()) {
      byte[] bytes = read(spec.toPath());
      try {
        WcsSpec loaded = SpecLoader.load(spec.getPath(), new java.io.ByteArrayInputStream(bytes));
        getLog().info("WCS hooks spec " + loaded.specVersion() + " (" + loaded.methods().size() + " hooks) from " + spec);
      } catch (SpecException e) {
        throw new MojoFailureException(e.getMessage(), e);
      }
      path = spec.getAbsolutePath();
      digest = sha256(bytes);
    } else {
      getLog().info("No " + spec + ": the hooks are generated from the bundled WCS hooks spec");
    }

    Path file = outputDirectory.toPath().resolve(packageName.replace('.', File.separatorChar)).resolve("package-info.java");
    String source = "/** The WCS hooks generated from " + (path.isEmpty() ? "the bundled spec" : "the module's spec") + ". */\n"
        + "@" + ANNOTATION + "(path = \"" + escape(path) + "\", sha256 = \"" + digest + "\")\n"
        + "package " + packageName + ";\n";
    try {
      if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        getLog().info("Spec changed: " + file + " rewritten, the module will be recompiled");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }

  private static byte[] read(Path file) throws MojoExecutionException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
