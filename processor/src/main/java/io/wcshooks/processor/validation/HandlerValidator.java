package io.wcshooks.processor.validation;

import com.palantir.javapoet.ClassName;
import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.HandlerModel;
import io.wcshooks.processor.model.HandlerOwnerModel;
import io.wcshooks.processor.model.HookModel;
import io.wcshooks.processor.model.Names;
import io.wcshooks.processor.writer.RuntimeTypes;
import io.wcshooks.spec.HookMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Checks users' {@code @WcsHook} methods against the spec and reports every mistake, each anchored
 * to the element at fault with a message that says how to fix it; it keeps going after the first.
 */
public final class HandlerValidator {
  /**
   * The generated builder's own fields, and Object's methods, which an owner's builder method (also a
   * builder field) must not be named; {@code limits} and {@code build} also keep their meaning.
   */
  private static final Set<String> BUILDER_MEMBERS = Set.of(
      "limits", "handling", "disableUnhandled", "build", "equals", "hashCode", "toString", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");

  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final GenerationModel model;
  private final Map<String, HookModel> hooks = new LinkedHashMap<>();
  private boolean failed;

  public HandlerValidator(ProcessingEnvironment env, GenerationModel model) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.messager = env.getMessager();
    this.model = model;
    model.hooks().forEach(h -> hooks.put(h.wireName(), h));
  }

  /**
   * The checked handlers and the classes whose instances they need.
   *
   * @param handlers the valid handlers, at most one per hook
   * @param owners the classes with valid instance handlers
   * @param valid whether no error was reported
   * @param generatable whether code can be generated from the valid part (false without the runtime)
   */
  public record Result(List<HandlerModel> handlers, List<HandlerOwnerModel> owners, boolean valid,
      boolean generatable) {}

  /** Whether a method's signature names a type that does not exist yet (e.g. a request type not generated). */
  public static boolean hasUnresolvedTypes(ExecutableElement method) {
    if (method.getReturnType().getKind() == TypeKind.ERROR) {
      return true;
    }
    return method.getParameters().stream().anyMatch(p -> p.asType().getKind() == TypeKind.ERROR);
  }

  /**
   * Whether the hook name is a constant javac cannot resolve ({@code @WcsHook(Missing.NAME)}): javac
   * gives its value as the string {@code "<error>"}, which no wire name is. Like an unresolved type,
   * another processor may still generate the constant's class; if none does, javac reports it.
   */
  public static boolean hasUnresolvedHookName(ExecutableElement method) {
    AnnotationMirror mirror = annotation(method);
    if (mirror == null) {
      return false;
    }
    return mirror.getElementValues().entrySet().stream()
        .anyMatch(e -> e.getKey().getSimpleName().contentEquals("value") && "<error>".equals(e.getValue().getValue()));
  }

  public Result validate(List<ExecutableElement> methods) {
    TypeElement context = elements.getTypeElement(RuntimeTypes.HOOK_CONTEXT.canonicalName());
    TypeElement result = elements.getTypeElement(RuntimeTypes.HOOK_RESULT.canonicalName());
    if (context == null || result == null) {
      for (ExecutableElement method : methods) {
        error(method, "@WcsHook needs wcs-hooks-runtime on the compile classpath (io.wcshooks.api.HookContext and "
            + "HookResult are missing): add the io.wcshooks:wcs-hooks-runtime dependency");
      }
      return new Result(List.of(), List.of(), false, false);
    }

    // Duplicates by hook name, among every method that names a real hook, whatever else is wrong
    // with it: a mistake in one of the pair must not hide the duplicate until the next build.
    Map<String, List<ExecutableElement>> byHook = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      if (!hasUnresolvedHookName(method) && hooks.containsKey(hookName(method))) {
        byHook.computeIfAbsent(hookName(method), k -> new ArrayList<>()).add(method);
      }
    }
    List<HandlerModel> handlers = new ArrayList<>();
    Set<TypeElement> ownersNeedingInstances = new HashSet<>();
    for (ExecutableElement method : methods) {
      Optional<HandlerModel> handler = validate(method, context.asType(), result.asType());
      if (handler.isEmpty() || byHook.get(handler.get().hook().wireName()).size() > 1) {
        continue;
      }
      handlers.add(handler.get());
      if (!handler.get().isStatic()) {
        ownersNeedingInstances.add((TypeElement) method.getEnclosingElement());
      }
    }
    byHook.forEach((hook, named) -> {
      ExecutableElement first = named.get(0);
      for (ExecutableElement other : named.subList(1, named.size())) {
        error(other, "'" + hook + "' already has a handler, " + describe(first)
            + "; a hook has exactly one handler: merge the two or remove one");
        error(first, "'" + hook + "' has a second handler, " + describe(other)
            + "; a hook has exactly one handler: merge the two or remove one");
      }
    });

    List<HandlerOwnerModel> owners = new ArrayList<>();
    // An owner's name is a builder method, and a field and parameter in generated code: it must not
    // be the builder's other methods, nor hide a class or package that generated code names.
    Set<String> usedNames = new HashSet<>(BUILDER_MEMBERS);
    usedNames.addAll(Names.obscuringNames(model.packageName(),
        handlers.stream().map(HandlerModel::owner).toList()));
    // Named in the order of their qualified names, not javac's order of the files (which the user
    // does not control): of two classes named alike, the same one always gets the plain name.
    List<TypeElement> ordered = ownersNeedingInstances.stream()
        .sorted(Comparator.comparing((TypeElement t) -> t.getQualifiedName().toString()))
        .toList();
    for (TypeElement owner : ordered) {
      String name = Names.unique(Names.memberName(owner.getSimpleName().toString()), usedNames);
      usedNames.add(name);
      Optional<ExecutableElement> constructor = defaultConstructor(owner);
      boolean usable = constructor.isPresent() && !throwsChecked(constructor.get());
      owners.add(new HandlerOwnerModel(ClassName.get(owner), name, usable, owner.getTypeParameters().size(),
          deprecated(owner) || (usable && elements.isDeprecated(constructor.get())),
          constructor.isPresent() && !usable));
    }
    return new Result(handlers, owners, !failed, true);
  }

  private Optional<HandlerModel> validate(ExecutableElement method, TypeMirror contextType, TypeMirror resultType) {
    boolean ok = checkAccess(method);
    if (hasUnresolvedHookName(method)) {
      failed = true; // javac reports the missing symbol; "no hook is named '<error>'" would only add noise
      return Optional.empty();
    }
    Optional<HookModel> hook = resolveHook(method);
    if (hook.isEmpty()) {
      return Optional.empty();
    }
    HookModel h = hook.get();
    TypeElement requestElement = elements.getTypeElement(h.requestType().canonicalName());
    TypeMirror requestType = requestElement.asType();

    if (hasUnresolvedTypes(method)) {
      // An unresolved type is the same type as any other to Types.isSameType(): never take it for
      // the request. javac reports the missing class; generating on would only add errors.
      failed = true;
      return Optional.empty();
    }
    List<HandlerModel.Argument> arguments = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror type = parameter.asType();
      HandlerModel.Argument argument;
      if (types.isSameType(type, requestType)) {
        argument = HandlerModel.Argument.REQUEST;
      } else if (types.isSameType(type, contextType)) {
        argument = HandlerModel.Argument.CONTEXT;
      } else {
        error(parameter, "parameter '" + parameter.getSimpleName() + "' has type " + type + ", but a handler for '"
            + h.wireName() + "' takes " + h.requestType().simpleName() + " (the hook's request) and/or HookContext"
            + otherHookHint(type));
        ok = false;
        continue;
      }
      if (arguments.contains(argument)) {
        error(parameter, "parameter '" + parameter.getSimpleName() + "' repeats " + type
            + "; a handler takes each of " + h.requestType().simpleName() + " and HookContext at most once");
        ok = false;
        continue;
      }
      arguments.add(argument);
    }

    HandlerModel.Returns returns = null;
    TypeMirror returnType = method.getReturnType();
    HookMethod spec = h.method();
    if (returnType.getKind() == TypeKind.VOID) {
      returns = HandlerModel.Returns.VOID;
    } else if (types.isSameType(returnType, requestType)) {
      returns = HandlerModel.Returns.REQUEST;
    } else if (types.isSameType(returnType, resultType)) {
      if (spec.mayAnswerForbidden()) {
        returns = HandlerModel.Returns.RESULT;
      } else {
        error(method, "'" + h.wireName() + "' is " + kindPhrase(spec) + ": it has already happened and cannot be "
            + "forbidden, so its handler cannot return HookResult; return void (or " + h.requestType().simpleName()
            + ") and WCS gets the echo");
        ok = false;
      }
    } else {
      error(method, "a handler for '" + h.wireName() + "' returns void, " + h.requestType().simpleName()
          + (spec.mayAnswerForbidden() ? " or HookResult" : "") + ", not " + returnType);
      ok = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      error(method, "a handler cannot be generic: remove the type parameters");
      ok = false;
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!isExceptionOrError(thrown)) {
        error(method, "a handler may throw exceptions (subclasses of java.lang.Exception) and errors, not " + thrown
            + ": the generated " + model.resourceType().simpleName() + " calls it from a Callable, which answers"
            + " WCS by the hook's failure policy when it throws; declare Exception instead");
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new HandlerModel(h, ClassName.get((TypeElement) method.getEnclosingElement()),
        method.getSimpleName().toString(), method.getModifiers().contains(Modifier.STATIC), arguments, returns,
        deprecated(method)));
  }

  private Optional<HookModel> resolveHook(ExecutableElement method) {
    String name = hookName(method);
    HookModel hook = hooks.get(name);
    if (hook != null) {
      return Optional.of(hook);
    }
    Optional<String> nearest = NearestName.among(name, hooks.keySet());
    String message = "no WCS hook is named '" + name + "'"
        + nearest.map(n -> "; did you mean '" + n + "'?").orElse("; the spec's hooks are " + String.join(", ", hooks.keySet()))
        + (explicitValue(method).isEmpty() ? " (the hook name is the method's name unless @WcsHook(\"...\") names it)" : "");
    AnnotationMirror mirror = annotation(method);
    Optional<AnnotationValue> value = explicitValue(method);
    if (mirror != null && value.isPresent()) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, method, mirror, value.get());
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, method);
    }
    failed = true;
    return Optional.empty();
  }

  private String hookName(ExecutableElement method) {
    return explicitValue(method)
        .map(v -> v.getValue().toString())
        .orElse(method.getSimpleName().toString());
  }

  private Optional<AnnotationValue> explicitValue(ExecutableElement method) {
    AnnotationMirror mirror = annotation(method);
    if (mirror == null) {
      return Optional.empty();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      // @WcsHook("") is the same as @WcsHook: the method's name is the hook's.
      if (entry.getKey().getSimpleName().contentEquals("value") && !"".equals(entry.getValue().getValue())) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private static AnnotationMirror annotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(RuntimeTypes.WCS_HOOK.canonicalName())) {
        return mirror;
      }
    }
    return null;
  }

  private boolean checkAccess(ExecutableElement method) {
    boolean ok = true;
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (elements.getPackageOf(owner).isUnnamed()) {
      error(method, "a handler's class cannot be in the unnamed package: the generated "
          + model.resourceType().simpleName() + " in package " + model.packageName()
          + " cannot refer to it; move it into a package");
      return false;
    }
    boolean samePackage = elements.getPackageOf(owner).getQualifiedName().contentEquals(model.packageName());
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      error(method, "a handler must not be private: the generated " + model.resourceType().simpleName()
          + " calls it directly; make it public");
      ok = false;
    } else if (!samePackage && !modifiers.contains(Modifier.PUBLIC)) {
      error(method, "a handler must be public: the generated " + model.resourceType().simpleName()
          + " in package " + model.packageName() + " calls it");
      ok = false;
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      error(method, "a handler needs a body: it cannot be abstract");
      ok = false;
    }
    for (String problem : classProblems(owner, samePackage, modifiers.contains(Modifier.STATIC))) {
      error(method, problem);
      ok = false;
    }
    if (!ok) {
      failed = true;
    }
    return ok;
  }

  /**
   * Why generated code in the hooks' package cannot name the class (it and each class enclosing it
   * must be accessible from there), or cannot create it: an instance handler's class needs an
   * instance of no other class, so it cannot be an inner class. Only the handler's class itself
   * matters there: a static one (or a record, enum or interface, static without saying so) needs no
   * enclosing instance even inside an inner class, and a static handler needs no instance at all
   * (both legal since Java 16). Empty when generated code can use it.
   */
  private List<String> classProblems(TypeElement owner, boolean samePackage, boolean staticHandler) {
    List<String> problems = new ArrayList<>();
    for (Element type = owner; type.getKind().isClass() || type.getKind().isInterface();
        type = type.getEnclosingElement()) {
      TypeElement t = (TypeElement) type;
      if (t.getModifiers().contains(Modifier.PRIVATE) || (!samePackage && !t.getModifiers().contains(Modifier.PUBLIC))) {
        problems.add("a handler's class must be accessible from package " + model.packageName() + ": make "
            + t.getQualifiedName() + " public");
        break;
      }
      if (t.getNestingKind() == NestingKind.TOP_LEVEL) {
        break;
      }
    }
    if (!staticHandler && isInner(owner)) {
      problems.add("a handler's class cannot be an inner class: make " + owner.getQualifiedName() + " static");
    }
    return problems;
  }

  /**
   * Whether creating the class needs an instance of the class enclosing it. A class nested in an
   * interface is static without saying so, as are records, enums and interfaces (javac may or may
   * not list the implicit modifier).
   */
  private static boolean isInner(TypeElement type) {
    return type.getNestingKind() == NestingKind.MEMBER && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)
        && !type.getEnclosingElement().getKind().isInterface();
  }

  /** Whether the element, or a class enclosing it, is deprecated: naming it makes javac warn. */
  private boolean deprecated(Element element) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (elements.isDeprecated(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether calling the constructor needs a checked exception caught: {@code new T()} in the
   * builder's {@code build()} would not compile. A type variable of the constructor's own is
   * inferred as RuntimeException there.
   */
  private boolean throwsChecked(ExecutableElement constructor) {
    TypeMirror runtime = elements.getTypeElement(RuntimeException.class.getCanonicalName()).asType();
    TypeMirror error = elements.getTypeElement(Error.class.getCanonicalName()).asType();
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      if (thrown.getKind() == TypeKind.TYPEVAR
          && constructor.getTypeParameters().contains(types.asElement(thrown))) {
        continue;
      }
      if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a handler's {@code throws} type may escape {@code Callable.call()}: an Exception or an
   * Error. A type variable (of the handler's class; a generic handler is an error of its own)
   * stands for its bound, since generated code names the class with wildcards.
   */
  private boolean isExceptionOrError(TypeMirror thrown) {
    TypeMirror erased = types.erasure(thrown);
    return types.isSubtype(erased, elements.getTypeElement(Exception.class.getCanonicalName()).asType())
        || types.isSubtype(erased, elements.getTypeElement(Error.class.getCanonicalName()).asType());
  }

  /**
   * The no-argument constructor generated code may call, if the class has one: a class's, or a
   * record's canonical one when it has no components (javac lists implicit constructors too).
   */
  private Optional<ExecutableElement> defaultConstructor(TypeElement owner) {
    if (owner.getModifiers().contains(Modifier.ABSTRACT)
        || (owner.getKind() != ElementKind.CLASS && owner.getKind() != ElementKind.RECORD)) {
      return Optional.empty();
    }
    boolean samePackage = elements.getPackageOf(owner).getQualifiedName().contentEquals(model.packageName());
    for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
      Set<Modifier> modifiers = constructor.getModifiers();
      if (constructor.getParameters().isEmpty() && !modifiers.contains(Modifier.PRIVATE)
          && (samePackage || modifiers.contains(Modifier.PUBLIC))) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  private String otherHookHint(TypeMirror type) {
    for (HookModel other : hooks.values()) {
      TypeElement element = elements.getTypeElement(other.requestType().canonicalName());
      if (element != null && types.isSameType(type, element.asType())) {
        return "; " + other.requestType().simpleName() + " is the request of '" + other.wireName() + "'";
      }
    }
    return "";
  }

  private static String kindPhrase(HookMethod method) {
    return switch (method.kind()) {
      case EVENT -> "an event";
      case CONNECT -> "connect";
      case DIRECT -> "a direct invocation";
      case INCOMING -> "an incoming invocation";
    };
  }

  /** The method as a reader finds it: class, name and parameter types (overloads differ only there). */
  private String describe(ExecutableElement method) {
    StringBuilder text = new StringBuilder(((TypeElement) method.getEnclosingElement()).getQualifiedName())
        .append('.').append(method.getSimpleName()).append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      TypeMirror type = method.getParameters().get(i).asType();
      Element declared = types.asElement(type);
      text.append(declared != null ? declared.getSimpleName().toString() : type.toString());
    }
    return text.append(')').toString();
  }

  private void error(Element element, String message) {
    failed = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
