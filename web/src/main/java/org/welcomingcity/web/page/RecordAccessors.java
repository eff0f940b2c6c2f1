package org.welcomingcity.web.page;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calls without arguments on the use cases' records, such as {@code #{r.reference()}}, from
 * methods looked up once per record type. The expression language's bean resolver looks the
 * method up again on every call, copying all the type's public methods each time: a queue page
 * of forty rows made thousands of copies. Anything else (arguments, other objects, properties)
 * goes on to the resolvers after this one.
 */
public class RecordAccessors extends ELResolver {

    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                    .collect(Collectors.toUnmodifiableMap(Method::getName, Function.identity(), (a, b) -> a));
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!(base instanceof Record) || params != null && params.length > 0 || method == null) {
            return null;
        }
        Method found = METHODS.get(base.getClass()).get(method.toString());
        if (found == null) {
            return null;
        }
        try {
            Object value = found.invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (IllegalAccessException notOpenToPages) {
            return null; // the bean resolver's to answer, or to refuse
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
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
        // properties are the bean resolver's
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
