package io.tandem.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page's calls of public methods without arguments ({@code #{level.name()}}, how a page reads a
 * record), each method looked up once per class and name. EL's own bean resolver looks the method
 * up among all the class's public methods on every call, copying them each time: 9 % of the
 * workspace dashboard's CPU time under load. A call with arguments, on a class that is not public
 * or of a method it does not have is left to that resolver, which behaves as before.
 */
public class AccessorCallResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || params != null && params.length > 0) {
            return null;
        }
        Optional<Method> accessor = ACCESSORS.get(base.getClass()).computeIfAbsent(name,
                found -> accessor(base.getClass(), found));
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object result = accessor.get().invoke(base);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    /** The public method of that name without parameters, if the class and the method's own class are public. */
    private static Optional<Method> accessor(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            Method method = type.getMethod(name);
            return Modifier.isPublic(method.getDeclaringClass().getModifiers()) ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the other resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
