package domain

import (
	"fmt"
	"strings"
	"time"
)

// CellState is where one commune stands for one period on the province's
// completeness page.
type CellState string

const (
	CellNotRequested CellState = "not_requested" // no request of the province applies
	CellNotDue       CellState = "not_due"       // not submitted, not due yet
	CellOverdue      CellState = "overdue"       // not submitted, past the due day
	CellOnTime       CellState = "on_time"       // submitted on or before the due day, not reviewed
	CellLate         CellState = "late"          // submitted after the due day, not reviewed
	CellReturned     CellState = "returned"      // returned for correction
	CellAccepted     CellState = "accepted"      // accepted (tiếp nhận)
)

// CellStates lists the states a filter offers, in the page's order.
var CellStates = []CellState{CellNotDue, CellOverdue, CellOnTime, CellLate, CellReturned, CellAccepted}

// Cell is one commune's state for one period: the one rule of what the
// completeness page, its workbook and its counts show.
type Cell struct {
	State    CellState
	Days     int       // working days late (CellLate) or overdue (CellOverdue)
	Due      time.Time // zero when no request applies
	FilingID int64     // 0 before any submission
	OnTime   bool      // the first version came by the due day
}

// CellOf is the state of a period for a commune: f is its filing (nil when
// nothing was submitted), requested whether a request applies and due its
// due day, today the calendar day in Vietnam, cal the province's working
// calendar.
func CellOf(f *Filing, requested bool, due, today time.Time, cal WorkingDayCounter) Cell {
	if f != nil {
		c := Cell{Due: f.Due, FilingID: f.ID, OnTime: f.OnTime()}
		switch {
		case f.Status == FilingAccepted:
			c.State = CellAccepted
		case f.Status == FilingReturned:
			c.State = CellReturned
		case c.OnTime:
			c.State = CellOnTime
		default:
			c.State, c.Days = CellLate, f.LateDays(cal)
		}
		return c
	}
	if !requested {
		return Cell{State: CellNotRequested}
	}
	if !today.After(due) {
		return Cell{State: CellNotDue, Due: due}
	}
	return Cell{State: CellOverdue, Due: due, Days: max(1, cal.WorkingDaysBetween(due, today))}
}

// Expected reports whether the cell counts among the reports expected by
// now: requested and due, or submitted already.
func (c Cell) Expected() bool {
	return c.State != CellNotRequested && c.State != CellNotDue
}

// Submitted reports whether a version was submitted.
func (c Cell) Submitted() bool { return c.FilingID != 0 }

// Label is the cell's state in words: "chưa nộp (quá hạn 3 ngày)",
// "nộp muộn (2 ngày)".
// The states without days read as the state does (CellState.Label).
func (c Cell) Label() string {
	switch c.State {
	case CellOverdue:
		return fmt.Sprintf("chưa nộp (quá hạn %d ngày)", c.Days)
	case CellLate:
		return fmt.Sprintf("nộp muộn (%d ngày)", c.Days)
	}
	return c.State.Label()
}

// Label names the state without its days, as the filter offers it.
func (s CellState) Label() string {
	switch s {
	case CellNotRequested:
		return "không yêu cầu"
	case CellNotDue:
		return "chưa nộp (chưa đến hạn)"
	case CellOverdue:
		return "chưa nộp (quá hạn)"
	case CellOnTime:
		return "đã nộp đúng hạn"
	case CellLate:
		return "nộp muộn"
	case CellReturned:
		return "bị trả lại"
	case CellAccepted:
		return "đã tiếp nhận"
	}
	return string(s)
}

// ParseCellState reads a state as a filter names it; "" for none.
func ParseCellState(s string) (CellState, error) {
	if s == "" {
		return "", nil
	}
	for _, st := range CellStates {
		if string(st) == s {
			return st, nil
		}
	}
	labels := make([]string, len(CellStates))
	for i, st := range CellStates {
		labels[i] = st.Label()
	}
	return "", Errorf(Invalid, "Trạng thái “%s” không có: chọn một trong %s.", s, strings.Join(labels, ", "))
}

// Lateness weighs how late a cell is, for sorting communes by lateness:
// days overdue or late, and one more for a report returned.
func (c Cell) Lateness() int {
	switch c.State {
	case CellOverdue, CellLate:
		return c.Days
	case CellReturned:
		return 1
	}
	return 0
}

// Short is the cell's state in the few words a grid cell holds: "Đúng hạn",
// "Muộn 2 ngày", "Quá hạn 3 ngày"; Label says it in full.
func (c Cell) Short() string {
	switch c.State {
	case CellNotRequested:
		return "—"
	case CellNotDue:
		return "Chưa đến hạn"
	case CellOverdue:
		return fmt.Sprintf("Quá hạn %d ngày", c.Days)
	case CellOnTime:
		return "Đúng hạn"
	case CellLate:
		return fmt.Sprintf("Muộn %d ngày", c.Days)
	case CellReturned:
		return "Trả lại"
	case CellAccepted:
		return "Tiếp nhận"
	}
	return string(c.State)
}
