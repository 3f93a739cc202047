import GRDB

/// The schema, as named migrations. Append only: never edit or reorder a migration that has
/// shipped; add a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()

        m.registerMigration("v1-requests") { db in
            try db.create(table: "request") { t in
                t.primaryKey("id", .text)
                t.column("conversation_id", .text).notNull().indexed()
                t.column("created_at", .double).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("route", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("intent", .text)
                t.column("confidence", .double)
                t.column("in_scope", .boolean)
                t.column("keywords", .text).notNull().defaults(to: "[]")
                t.column("redacted_text", .text).notNull()
                t.column("answer", .text)
                t.column("meta", .text).notNull().defaults(to: "{}")
                t.column("updated_at", .double).notNull()
            }
        }

        m.registerMigration("v1-outbox") { db in
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("request_id", .text).references("request", onDelete: .setNull)
                t.column("kind", .text).notNull()
                t.column("idempotency_key", .text).notNull().unique()
                t.column("priority", .integer).notNull().defaults(to: 0)
                t.column("payload", .blob).notNull()
                t.column("bytes", .integer).notNull()
                t.column("state", .text).notNull().indexed()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("created_at", .double).notNull()
                t.column("next_attempt_at", .double).notNull()
                t.column("lease_until", .double)
                t.column("expires_at", .double).notNull()
                t.column("last_error", .text)
                t.column("dead_reason", .text)
                t.column("traceparent", .text)
            }
            try db.create(index: "outbox_due", on: "outbox", columns: ["state", "priority", "next_attempt_at"])
        }

        m.registerMigration("v1-vault") { db in
            try db.create(table: "vault") { t in
                t.column("conversation_id", .text).notNull()
                t.column("placeholder", .text).notNull()
                t.column("sealed", .blob).notNull()
                t.column("created_at", .double).notNull()
                t.column("expires_at", .double).notNull().indexed()
                t.primaryKey(["conversation_id", "placeholder"])
            }
        }

        m.registerMigration("v1-audit") { db in
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .double).notNull()
                t.column("event", .text).notNull()
                t.column("request_id", .text)
                t.column("detail", .text).notNull().defaults(to: "{}")
            }
        }

        m.registerMigration("v1-counters") { db in
            try db.create(table: "counter") { t in
                t.primaryKey("name", .text)
                t.column("value", .integer).notNull().defaults(to: 0)
            }
        }
        m.registerMigration("v2-outbox-monotonic-age") { db in
            // TTL on monotonic time within one boot (CLOCK_BOOTTIME), wall time across reboots.
            try db.alter(table: "outbox") { t in
                t.add(column: "created_boot_id", .text).notNull().defaults(to: "")
                t.add(column: "created_uptime", .double).notNull().defaults(to: 0)
            }
        }
        m.registerMigration("v3-drop-audit") { db in
            // Never written: what a technician needs is in the journal and the counters.
            try db.drop(table: "audit")
        }
        m.registerMigration("v4-request-reply") { db in
            // What a cloud reply carries besides its text: tool calls, finish reason, usage (JSON).
            try db.alter(table: "request") { t in t.add(column: "reply", .text) }
        }
        return m
    }
}
