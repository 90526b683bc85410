package excel

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// SheetSubmissions is the sheet of the submissions workbook that staff fill
// in to record submissions from other channels.
const SheetSubmissions = "Phản ánh, kiến nghị"

// Column headers of the submissions workbook.
const (
	hChannel    = "Kênh tiếp nhận"
	hReceived   = "Ngày tiếp nhận (dd/mm/yyyy hh:mm)"
	hKind       = "Loại"
	hField      = "Lĩnh vực"
	hTitle      = "Tiêu đề"
	hContent    = "Nội dung"
	hSender     = "Họ tên"
	hAddress    = "Địa chỉ"
	hPhone      = "Điện thoại"
	hEmail      = "Thư điện tử"
	hNationalID = "Số định danh"
	hPaknCode   = "Mã trên pakn.nq57.vn"
)

// maxSubmissionRows caps the rows one workbook may record, so that a
// preview stays readable and one transaction stays short.
const maxSubmissionRows = 500

func submissionsLayout() layout {
	return layout{
		{header: hChannel, width: 16, required: true},
		{header: hReceived, width: 18, required: true, kind: kindLiteral},
		{header: hKind, width: 16, required: true},
		{header: hField, width: 18, required: true},
		{header: hTitle, width: 36, required: true},
		{header: hContent, width: 60, required: true},
		{header: hSender, width: 22, required: true},
		{header: hAddress, width: 30, required: true},
		{header: hPhone, width: 14, required: true, kind: kindLiteral},
		{header: hEmail, width: 24, required: true},
		{header: hNationalID, width: 15, required: true, kind: kindLiteral},
		{header: hPaknCode, width: 20, kind: kindLiteral},
	}
}

// fieldColumns maps the field keys of domain.CheckNewSubmission to the
// columns that hold them, so that each problem names its cell.
var fieldColumns = map[string]string{
	"kind":               hKind,
	"field":              hField,
	"title":              hTitle,
	"content":            hContent,
	"sender_name":        hSender,
	"sender_address":     hAddress,
	"sender_phone":       hPhone,
	"sender_email":       hEmail,
	"sender_national_id": hNationalID,
}

// channelLabels are the channels staff record submissions from
// (domain.RecordedChannels), as the workbook writes them.
func channelLabels() []string {
	var out []string
	for _, c := range domain.RecordedChannels() {
		out = append(out, c.Label())
	}
	return out
}

// MatchKind returns the kind named by s in Vietnamese ignoring case, accents
// and punctuation ("Phan anh", "tư duy/sáng kiến đột phá"), or by its code
// ("phan_anh"); ok is false for none.
func MatchKind(s string) (domain.SubmissionKind, bool) {
	key := wordsKey(s)
	for _, k := range domain.SubmissionKinds {
		if wordsKey(k.Label()) == key || wordsKey(string(k)) == key {
			return k, true
		}
	}
	return "", false
}

// wordsKey folds s and keeps only its words, so that commas, slashes and
// underscores do not matter.
func wordsKey(s string) string {
	return strings.Join(strings.FieldsFunc(domain.Fold(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), " ")
}

// kindLabels are the kinds as the workbook writes them, for its drop-down.
func kindLabels() []string {
	out := make([]string, len(domain.SubmissionKinds))
	for i, k := range domain.SubmissionKinds {
		out[i] = k.Label()
	}
	return out
}

// submissionsTable writes a table's header row like sheetWriter.table, then
// styles the header cells again: table sets literal columns' style after
// writing the header, and excelize's SetColStyle restyles the cells already
// in the column, which takes the header's bold away.
func submissionsTable(w *sheetWriter, l layout, row int) {
	w.table(l, row)
	for i := range l {
		w.style(i+1, row, w.st.header)
	}
}
