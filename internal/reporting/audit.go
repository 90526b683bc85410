package reporting

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/nq57/nq57/internal/domain"
)

// periodRecord is how a period's own settings appear in the audit log.
type periodRecord struct {
	Number          string   `json:"number,omitempty"`
	Date            string   `json:"date,omitempty"`
	Authority       string   `json:"authority,omitempty"`
	Position        string   `json:"position,omitempty"`
	Signer          string   `json:"signer,omitempty"`
	Recipients      []string `json:"recipients,omitempty"`
	Basis           string   `json:"basis,omitempty"`
	Assessment      string   `json:"assessment,omitempty"`
	Recommendations string   `json:"recommendations,omitempty"`
}

// periodRecordOf returns the record of rs, or nil when there was none (so the
// log shows nothing before the first save).
func periodRecordOf(rs domain.ReportSettings, exists bool) any {
	if !exists {
		return nil
	}
	return periodFields(rs)
}

func periodFields(rs domain.ReportSettings) periodRecord {
	return periodRecord{Number: rs.Number, Date: dateText(rs.Date), Authority: rs.Authority, Position: rs.Position,
		Signer: rs.Signer, Recipients: rs.Recipients, Basis: rs.Basis, Assessment: rs.Assessment,
		Recommendations: rs.Recommendations}
}

// defaultsRecord is how the organisation's report settings appear in the
// audit log: the header and the sentences, then what a period may also set.
type defaultsRecord struct {
	Style        string `json:"style,omitempty"`
	SuperiorBody string `json:"superior_body,omitempty"`
	IssuingBody  string `json:"issuing_body,omitempty"`
	Place        string `json:"place,omitempty"`
	Symbol       string `json:"symbol,omitempty"`
	Term         string `json:"term,omitempty"`
	Reporter     string `json:"reporter,omitempty"`
	Receiver     string `json:"receiver,omitempty"`
	Closer       string `json:"closer,omitempty"`
	DueDay       int    `json:"due_day,omitempty"`
	periodRecord
}

// defaultsRecordOf returns the record of rs, or nil when nothing was stored
// (the organisation ran on its starting settings).
func defaultsRecordOf(rs domain.ReportSettings, exists bool) any {
	if !exists {
		return nil
	}
	term := ""
	if rs.TermStart != 0 {
		term = domain.TermWords(rs.TermStart)
	}
	return defaultsRecord{Style: string(rs.Style), SuperiorBody: rs.SuperiorBody, IssuingBody: rs.IssuingBody,
		Place: rs.Place, Symbol: rs.Symbol, Term: term, Reporter: rs.Reporter, Receiver: rs.Receiver, Closer: rs.Closer,
		DueDay: rs.DueDay, periodRecord: periodFields(rs)}
}

// issueRecord is how an issue appears in the audit log: the number and date,
// and the fingerprints of the documents kept, so that a copy can be checked
// against the log.
type issueRecord struct {
	IssuedID   int64  `json:"issued_id"`
	Number     string `json:"number"`
	Date       string `json:"date"`
	Series     string `json:"series"`
	Locked     bool   `json:"locked"`
	DOCXSHA256 string `json:"docx_sha256"`
	PDFSHA256  string `json:"pdf_sha256"`
}

func issueRecordOf(ir domain.IssuedReport, rs domain.ReportSettings) issueRecord {
	return issueRecord{IssuedID: ir.ID, Number: NumberText(rs, ir.Number), Date: dateText(ir.DocDate),
		Series: ir.Series().Words(), Locked: true, DOCXSHA256: sha256Hex(ir.DOCX), PDFSHA256: sha256Hex(ir.PDF)}
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// lockRecord is how a lifted lock appears in the audit log.
type lockRecord struct {
	Period   string `json:"period"`
	LockedAt string `json:"locked_at"`
	LockedBy string `json:"locked_by"`
}
