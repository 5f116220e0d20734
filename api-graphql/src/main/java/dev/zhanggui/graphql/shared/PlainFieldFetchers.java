package dev.zhanggui.graphql.shared;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.DataFetcherService;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Reads the plain fields of our output types (records of strings, numbers, booleans, enums, other
 * types and lists of them) straight from their accessors. SmallRye's own field fetcher builds a
 * request context for every single field it reads (a clone, the result path as text, the selected
 * fields as JSON), which made it the largest cost of a product listing; our types are already in
 * their output form, so none of that is needed. Fields that do need SmallRye's work (scalars it
 * converts, such as {@code Instant}; adapters; maps; optionals) are left to it.
 */
public class PlainFieldFetchers implements DataFetcherService {
    private static final Map<String, String> BOXES = Map.of("int", Integer.class.getName(),
            "long", Long.class.getName(), "boolean", Boolean.class.getName(), "double", Double.class.getName());

    @Override
    public Integer getPriority() {
        return 10;
    }

    @Override
    public PlugableDataFetcher getFieldDataFetcher(Field field, Type type, Reference owner) {
        return isPlain(field) ? new AccessorFetcher<>(field, owner) : null;
    }

    static boolean isPlain(Field field) {
        if (field.hasTransformation() || field.isAdaptingWith() || field.isAdaptingTo()
                || field.getMethodName() == null) {
            return false;
        }
        Wrapper wrapper = field.getWrapper();
        if (wrapper != null && (!wrapper.isCollection() || wrapper.getWrapper() != null)) {
            return false;
        }
        Reference reference = field.getReference();
        if (reference.isAdaptingWith() || reference.isAdaptingTo()) {
            return false;
        }
        if (reference.getType() != ReferenceType.SCALAR) {
            return reference.getType() == ReferenceType.TYPE || reference.getType() == ReferenceType.ENUM;
        }
        String className = reference.getClassName();
        return className.equals(reference.getGraphQLClassName())
                || reference.getGraphQLClassName().equals(BOXES.get(className));
    }

    /** Calls the record accessor (or getter) of the field; resolved on first use. */
    static final class AccessorFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {
        private final String ownerClass;
        private final String methodName;
        private volatile MethodHandle accessor;

        AccessorFetcher(Field field, Reference owner) {
            this.ownerClass = owner.getClassName();
            this.methodName = field.getMethodName();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            try {
                return (T) accessor(source.getClass()).invoke(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        private MethodHandle accessor(Class<?> sourceClass) throws ReflectiveOperationException {
            MethodHandle found = accessor;
            if (found == null) {
                Class<?> owner = sourceClass.getName().equals(ownerClass) ? sourceClass
                        : Class.forName(ownerClass, true, Thread.currentThread().getContextClassLoader());
                found = MethodHandles.publicLookup().unreflect(owner.getMethod(methodName))
                        .asType(MethodType.methodType(Object.class, Object.class));
                accessor = found;
            }
            return found;
        }
    }
}
