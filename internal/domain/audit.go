package domain

import "time"

// AuditFilter narrows an organisation's audit log to one person, one kind of
// action and a span of time. A zero field does not narrow.
type AuditFilter struct {
	OrgID       int64
	UserID      int64     // the entries of one person
	CommandLine bool      // the entries of no person: the command line and the system
	Action      string    // one action: "program.add"
	Area        string    // every action of an area: "program" for "program.add", "program.edit", …
	From        time.Time // the first instant included
	Until       time.Time // the first instant no longer included
}

// AuditRecord is an entry of the audit log with the name of the person who
// made it as their account says it now ("" for the command line, or a person
// whose account is gone).
type AuditRecord struct {
	AuditEntry
	PersonName string
}
