package io.wcshooks.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** A processor run with a Filer that throws, to see what a failure inside the processor becomes. */
final class FailingFiler {
  static final String MESSAGE = "simulated failure of the Filer";

  private FailingFiler() {}

  static Processor around(Processor delegate) {
    return new Processor() {
      @Override
      public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
      }

      @Override
      public void init(ProcessingEnvironment env) {
        delegate.init(failingFiler(env));
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
      }

      @Override
      public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
          ExecutableElement member, String userText) {
        return delegate.getCompletions(element, annotation, member, userText);
      }
    };
  }

  private static ProcessingEnvironment failingFiler(ProcessingEnvironment env) {
    Filer filer = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
        (proxy, method, args) -> {
          throw new IllegalStateException(MESSAGE);
        });
    return (ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getFiler")) {
            return filer;
          }
          try {
            return method.invoke(env, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
