// Package domain holds nq57's data types, their rules and its errors. It depends
// on nothing but the standard library and golang.org/x/text, so every other
// package (storage, report, excel, web) can share it.
package domain

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Code classifies an error so that the command line, the web pages and the API
// can each turn it into an exit status, an HTTP status and a clear message.
type Code string

const (
	Invalid   Code = "invalid"
	NotFound  Code = "not_found"
	Conflict  Code = "conflict"
	Forbidden Code = "forbidden"
	// Stale refuses a save made against a record that someone else changed
	// after the person's page was drawn: nothing of that record is written.
	Stale Code = "stale"
	// TooMany refuses a request made too often (sign-in attempts): wait, then
	// try again.
	TooMany Code = "too_many"
	// Busy refuses a request the server has no room for at the moment (every
	// password hasher taken): try again in a few seconds.
	Busy Code = "busy"
)

// Problem is one thing wrong with an input: where it is and why, in Vietnamese.
type Problem struct {
	Field   string // form field, flag, JSON key or "Sheet!C12" in a workbook
	Message string
}

func (p Problem) String() string {
	if p.Field == "" {
		return p.Message
	}
	return p.Field + ": " + p.Message
}

// Error is a domain error. Message is written for the person using nq57.
type Error struct {
	Code     Code
	Message  string
	Problems []Problem
	Current  *Revision // a Stale error: the record as the other person left it
}

func (e *Error) Error() string {
	if len(e.Problems) == 0 {
		return e.Message
	}
	lines := make([]string, 0, len(e.Problems)+1)
	lines = append(lines, e.Message)
	for _, p := range e.Problems {
		lines = append(lines, "  - "+p.String())
	}
	return strings.Join(lines, "\n")
}

// Errorf returns an *Error with the given code.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// InvalidInput returns an Invalid error listing every problem found.
func InvalidInput(message string, problems []Problem) *Error {
	return &Error{Code: Invalid, Message: message, Problems: problems}
}

// ErrorCode returns the code of the first *Error in err's chain, or "" if none.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// IsNotFound reports whether err says that something does not exist.
func IsNotFound(err error) bool { return ErrorCode(err) == NotFound }

// Revision is a record as it stands: its version, who changed it last and
// when, and what it holds now in words ("60 %", "Đạt", "đã xóa").
type Revision struct {
	Version int64
	By      string
	At      time.Time
	Value   string
}

// StaleRecord refuses a save of record (named as a person reads it: "tiêu chí
// II.6, tháng 3 năm 2026") made against an older version than current.
func StaleRecord(record string, current Revision) *Error {
	msg := fmt.Sprintf("%s vừa được %s sửa", UpperFirst(record), orSomeone(current.By))
	if !current.At.IsZero() {
		msg += " lúc " + current.At.In(Vietnam).Format("15:04 ngày 02/01/2006")
	}
	if current.Value != "" {
		msg += ", nay là “" + current.Value + "”"
	}
	msg += ", sau khi trang của bạn được mở. Thay đổi của bạn cho mục này chưa được lưu: hãy xem lại rồi lưu lần nữa nếu vẫn muốn sửa."
	return &Error{Code: Stale, Message: msg, Current: &current}
}

func orSomeone(by string) string {
	if by == "" {
		return "người khác"
	}
	return by
}
