package io.wcshooks.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.wcshooks.processor.writer.RuntimeTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds {@code @WcsHook} methods of local and anonymous classes (enum constants' bodies included).
 * javac's {@code RoundEnvironment} never returns them, since it does not look into method bodies
 * and initializers: without this, such a handler would be left out silently, and its hook (say
 * {@code connect}, checking a token) would answer the echo. Annotation processing does not
 * attribute method bodies, so the annotation is recognized by its name, as the file imports it.
 *
 * <p>Needs javac's tree API; with another compiler, or javac behind a wrapper that hides it,
 * {@link #create} returns null and nothing is checked.
 */
public final class LocalHandlers {
  private static final String PACKAGE = RuntimeTypes.WCS_HOOK.packageName();
  private static final String SIMPLE_NAME = RuntimeTypes.WCS_HOOK.simpleName();

  private final Trees trees;
  private final Set<CompilationUnitTree> scanned = Collections.newSetFromMap(new IdentityHashMap<>());

  /** A handler found in a local or anonymous class, where its compilation unit has it. */
  public record Found(MethodTree method, CompilationUnitTree unit) {}

  private LocalHandlers(Trees trees) {
    this.trees = trees;
  }

  /** The finder, or null where javac's tree API is not available. */
  public static LocalHandlers create(ProcessingEnvironment env) {
    try {
      return new LocalHandlers(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  /** The handlers in local and anonymous classes of the source files of {@code roots} not scanned before. */
  public List<Found> find(Set<? extends Element> roots) {
    List<Found> found = new ArrayList<>();
    for (Element root : roots) {
      if (!(root instanceof TypeElement)) {
        continue;
      }
      TreePath path = trees.getPath(root);
      if (path == null || !scanned.add(path.getCompilationUnit())) {
        continue;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      boolean imported = importsAnnotation(unit);
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitMethod(MethodTree method, Void unused) {
          if (inLocalClass(getCurrentPath()) && isWcsHook(method, imported)) {
            found.add(new Found(method, unit));
          }
          return super.visitMethod(method, unused);
        }
      }.scan(unit, null);
    }
    return found;
  }

  /** Reports a found handler as an error at its method. */
  public void report(Found handler, String message) {
    trees.printMessage(Diagnostic.Kind.ERROR, message, handler.method(), handler.unit());
  }

  /** Whether the method's class is declared in a block, a lambda or a {@code new} (or in a class that is). */
  private static boolean inLocalClass(TreePath method) {
    for (TreePath path = method.getParentPath(); path != null; path = path.getParentPath()) {
      Tree tree = path.getLeaf();
      if (tree instanceof BlockTree || tree instanceof LambdaExpressionTree || tree instanceof NewClassTree) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWcsHook(MethodTree method, boolean imported) {
    for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
      String name = annotation.getAnnotationType().toString();
      if (name.equals(RuntimeTypes.WCS_HOOK.canonicalName()) || (imported && name.equals(SIMPLE_NAME))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code WcsHook} in this file means the annotation: imported by name or on demand, or the same package. */
  private static boolean importsAnnotation(CompilationUnitTree unit) {
    if (unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE)) {
      return true;
    }
    for (ImportTree anImport : unit.getImports()) {
      String name = anImport.getQualifiedIdentifier().toString();
      if (!anImport.isStatic()
          && (name.equals(RuntimeTypes.WCS_HOOK.canonicalName()) || name.equals(PACKAGE + ".*"))) {
        return true;
      }
    }
    return false;
  }
}
