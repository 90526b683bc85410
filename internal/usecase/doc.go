// Package usecase is the base of nq57's application layer: who acts (Actor),
// what every use case is given (Env), and the audit entry each write leaves.
//
// The use cases themselves live in one package per area, each named for what
// it holds: entry (progress values and evidence), programs (programs, groups,
// criteria and their import), reporting (compose, issue, unlock, report
// settings), submissions (intake, workflow, their settings), meetings
// (meetings and tasks), accounts (users, sign-in, sessions), orgs (units) and
// auditlog (reading the log).
//
// A use case is one method: it takes a context, the Actor and plain input,
// and owns everything its rules need: the permission check, the transaction,
// the period lock, the version check that refuses a stale save, the value
// history, the audit entry and the deadlines. The edges (the web pages, the
// JSON API, the command line) read their input, call one use case and show
// the result; none of them opens a transaction or writes the audit log.
package usecase
