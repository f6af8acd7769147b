package io.wcshooks.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.wcshooks.processor.model.EnumModel;
import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.HookModel;
import io.wcshooks.processor.model.SpecModels;
import io.wcshooks.processor.validation.HandlerValidator;
import io.wcshooks.processor.validation.LocalHandlers;
import io.wcshooks.processor.writer.EntryPointWriter;
import io.wcshooks.processor.writer.OpenEnumWriter;
import io.wcshooks.processor.writer.RequestTypeWriter;
import io.wcshooks.processor.writer.ResourceWriter;
import io.wcshooks.processor.writer.RestClientConfigWriter;
import io.wcshooks.processor.writer.RestClientWriter;
import io.wcshooks.processor.writer.RuntimeTypes;
import io.wcshooks.spec.SpecException;
import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.slf4j.LoggerFactory;

/**
 * Generates a WCS hook backend from the spec and the module's {@code @WcsHook} methods.
 *
 * <p>Rounds: the first one that sees a {@code @WcsHook} writes what the spec alone decides (request
 * types, open enums, the restClientConfig builder). Handlers name those request types, so they are
 * checked in a later round, once the types exist; then the resource and the {@code WcsHooks} entry
 * point are written. Nothing is written in the last round, which javac would not compile: a handler
 * that names a class that never appears is left to javac's "cannot find symbol". A handler whose
 * class appears only after that (another processor generated it in a later round) is an error, as
 * it could no longer be called; so is one in a local or anonymous class, which javac does not list
 * to processors at all ({@link LocalHandlers}). Any internal failure becomes a compile error, never
 * an exception in javac.
 *
 * <p>Which spec, and which package: a {@code package-info.java} annotated {@code @WcsHooksSpec}
 * (written by the wcs-hooks Maven plugin) names both, and also starts generation in a module with
 * no handler yet; a spec that no longer has the digest the marker records is an error
 * ({@link MarkedSpec}). Without one, {@code -Awcshooks.spec=<file>} reads another spec file than the
 * bundled one, and {@code -Awcshooks.package=<name>} sets the package (default
 * {@value #DEFAULT_PACKAGE}).
 *
 * <p>The builder's names: {@code WcsHooks.builder()} takes an instance of each class with instance
 * handlers by a method named after the class's simple name, its first letter lower-cased (a leading
 * run of capitals lower-cased as one word: {@code URLHooks} to {@code urlHooks}) and its other
 * letters, underscores and digits kept as they are, in any script ({@code My_Hooks} to
 * {@code my_Hooks}, {@code Ärger} to {@code ärger}); a keyword gets an underscore ({@code Int} to
 * {@code int_}). A name already taken (by the builder's own methods, by another handler class of
 * the same simple name, or by a name generated code must not hide) gets the first free number,
 * from 2. The classes take their names in the order of their qualified names, not in the order
 * javac is given the files: of {@code com.example.audit.Hooks} and {@code com.example.auth.Hooks},
 * the first always gets {@code hooks(...)}, the second {@code hooks2(...)}.
 *
 * <p>A build that recompiles only some files (Maven with {@code useIncrementalCompilation} off, an
 * IDE) shows the processor only their handlers, while {@code WcsHooks} must call all of them: the
 * classes with handlers are recorded in the class output ({@value #HANDLER_CLASSES}), and those
 * of the previous compilation that still exist are checked and wired in again.
 */
@AutoService(Processor.class)
public final class WcsHookProcessor extends AbstractProcessor {
  public static final String SPEC_OPTION = "wcshooks.spec";
  public static final String PACKAGE_OPTION = "wcshooks.package";
  public static final String DEFAULT_PACKAGE = "io.wcshooks.hooks";
  static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
  /** In the class output: the classes with handlers, one qualified name a line. */
  static final String HANDLER_CLASSES = "META-INF/wcs-hooks/handler-classes.txt";

  /** The top-level classes this compilation compiles from sources, by name. */
  private final Set<String> sourceTypes = new HashSet<>();
  /** Classes with handlers, by name: elements are not reused across rounds. */
  private final Set<String> ownerNames = new LinkedHashSet<>();
  /** The {@code @WcsHooksSpec} package, if the module has one. */
  private SpecMarker marker;
  private GenerationModel model;
  /** Classes of the generated package named like a java.lang class, which they hide there. */
  private String[] javaLangShadowed = new String[0];
  private boolean specTypesWritten;
  /**
   * Generated classes that a class of the sources is named like, reported: not written. The others
   * are, so that the user's code that names them shows no errors besides the clashes.
   */
  private final Set<String> clashing = new HashSet<>();
  /** Whether the Filer refused a generated file (reported): generation stops after the current step. */
  private boolean refused;
  private boolean done;
  /** Whether the resource and entry point are written: a handler that appears after that is never called. */
  private boolean generated;
  /** Finds handlers javac does not report (local and anonymous classes); null without javac's tree API. */
  private LocalHandlers localHandlers;
  /** Those found and not yet reported: reported with the other handlers' errors. */
  private final List<LocalHandlers.Found> unreportedLocalHandlers = new ArrayList<>();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    quietSlf4j();
    try {
      localHandlers = LocalHandlers.create(processingEnv);
    } catch (LinkageError e) {
      localHandlers = null; // a compiler without com.sun.source: nothing to look into
    }
  }

  /**
   * Keeps SLF4J's own start-up notice out of the user's build. The spec loader's JSON schema
   * validator logs through SLF4J; a compile class path seldom has an SLF4J provider, and SLF4J then
   * prints "SLF4J(W): No SLF4J providers were found..." to stderr in every compilation, about a
   * library the user never chose. SLF4J (2.0.10 and later; the processor brings 2.0.16) reads the
   * system property {@value #SLF4J_VERBOSITY} once, when it starts (org.slf4j.helpers.Reporter):
   * so start it now with the property at ERROR, unless the user set it, and then remove it again,
   * so that nothing else in the JVM sees it. No provider is forced on anyone: one on the class path
   * works as usual, and SLF4J's errors still show.
   */
  private static void quietSlf4j() {
    if (System.getProperty(SLF4J_VERBOSITY) != null) {
      return;
    }
    System.setProperty(SLF4J_VERBOSITY, "ERROR");
    try {
      LoggerFactory.getILoggerFactory();
    } catch (LinkageError e) {
      // No SLF4J on the processor path: nothing to quieten.
    } finally {
      System.clearProperty(SLF4J_VERBOSITY);
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(RuntimeTypes.WCS_HOOK.canonicalName(), RuntimeTypes.WCS_HOOKS_SPEC.canonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SPEC_OPTION, PACKAGE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      process(round);
    } catch (NotGenerated e) {
      done = true;
    } catch (Throwable t) {
      done = true;
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "wcs-hooks processor failed internally (please report it with this trace): " + trace);
    }
    // @WcsHook is this processor's alone: claiming it keeps javac from warning that nobody did.
    return true;
  }

  private void process(RoundEnvironment round) throws IOException {
    if (done) {
      if (generated) {
        reportLateHandlers(round);
      }
      return;
    }
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        sourceTypes.add(type.getQualifiedName().toString());
      }
    }
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(RuntimeTypes.WCS_HOOK.canonicalName());
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Element owner = element.getEnclosingElement();
        if (element.getKind() == ElementKind.METHOD && owner instanceof TypeElement type) {
          ownerNames.add(type.getQualifiedName().toString());
        }
      }
    }
    if (localHandlers != null) {
      unreportedLocalHandlers.addAll(localHandlers.find(round.getRootElements()));
    }
    findMarker(round);
    if (ownerNames.isEmpty() && marker == null && unreportedLocalHandlers.isEmpty()) {
      return;
    }
    if (model == null) {
      model = loadModel();
      if (model == null) {
        done = true;
        return;
      }
      if (reportCompiledElsewhere()) {
        done = true;
        return;
      }
      // First, so that the generated code is the same as when every file is compiled again.
      Set<String> owners = new LinkedHashSet<>(previousHandlerClasses());
      owners.addAll(ownerNames);
      ownerNames.clear();
      ownerNames.addAll(owners);
    }
    javaLangShadowed = javaLangShadowed();
    if (!specTypesWritten) {
      // Every clash at once: the resource and entry point are written rounds later, and a clash
      // found only then would show one build after those of the request types.
      reportClashingClasses();
      writeSpecTypes();
      specTypesWritten = true;
      if (!clashing.isEmpty() || refused) {
        throw new NotGenerated();
      }
      return; // handlers are checked next round, when the request types they name exist
    }

    List<ExecutableElement> handlers = handlerMethods();
    boolean unresolved = handlers.stream()
        .anyMatch(m -> HandlerValidator.hasUnresolvedTypes(m) || HandlerValidator.hasUnresolvedHookName(m));
    if (unresolved) {
      // Another processor may still generate what they name: wait. If nothing has by the last
      // round, javac reports the missing classes; generating then would only add errors, and
      // warnings about files created in the last round. The other handlers' mistakes are still
      // reported, so that one typo does not hide them until the next build (the validator passes
      // over the unresolved handlers without a word).
      done = round.processingOver();
      if (done) {
        reportLocalHandlers();
        new HandlerValidator(processingEnv, model).validate(handlers);
      }
      return;
    }
    done = true;
    // In this round, with the other handlers' errors: an error in an earlier round would end the
    // rounds before WcsHooks exists, and the user's imports of it would fail too.
    reportLocalHandlers();
    HandlerValidator.Result result = new HandlerValidator(processingEnv, model).validate(handlers);
    if (!result.generatable() || round.processingOver()) {
      // In the last round, javac compiles no more generated files (and warns about them): it got
      // here before the usual round because of errors of its own, which it reports.
      return;
    }
    // With errors reported, the valid part is still generated: the user's imports of WcsHooks then
    // resolve, and the handlers' errors are the only ones javac shows (once a processor has reported
    // an error javac checks no method bodies, so only the types need to exist).
    GenerationModel complete = model.withHandlers(result.handlers(), result.owners());
    Element[] origins = handlers.stream().map(Element::getEnclosingElement).distinct().toArray(Element[]::new);
    write(ResourceWriter.write(complete), origins);
    write(EntryPointWriter.write(complete), origins);
    if (refused) {
      throw new NotGenerated();
    }
    writeHandlerClasses(handlers, origins);
    generated = true;
  }

  /**
   * The simple names that mean another class than java.lang's in the generated package: the
   * generated classes' (a hook is named by WCS), and those of the users' classes already there
   * (with the Maven plugin the package is the users' choice, and may be one of theirs).
   */
  private String[] javaLangShadowed() {
    Set<String> names = new LinkedHashSet<>(model.typeNames());
    PackageElement generatedPackage = processingEnv.getElementUtils().getPackageElement(model.packageName());
    if (generatedPackage != null) {
      for (TypeElement type : ElementFilter.typesIn(generatedPackage.getEnclosedElements())) {
        names.add(type.getSimpleName().toString());
      }
    }
    return names.stream()
        .filter(name -> processingEnv.getElementUtils().getTypeElement("java.lang." + name) != null)
        .toArray(String[]::new);
  }

  private void reportLocalHandlers() {
    for (LocalHandlers.Found handler : unreportedLocalHandlers) {
      localHandlers.report(handler, "a handler cannot be in a local or anonymous class: the generated "
          + model.resourceType().simpleName() + " cannot refer to it, so it would never be called; move it into a "
          + "top-level class or a static nested one");
    }
    unreportedLocalHandlers.clear();
  }

  /**
   * Handlers in classes that appeared after the resource was written (generated by another
   * processor in a later round): they cannot be wired in any more, and would never be called.
   */
  private void reportLateHandlers(RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(RuntimeTypes.WCS_HOOK.canonicalName());
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (element.getKind() == ElementKind.METHOD && element.getEnclosingElement() instanceof TypeElement type
          && !ownerNames.contains(type.getQualifiedName().toString())) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "this handler's class "
            + type.getQualifiedName() + " was generated after wcs-hooks wrote " + model.entryPointType()
            + ", so the handler would never be called: generate the class in an earlier round (from the "
            + "module's sources, not from other generated code) or write it by hand", element);
      }
    }
    if (localHandlers != null) {
      unreportedLocalHandlers.addAll(localHandlers.find(round.getRootElements()));
      reportLocalHandlers();
    }
  }

  /**
   * Where the Maven plugin said the spec is: a package annotated {@code @WcsHooksSpec}.
   *
   * @param packageName the annotated package, where the hooks are generated
   * @param specPath the spec file's absolute path, empty for the bundled spec
   * @param sha256 the digest of the spec the plugin checked, empty when none is recorded
   * @param element the package, for messages
   */
  private record SpecMarker(String packageName, String specPath, String sha256, Element element) {}

  private void findMarker(RoundEnvironment round) {
    TypeElement annotation =
        processingEnv.getElementUtils().getTypeElement(RuntimeTypes.WCS_HOOKS_SPEC.canonicalName());
    if (annotation == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (!(element instanceof PackageElement pkg)) {
        continue;
      }
      String path = "";
      String sha256 = "";
      for (AnnotationMirror mirror : pkg.getAnnotationMirrors()) {
        if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(RuntimeTypes.WCS_HOOKS_SPEC.canonicalName())) {
          for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
              : mirror.getElementValues().entrySet()) {
            if (value.getKey().getSimpleName().contentEquals("path")) {
              path = String.valueOf(value.getValue().getValue());
            } else if (value.getKey().getSimpleName().contentEquals("sha256")) {
              sha256 = String.valueOf(value.getValue().getValue());
            }
          }
        }
      }
      SpecMarker found = new SpecMarker(pkg.getQualifiedName().toString(), path, sha256, pkg);
      if (marker != null && !marker.packageName().equals(found.packageName())) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "@WcsHooksSpec is on both "
            + marker.packageName() + " and " + found.packageName() + "; a module generates its hooks once:"
            + " keep one", pkg);
        done = true;
        return;
      }
      marker = found;
    }
  }

  /** The model of the spec, or null after reporting why there is none. */
  private GenerationModel loadModel() {
    Map<String, String> options = processingEnv.getOptions();
    if (marker != null) {
      if (options.containsKey(SPEC_OPTION) || options.containsKey(PACKAGE_OPTION)) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "the spec and package are configured"
            + " twice: by @WcsHooksSpec on package " + marker.packageName() + " (the wcs-hooks Maven plugin) and"
            + " by -A" + SPEC_OPTION + "/-A" + PACKAGE_OPTION + "; configure them in the plugin only",
            marker.element());
        return null;
      }
      return loadModel(marker.specPath(), marker.packageName(),
          "@WcsHooksSpec(path = \"" + marker.specPath() + "\")", marker.sha256(), marker.element());
    }
    // javac gives -Akey= (no value) as null
    String packageName = options.containsKey(PACKAGE_OPTION)
        ? Objects.requireNonNullElse(options.get(PACKAGE_OPTION), "")
        : DEFAULT_PACKAGE;
    if (!SourceVersion.isName(packageName)) {
      error("-A" + PACKAGE_OPTION + "=" + packageName + " is not a package name: give a Java package such as "
          + DEFAULT_PACKAGE + " (the default, when the option is absent)");
      return null;
    }
    String specFile = processingEnv.getOptions().get(SPEC_OPTION);
    boolean bundled = specFile == null || specFile.isBlank();
    return loadModel(specFile, packageName, "-A" + SPEC_OPTION + "=" + (bundled ? "<bundled>" : specFile), "", null);
  }

  /**
   * @param sha256 the digest the marker records of the spec the Maven plugin checked, empty if none:
   *     a spec file that no longer has it is an error on the marker
   * @param origin where the spec is named, for its errors: the marker's package, or null for an option
   */
  private GenerationModel loadModel(String specFile, String packageName, String option, String sha256,
      Element origin) {
    boolean bundled = specFile == null || specFile.isBlank();
    WcsSpec spec;
    try {
      spec = bundled ? SpecLoader.loadBundled() : MarkedSpec.load(Path.of(specFile), sha256);
    } catch (InvalidPathException e) {
      error("wcs-hooks cannot use its spec (" + option + "): not a file path: " + e.getMessage(), origin);
      return null;
    } catch (SpecException e) {
      error("wcs-hooks cannot use its spec (" + option + "): " + e.getMessage(), origin);
      return null;
    } catch (MarkedSpec.Changed e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "the spec " + specFile + " is not the one "
          + "the wcs-hooks Maven plugin checked and recorded in this @WcsHooksSpec: its SHA-256 is " + e.actual()
          + ", the marker's " + sha256 + " (the spec changed after the plugin ran, or the marker is left from an "
          + "earlier build). Run the plugin again (any Maven build through generate-sources) so that it checks the "
          + "spec and rewrites the marker; an IDE that compiles without running the plugin needs that step after "
          + "every edit to the spec", origin);
      return null;
    }
    return SpecModels.build(spec, packageName);
  }

  private void error(String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message);
  }

  /** An error on {@code element}, the user's source that caused it; without one, on the compilation. */
  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private void writeSpecTypes() throws IOException {
    for (HookModel hook : model.hooks()) {
      write(RequestTypeWriter.write(hook, model.specVersion()));
    }
    for (EnumModel type : model.enums()) {
      write(OpenEnumWriter.write(type, model.specVersion()));
    }
    write(RestClientConfigWriter.write(model));
    for (EnumModel type : model.restApi().enums()) {
      write(OpenEnumWriter.write(type, model.specVersion()));
    }
    for (JavaFile file : RestClientWriter.write(model.restApi(), model.specVersion())) {
      write(file);
    }
  }

  /**
   * Whether the hooks' entry point is already compiled elsewhere on the class path, reported on the
   * sources that would generate it again: the module's main classes, when this compilation is its
   * tests, or a dependency's classes in the same package. A second {@code WcsHooks}, wiring only
   * these sources' handlers, would hide the first (or be hidden by it) at run time. One left in this
   * compilation's own output (an incremental build) is no concern: it is replaced.
   */
  private boolean reportCompiledElsewhere() {
    String entryPoint = model.entryPointType().canonicalName();
    // One in the sources is another mistake, a class named like a generated one, reported on it.
    if (processingEnv.getElementUtils().getTypeElement(entryPoint) == null || sourceTypes.contains(entryPoint)
        || inClassOutput(model.entryPointType())) {
      return false;
    }
    List<Element> sources = new ArrayList<>();
    for (String name : ownerNames) {
      TypeElement owner = processingEnv.getElementUtils().getTypeElement(name);
      if (owner != null) {
        sources.add(owner);
      }
    }
    if (marker != null) {
      sources.add(marker.element());
    }
    String message = entryPoint + " is already compiled on the class path (the module's main classes, when this"
        + " compiles its tests, or a dependency's): generating the hooks again here would make a second one, calling"
        + " only this compilation's handlers, that hides the first or is hidden by it. Keep handlers in the main"
        + " sources (a test gives WcsHooks.builder() its own instances); for a dependency's, generate into another"
        + " package (the Maven plugin's packageName)";
    for (Element source : sources) {
      error(message, source);
    }
    return true;
  }

  /** Whether the class file of {@code type} is in this compilation's class output. */
  private boolean inClassOutput(ClassName type) {
    try {
      processingEnv.getFiler()
          .getResource(StandardLocation.CLASS_OUTPUT, type.packageName(), type.simpleName() + ".class")
          .openInputStream()
          .close();
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The classes with handlers that the previous compilation into this class output recorded. */
  private List<String> previousHandlerClasses() {
    CharSequence text;
    try {
      text = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", HANDLER_CLASSES)
          .getCharContent(true);
    } catch (IOException | IllegalArgumentException e) {
      return List.of(); // none: a first or a clean build
    }
    // A class since deleted is left out by handlerMethods(), as one the compilation cannot find.
    return text.toString().lines().map(String::strip).filter(SourceVersion::isName).toList();
  }

  private void writeHandlerClasses(List<ExecutableElement> handlers, Element[] origins) throws IOException {
    StringBuilder text = new StringBuilder();
    handlers.stream()
        .map(m -> ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString())
        .distinct()
        .forEach(name -> text.append(name).append('\n'));
    FileObject file =
        processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", HANDLER_CLASSES, origins);
    try (var writer = file.openWriter()) {
      writer.write(text.toString());
    }
  }

  private List<ExecutableElement> handlerMethods() {
    List<ExecutableElement> methods = new ArrayList<>();
    for (String name : ownerNames) {
      TypeElement owner = processingEnv.getElementUtils().getTypeElement(name);
      if (owner == null) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        boolean annotated = method.getAnnotationMirrors().stream().anyMatch(m ->
            ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                .contentEquals(RuntimeTypes.WCS_HOOK.canonicalName()));
        if (annotated) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  private void write(JavaFile file, Element... origins) throws IOException {
    if (javaLangShadowed.length > 0) {
      // A hook is named by its wire name, which WCS decides: a class of the generated package
      // named String hides java.lang.String, which the writers leave unimported and unqualified.
      // JavaPoet qualifies the names it is told to (the writers set nothing else on the file).
      file = JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().alwaysQualify(javaLangShadowed).build())
          .skipJavaLangImports(true)
          .build();
    }
    String name = file.packageName() + "." + file.typeSpec().name();
    if (clashing.contains(name)) {
      return;
    }
    JavaFileObject source;
    try {
      source = processingEnv.getFiler().createSourceFile(name, origins);
    } catch (FilerException e) {
      // The Filer refuses a class the compilation already has: one reportClashingClasses() did not
      // see, such as another processor's. The other files are still written, so that the user's
      // code that names them shows no errors besides this one.
      reportClash(name, e.getMessage());
      refused = true;
      return;
    }
    try (var writer = source.openWriter()) {
      file.writeTo(writer);
    }
  }

  /**
   * Reports each class of this compilation's sources named like a class wcs-hooks generates, which
   * the Filer would refuse to create. A class only on the class path is no clash: the generated one
   * replaces it (an incremental build's own output, most often).
   */
  private void reportClashingClasses() {
    for (String simpleName : model.typeNames()) {
      String name = model.packageName() + "." + simpleName;
      if (sourceTypes.contains(name)) {
        reportClash(name, null);
        clashing.add(name);
      }
    }
  }

  /** @param why the Filer's message, or null */
  private void reportClash(String name, String why) {
    // With a marker, the package is the Maven plugin's to set: -A would configure it twice.
    String elsewhere = marker != null
        ? "the wcs-hooks Maven plugin's <packageName>"
        : "-A" + PACKAGE_OPTION + "=<package>";
    String message = "wcs-hooks generates " + name + ", but this compilation already has a class of that name"
        + (why == null ? "" : " (" + why + ")") + ": rename that class, or have wcs-hooks generate into another"
        + " package with " + elsewhere;
    TypeElement existing = processingEnv.getElementUtils().getTypeElement(name);
    if (existing != null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, existing);
    } else {
      error(message);
    }
  }

  /** Generation stopped after an error that has been reported. */
  private static final class NotGenerated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotGenerated() {
      super(null, null, false, false);
    }
  }
}
