package excel

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// SubmissionRow is one submission read from the workbook, with the row that
// holds it, so that a preview can say "dòng 5".
type SubmissionRow struct {
	Row        int
	Submission domain.Submission
	CodeCell   string // the cell of its pakn.nq57.vn code, for a problem found later
}

// codeMax is the longest pakn.nq57.vn code a workbook's row may hold.
const codeMax = 40

// ReadSubmissions reads the sheet "Phản ánh, kiến nghị" of a workbook of
// submissions that arrived through other channels: one submission per row,
// blank rows skipped. Each row is checked as a new submission
// (domain.CheckNewSubmission) and for its channel, its moment of receipt
// (not after now) and its code on pakn.nq57.vn (not repeated). The
// submissions come back with Channel, ReceivedAt, Kind, texts and
// TrackingCode (the pakn.nq57.vn code, or empty) set, Status received and
// nothing else. On any mistake it returns a *domain.Error (Invalid) listing
// every problem with its cell and reason, and no rows.
func ReadSubmissions(r io.Reader, now time.Time) ([]SubmissionRow, error) {
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var probs problems
	var out []SubmissionRow
	if g, ok := openGrid(f, SheetSubmissions, maxSubmissionRows, &probs); ok {
		out = readSubmissionsSheet(g, now, &probs)
	}
	if err := probs.err("Bảng tính phản ánh, kiến nghị"); err != nil {
		return nil, err
	}
	return out, nil
}

func readSubmissionsSheet(g grid, now time.Time, probs *problems) []SubmissionRow {
	l := submissionsLayout()
	h, ok := findHeader(g, l, probs)
	if !ok {
		return nil
	}
	cols := make([]int, 0, len(l))
	for _, c := range l {
		cols = append(cols, h.col(c.header))
	}
	var out []SubmissionRow
	codes := make(map[string]int) // pakn.nq57.vn code → first row
	for row := h.row + 1; row <= len(g.rows); row++ {
		if g.blank(row, cols...) {
			continue
		}
		if len(out) == maxSubmissionRows {
			tooManyRows(probs, g.name, row, maxSubmissionRows)
			return out
		}
		sr := submissionRowReader{rowReader{g: g, h: h, row: row, probs: probs}}
		sub := sr.read(now)
		sr.checkCode(sub.TrackingCode, codes)
		out = append(out, SubmissionRow{Row: row, Submission: sub, CodeCell: cellRef(g.name, max(h.col(hPaknCode), 1), row)})
	}
	if len(out) == 0 {
		probs.add(g.name, 1, h.row+1, "chưa có phản ánh, kiến nghị nào: ghi mỗi phản ánh, kiến nghị một dòng dưới dòng tiêu đề")
	}
	return out
}

// submissionRowReader reads and checks one row of the submissions sheet.
type submissionRowReader struct{ rowReader }

func (sr submissionRowReader) read(now time.Time) domain.Submission {
	sub := domain.Submission{
		Channel:          sr.channel(),
		ReceivedAt:       sr.received(now),
		Field:            sr.text(hField),
		Title:            sr.text(hTitle),
		Content:          sr.text(hContent),
		SenderName:       sr.text(hSender),
		SenderAddress:    sr.text(hAddress),
		SenderPhone:      sr.digits(hPhone, 10),
		SenderEmail:      sr.text(hEmail),
		SenderNationalID: sr.digits(hNationalID, 12),
		TrackingCode:     strings.ToUpper(strings.Join(strings.Fields(sr.text(hPaknCode)), "")),
		Status:           domain.SubmissionReceived,
	}
	sub.Kind, _ = MatchKind(sr.text(hKind))
	for _, p := range domain.CheckNewSubmission(sub) {
		sr.domainProblem(p)
	}
	return sub
}

// domainProblem reports a problem of domain.CheckNewSubmission at the cell of
// its field.
func (sr submissionRowReader) domainProblem(p domain.Problem) {
	col, ok := fieldColumns[p.Field]
	if !ok {
		col = hTitle
	}
	msg := p.Message
	if p.Field == "kind" && sr.text(hKind) != "" {
		msg = fmt.Sprintf("loại “%s” không có; %s", sr.text(hKind), msg)
	}
	sr.problem(col, "%s", msg)
}

func (sr submissionRowReader) channel() domain.SubmissionChannel {
	v := sr.text(hChannel)
	c, ok := domain.ParseChannel(v)
	switch {
	case v == "":
		sr.problem(hChannel, "chưa ghi kênh tiếp nhận (một trong: %s)", quoteList(channelLabels()))
	case !ok || c == domain.ChannelOnline:
		sr.problem(hChannel, "kênh “%s” không có; ghi một trong: %s", v, quoteList(channelLabels()))
	}
	return c
}

// received reads the moment of receipt: an Excel date or a text written
// dd/mm/yyyy hh:mm (or dd/mm/yyyy), in Vietnam's time.
func (sr submissionRowReader) received(now time.Time) time.Time {
	v := sr.text(hReceived)
	if v == "" {
		sr.problem(hReceived, "chưa ghi ngày tiếp nhận (dd/mm/yyyy hh:mm, ví dụ 05/03/2026 08:30)")
		return time.Time{}
	}
	t, err := parseMoment(v)
	switch {
	case err != nil:
		sr.problem(hReceived, "ngày tiếp nhận “%s” không đúng dạng dd/mm/yyyy hh:mm (ví dụ 05/03/2026 08:30)", v)
		return time.Time{}
	case t.After(now):
		sr.problem(hReceived, "ngày tiếp nhận %s ở sau thời điểm hiện tại", t.In(domain.Vietnam).Format("02/01/2006 15:04"))
	}
	return t
}

// parseMoment reads an Excel date serial or a text moment, in Vietnam's time.
func parseMoment(s string) (time.Time, error) {
	if serial, err := strconv.ParseFloat(s, 64); err == nil {
		t, err := excelize.ExcelDateToTime(serial, false)
		if err != nil || t.Year() < 2000 || t.Year() > 2100 {
			return time.Time{}, fmt.Errorf("%s is not a date serial", s)
		}
		t = t.Round(time.Minute)
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, domain.Vietnam).UTC(), nil
	}
	s = strings.Join(strings.Fields(s), " ")
	for _, layout := range []string{"2/1/2006 15:04", "2/1/2006 15:04:05", "2/1/2006", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, domain.Vietnam); err == nil {
			if t.Year() < 2000 || t.Year() > 2100 {
				return time.Time{}, fmt.Errorf("year %d out of range", t.Year())
			}
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a moment", s)
}

// digits reads a phone or ID number. Excel drops the leading zeros of one
// typed as a number (0912345678 becomes 912345678); a number cell one or two
// digits shorter than width gets them back (a 9-digit old ID card number is
// left alone).
func (sr submissionRowReader) digits(col string, width int) string {
	v := sr.text(col)
	c := sr.h.col(col)
	if v == "" || c == 0 || !sr.g.numericCell(c, sr.row) {
		return v
	}
	if n, err := strconv.ParseUint(v, 10, 64); err == nil {
		v = strconv.FormatUint(n, 10)
		if missing := width - len(v); missing == 1 || missing == 2 {
			v = strings.Repeat("0", missing) + v
		}
	}
	return v
}

// checkCode refuses a pakn.nq57.vn code used on an earlier row.
func (sr submissionRowReader) checkCode(code string, seen map[string]int) {
	if code == "" {
		return
	}
	if n := utf8.RuneCountInString(code); n > codeMax {
		sr.problem(hPaknCode, "mã “%s” quá dài: tối đa %d ký tự", code, codeMax)
		return
	}
	if first, dup := seen[code]; dup {
		sr.problem(hPaknCode, "mã “%s” đã ghi ở dòng %d: mỗi phản ánh, kiến nghị chỉ ghi một lần", code, first)
		return
	}
	seen[code] = sr.row
}
