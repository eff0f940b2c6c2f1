package org.welcomingcity.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordAccessorsTest {

    public record Row(String reference, long id) {

        public boolean overdue() {
            return id > 10;
        }

        public String failing() {
            throw new IllegalStateException("no such state");
        }

        public String label(String prefix) {
            return prefix + reference;
        }
    }

    private final RecordAccessors resolver = new RecordAccessors();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void callsARecordsAccessorsAndMethodsWithoutArguments() {
        Row row = new Row("WC-2026-000001", 11);
        assertEquals("WC-2026-000001", resolver.invoke(context, row, "reference", new Class<?>[0], new Object[0]));
        assertTrue(context.isPropertyResolved());
        assertEquals(true, resolver.invoke(context, row, "overdue", null, null));
        assertEquals(11L, resolver.invoke(context, row, "id", null, new Object[0]));
    }

    @Test
    void leavesEverythingElseToTheResolversAfterIt() {
        Row row = new Row("WC-2026-000001", 1);
        assertNull(resolver.invoke(context, row, "label", new Class<?>[] {String.class}, new Object[] {"#"}));
        assertNull(resolver.invoke(context, row, "nothing", null, null));
        assertNull(resolver.invoke(context, "a string", "length", null, null));
        assertNull(resolver.getValue(context, row, "reference"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aFailingMethodFailsTheExpressionWithItsCause() {
        ELException failed = assertThrows(ELException.class,
                () -> resolver.invoke(context, new Row("x", 1), "failing", null, null));
        assertEquals("no such state", failed.getCause().getMessage());
    }
}
