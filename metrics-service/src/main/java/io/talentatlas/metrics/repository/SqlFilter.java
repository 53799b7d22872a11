package io.talentatlas.metrics.repository;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a native query built from optional filters: only the filters actually given become SQL,
 * so no untyped null parameter reaches PostgreSQL and the planner sees the real shape of each query.
 */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (naming {@code :name}) when {@code value} is not null. */
    SqlFilter when(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters that always applies. */
    SqlFilter always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition that always applies, with its parameter. */
    SqlFilter always(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** {@code WHERE a AND b …}, or an empty string when there is no condition. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters of the conditions in use. */
    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
