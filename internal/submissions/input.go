package submissions

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// Fields are the fields (lĩnh vực) a public submission may be about;
// Submission.Field stores the name.
var Fields = []string{
	"Khoa học, công nghệ",
	"Đổi mới sáng tạo",
	"Chuyển đổi số",
	"Thủ tục hành chính",
	"Khác",
}

// MatchField returns the field named by s, whatever its accents, case or
// spacing ("chuyen doi so" is "Chuyển đổi số"), or "" if it is none of them.
func MatchField(s string) string {
	folded := domain.Fold(strings.ReplaceAll(s, ",", " "))
	for _, f := range Fields {
		if domain.Fold(strings.ReplaceAll(f, ",", " ")) == folded {
			return f
		}
	}
	return ""
}

// Input is a submission as it was typed or sent, before any check: through
// the public form or the JSON API, or on the form where staff record one
// that came by another channel. Problems name its fields as the forms do:
// kind, field, title, content, sender_name, sender_address, sender_phone,
// sender_email, sender_national_id.
type Input struct {
	Kind, Field, Title, Content             string
	Name, Address, Phone, Email, NationalID string
}

// textProblems checks every text of the input as every way into nq57 does
// (domain.CheckText: no NUL, no control characters, valid UTF-8; line
// breaks in the content only).
func (in Input) textProblems() []domain.Problem {
	var out []domain.Problem
	for _, f := range []struct {
		name, value string
		multiline   bool
	}{
		{"kind", in.Kind, false}, {"field", in.Field, false}, {"title", in.Title, false}, {"content", in.Content, true},
		{"sender_name", in.Name, false}, {"sender_address", in.Address, false}, {"sender_phone", in.Phone, false},
		{"sender_email", in.Email, false}, {"sender_national_id", in.NationalID, false},
	} {
		out = append(out, domain.TextProblems(f.name, f.value, f.multiline)...)
	}
	return out
}

// submission normalises the input (NFC, trimmed, Windows line ends made
// plain; the phone without spaces or dots; the field by its name) into a new
// submission to the organisation.
func (in Input) submission(orgID int64) domain.Submission {
	field := MatchField(domain.NFC(in.Field))
	if field == "" {
		field = domain.NFC(in.Field) // kept as sent, so that the check names it
	}
	return domain.Submission{
		OrgID:            orgID,
		Kind:             domain.SubmissionKind(domain.NFC(in.Kind)),
		Field:            field,
		Title:            domain.NFC(in.Title),
		Content:          domain.NFC(strings.ReplaceAll(in.Content, "\r\n", "\n")),
		SenderName:       domain.NFC(in.Name),
		SenderAddress:    domain.NFC(in.Address),
		SenderPhone:      domain.NormalizePhone(in.Phone),
		SenderEmail:      domain.NFC(in.Email),
		SenderNationalID: domain.NFC(in.NationalID),
	}
}

// fieldProblem checks the field of a public submission: one of Fields.
func fieldProblem(field string) []domain.Problem {
	if field != "" && MatchField(field) != "" {
		return nil
	}
	return []domain.Problem{{Field: "field", Message: "chọn lĩnh vực: " + strings.Join(Fields, "; ")}}
}
