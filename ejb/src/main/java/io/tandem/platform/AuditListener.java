package io.tandem.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Objects;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Default entity listener (META-INF/orm.xml): appends an audit event for every change to an
 * {@link Audited} entity. It writes through the transaction's own connection, so the event
 * commits or rolls back with the change, and the database names the actor from the caller
 * the transaction was opened for.
 */
public class AuditListener {

    @PostLoad
    void loaded(Object entity) {
        if (entity instanceof Audited audited) {
            audited.rememberAuditedState(json(audited));
        }
    }

    @PostPersist
    void created(Object entity) {
        if (entity instanceof Audited audited) {
            String after = json(audited);
            append(audited, "CREATE", null, after);
            audited.rememberAuditedState(after);
        }
    }

    @PostUpdate
    void updated(Object entity) {
        if (entity instanceof Audited audited) {
            String after = json(audited);
            if (!Objects.equals(after, audited.auditedState())) {
                append(audited, "UPDATE", audited.auditedState(), after);
                audited.rememberAuditedState(after);
            }
        }
    }

    @PostRemove
    void removed(Object entity) {
        if (entity instanceof Audited audited) {
            append(audited, "DELETE", audited.auditedState() != null ? audited.auditedState() : json(audited), null);
        }
    }

    private static void append(Audited entity, String action, String before, String after) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement append = connection.prepareStatement(
                     "select tandem_audit_append(?, ?, ?, ?, ?, ?, ?)")) {
            if (entity.auditWorkspaceId() == null) {
                append.setNull(1, Types.BIGINT);
            } else {
                append.setLong(1, entity.auditWorkspaceId());
            }
            append.setString(2, entity.getClass().getSimpleName());
            append.setString(3, String.valueOf(entity.auditId()));
            append.setString(4, action);
            append.setString(5, before);
            append.setString(6, after);
            append.setString(7, entity.auditPrivateTo());
            append.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the audit event; the change is rolled back", e);
        }
    }

    private static String json(Audited entity) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Map.Entry<String, Object> field : entity.auditState().entrySet()) {
            if (field.getValue() == null) {
                object.addNull(field.getKey());
            } else {
                object.add(field.getKey(), String.valueOf(field.getValue()));
            }
        }
        return object.build().toString();
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup(DatabaseMigration.DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
