package domain

import "time"

// NoticeKind is what a notification tells.
type NoticeKind string

const (
	NoticeRequest     NoticeKind = "request"     // to a commune: the province asks for a report
	NoticeDueSoon     NoticeKind = "due_soon"    // to a commune: a requested report is due in N days
	NoticeOverdue     NoticeKind = "overdue"     // to a commune: a requested report is overdue
	NoticeReturned    NoticeKind = "returned"    // to a commune: the province returned its report, with the reason
	NoticeAccepted    NoticeKind = "accepted"    // to a commune: the province accepted its report
	NoticeSubmitted   NoticeKind = "submitted"   // to a province: a commune submitted its report
	NoticeResubmitted NoticeKind = "resubmitted" // to a province: a commune submitted a corrected report
)

// Notice is one notification to one person: shown in the app until read,
// and e-mailed through the outbox when the person has an address and the
// server can send mail.
type Notice struct {
	ID        int64
	UserID    int64
	OrgID     int64 // the organisation of the person told
	Kind      NoticeKind
	Title     string // one line: "Tỉnh trả lại báo cáo tháng 3 năm 2026"
	Body      string // the details: the reason, the due date
	Link      string // a path of the app that shows it: "/reports/2026-03"
	DedupKey  string // a reminder is made once per person and key; "" for no such rule
	CreatedAt time.Time
	ReadAt    time.Time // zero while unread
}

// OutboxMessage is a message to another system, written in the transaction
// of the event that makes it and sent by a worker that retries until it goes.
type OutboxMessage struct {
	ID        int64
	Channel   string // "email"
	Recipient string // the e-mail address
	Subject   string
	Body      string
	Link      string // a path of the app; the sender puts the server's address before it
	CreatedAt time.Time
	NextAt    time.Time // not tried before this
	Attempts  int
	LastError string
	SentAt    time.Time // zero until sent
}

// OutboxEmail is the channel of e-mail messages.
const OutboxEmail = "email"
