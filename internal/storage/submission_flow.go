package storage

// The storage of citizen submissions: submission_read.go (lookups, the
// inbox, published answers, history and files), submission_write.go (a new
// submission and the workflow steps), submissions.go (the row itself),
// answer_templates.go, deadline_rules.go and calendar_overrides.go. Its
// types (domain.Submission, domain.SubmissionFile, domain.SubmissionFilter)
// live in domain, so that the use cases and the pages need nothing of the
// store's own.
