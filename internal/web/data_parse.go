package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// dataEntry is a save of the grid, read and checked: the record of each row
// and the files, with the label of each criterion for the audit log.
type dataEntry struct {
	Records  []domain.Progress
	Files    []storage.EvidenceFile
	Labels   map[int64]string
	Criteria map[int64]domain.Criterion
}

// Limits of the text fields, in characters.
const (
	maxNoteRunes     = 2000
	maxEvidenceRunes = 500
)

// parseEntry reads every row of a save into errs (field → message) and the
// entry. A row that names a criterion outside the organisation's program
// gives a NotFound error, and one that a staff user's unit does not lead a
// Forbidden error: such a form was forged, and nothing of it is saved.
func (s *Server) parseEntry(v viewer, g *grid, post dataPost, errs fieldErrors) (dataEntry, error) {
	e := dataEntry{Labels: map[int64]string{}, Criteria: map[int64]domain.Criterion{}}
	byID := map[int64]domain.Criterion{}
	for _, grp := range g.Program.Groups {
		for _, c := range grp.Criteria {
			byID[c.ID] = c
			e.Labels[c.ID] = domain.CriterionKey(grp, c)
		}
	}
	seen := map[int64]bool{}
	for _, text := range post.Values["row"] {
		id, _ := strconv.ParseInt(text, 10, 64)
		c, ok := byID[id]
		if !ok {
			return e, domain.Errorf(domain.NotFound, "không có tiêu chí số %s", text)
		}
		if v.User.Role == domain.RoleStaff && !(dataSelection{UnitID: v.User.UnitID, OwnUnit: true}).shows(c) {
			return e, domain.Errorf(domain.Forbidden, "Tiêu chí %s không do đơn vị của bạn chủ trì thực hiện, nên bạn không nhập số liệu cho tiêu chí này được.", e.Labels[id])
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		e.Criteria[id] = c
		e.Records = append(e.Records, parseRow(errs, c, post.Values))
	}
	files, err := s.parseFiles(errs, post.Files, seen)
	e.Files = files
	return e, err
}

// parseRow reads one criterion's fields into its record.
func parseRow(errs fieldErrors, c domain.Criterion, vals url.Values) domain.Progress {
	field := rowField(c.ID)
	r := domain.Progress{CriterionID: c.ID, Note: nfcText(vals.Get(field + "-note")), Evidence: domain.NFC(vals.Get(field + "-evidence"))}
	if utf8.RuneCountInString(r.Note) > maxNoteRunes {
		errs.add(field+"-note", fmt.Sprintf("Ghi chú dài quá %d ký tự.", maxNoteRunes))
	}
	if utf8.RuneCountInString(r.Evidence) > maxEvidenceRunes {
		errs.add(field+"-evidence", fmt.Sprintf("Tham chiếu minh chứng dài quá %d ký tự; hãy đính kèm tệp.", maxEvidenceRunes))
	}
	if c.Qualitative() {
		switch vals.Get(field + "-met") {
		case "yes":
			r.Met = domain.Bool(true)
		case "no":
			r.Met = domain.Bool(false)
		case "":
		default:
			errs.add(field+"-met", "Chọn Đạt, Chưa đạt hoặc để trống.")
		}
		return r
	}
	for i, t := range c.Targets {
		r.Values = append(r.Values, parseMeasurement(errs, fmt.Sprintf("%s-t%d", field, i), t, vals))
	}
	return r
}

// parseMeasurement reads one target's value, or its numerator and
// denominator when the target is a percentage.
func parseMeasurement(errs fieldErrors, field string, t domain.Target, vals url.Values) domain.Measurement {
	var m domain.Measurement
	m.Value = parseAmount(errs, field+"-value", vals.Get(field+"-value"), "Giá trị")
	if m.Value != nil && t.Percent() && *m.Value > 100 {
		errs.add(field+"-value", "Tỷ lệ không được lớn hơn 100 %.")
	}
	if !t.Percent() {
		return m
	}
	m.Numerator = parseAmount(errs, field+"-num", vals.Get(field+"-num"), "Tử số")
	m.Denominator = parseAmount(errs, field+"-den", vals.Get(field+"-den"), "Mẫu số")
	numText, denText := strings.TrimSpace(vals.Get(field+"-num")), strings.TrimSpace(vals.Get(field+"-den"))
	switch {
	case numText != "" && denText == "":
		errs.add(field+"-den", "Nhập cả mẫu số (hoặc xóa tử số).")
	case numText == "" && denText != "":
		errs.add(field+"-num", "Nhập cả tử số (hoặc xóa mẫu số).")
	case m.Denominator != nil && *m.Denominator == 0:
		errs.add(field+"-den", "Mẫu số phải lớn hơn 0.")
	case m.Numerator != nil && m.Denominator != nil && *m.Numerator > *m.Denominator:
		errs.add(field+"-num", "Tử số không được lớn hơn mẫu số.")
	}
	if strings.TrimSpace(vals.Get(field+"-value")) != "" && (numText != "" || denText != "") {
		errs.add(field+"-value", "Nhập tỷ lệ hoặc tử số và mẫu số, không nhập cả hai.")
	}
	return m
}

// parseAmount reads a number that may not be negative; empty gives nil.
func parseAmount(errs fieldErrors, field, text, what string) *float64 {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	v, err := domain.ParseNumber(text)
	if err != nil {
		errs.add(field, fmt.Sprintf("%s “%s” không phải là số (ví dụ: 96,5 hoặc 1.250).", what, text))
		return nil
	}
	if v < 0 {
		errs.add(field, what+" không được âm.")
		return nil
	}
	return &v
}

// parseFiles checks the uploads: each must belong to a row of the save, be
// within the size limit and of an accepted type.
func (s *Server) parseFiles(errs fieldErrors, uploads []upload, rows map[int64]bool) ([]storage.EvidenceFile, error) {
	var out []storage.EvidenceFile
	for _, u := range uploads {
		id, ok := fileRow(u.Field)
		if !ok || !rows[id] {
			return nil, domain.Errorf(domain.NotFound, "tệp gửi kèm không thuộc tiêu chí nào của bảng")
		}
		name, contentType, problem := checkUpload(u, s.cfg.MaxUploadBytes)
		if problem != "" {
			errs.add(u.Field, problem+" Chọn lại tệp khi lưu lần sau.")
			continue
		}
		out = append(out, storage.EvidenceFile{CriterionID: id, Name: name, ContentType: contentType, Data: u.Data})
	}
	return out, nil
}

// fileRow reads the criterion ID of a file field ("c12-file").
func fileRow(field string) (int64, bool) {
	rest, ok := strings.CutPrefix(field, "c")
	if !ok {
		return 0, false
	}
	idText, ok := strings.CutSuffix(rest, "-file")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(idText, 10, 64)
	return id, err == nil
}

// nfcText normalises a multi-line field as formText does.
func nfcText(s string) string {
	return domain.NFC(strings.ReplaceAll(s, "\r\n", "\n"))
}
