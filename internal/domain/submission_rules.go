package domain

import (
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Limits of a submission's texts. pakn.nq57.vn asks for clear Vietnamese, one
// matter per submission: a title says the matter, the content explains it.
const (
	TitleMin, TitleMax     = 10, 200
	ContentMin, ContentMax = 30, 10000
	NameMax, AddressMax    = 100, 300
	FieldMax               = 100 // lĩnh vực: the public form offers a list; staff and workbooks may write any words
)

var (
	phonePattern      = regexp.MustCompile(`^(0|\+84)[0-9]{9,10}$`)
	nationalIDPattern = regexp.MustCompile(`^([0-9]{12}|[0-9]{9})$`)
)

// phoneSeparators are what people write between the digits of a phone number.
var phoneSeparators = strings.NewReplacer(" ", "", ".", "", "-", "", "(", "", ")", "")

// NormalizePhone removes spaces, dots and dashes from a phone number.
func NormalizePhone(s string) string {
	return phoneSeparators.Replace(NFC(s))
}

// CheckNewSubmission lists what is wrong with a submission as a person or a
// firm sent it, field by field (the keys of the form and of the JSON API),
// in Vietnamese. Texts are expected NFC-normalised and trimmed already.
func CheckNewSubmission(s Submission) []Problem {
	var out []Problem
	add := func(field, format string, args ...any) {
		out = append(out, Problem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if !s.Kind.Valid() {
		add("kind", "chọn loại: phản ánh, kiến nghị, sáng kiến, giải pháp, tư duy/sáng kiến đột phá hoặc đặt hàng sản phẩm")
	}
	if n := utf8.RuneCountInString(s.Field); n > FieldMax {
		add("field", "Lĩnh vực quá dài: tối đa %d ký tự (hiện có %d)", FieldMax, n)
	}
	checkLength(add, "title", "Tiêu đề", s.Title, TitleMin, TitleMax)
	checkLength(add, "content", "Nội dung", s.Content, ContentMin, ContentMax)
	checkLength(add, "sender_name", "Họ tên người gửi", s.SenderName, 2, NameMax)
	checkLength(add, "sender_address", "Địa chỉ", s.SenderAddress, 5, AddressMax)
	phone, email := NormalizePhone(s.SenderPhone), strings.TrimSpace(s.SenderEmail)
	if phone == "" && email == "" {
		add("sender_phone", "cần số điện thoại hoặc thư điện tử để liên hệ")
	}
	if phone != "" && !phonePattern.MatchString(phone) {
		add("sender_phone", "số điện thoại %q không đúng (10 số, bắt đầu bằng 0 hoặc +84)", s.SenderPhone)
	}
	if email != "" {
		if a, err := mail.ParseAddress(email); err != nil || a.Address != email {
			add("sender_email", "địa chỉ thư điện tử %q không đúng", email)
		}
	}
	if id := strings.TrimSpace(s.SenderNationalID); id != "" && !nationalIDPattern.MatchString(id) {
		add("sender_national_id", "số định danh cá nhân/CCCD gồm 12 chữ số (hoặc CMND cũ 9 chữ số)")
	}
	return out
}

func checkLength(add func(string, string, ...any), field, label, text string, min, max int) {
	n := utf8.RuneCountInString(text)
	switch {
	case n == 0:
		add(field, "%s không được để trống", label)
	case n < min:
		add(field, "%s quá ngắn: cần ít nhất %d ký tự", label, min)
	case n > max:
		add(field, "%s quá dài: tối đa %d ký tự (hiện có %d)", label, max, n)
	}
}

// SameSender reports whether two submissions came from the same person: the
// same phone number or the same e-mail address.
func SameSender(a, b Submission) bool {
	pa, pb := NormalizePhone(a.SenderPhone), NormalizePhone(b.SenderPhone)
	if pa != "" && pa == pb {
		return true
	}
	ea, eb := strings.ToLower(strings.TrimSpace(a.SenderEmail)), strings.ToLower(strings.TrimSpace(b.SenderEmail))
	return ea != "" && ea == eb
}

// DuplicateThreshold is the similarity above which a submission is flagged as
// a near-duplicate of an earlier one by the same sender.
const DuplicateThreshold = 0.6

// Similarity returns how alike two submissions' texts are, from 0 to 1: the
// Jaccard index of their folded word pairs, so that accents, case and
// spacing do not matter and reordered sentences still match.
func Similarity(a, b Submission) float64 {
	sa, sb := shingles(a.Title+" "+a.Content), shingles(b.Title+" "+b.Content)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	common := 0
	for k := range sa {
		if sb[k] {
			common++
		}
	}
	return float64(common) / float64(len(sa)+len(sb)-common)
}

func shingles(text string) map[string]bool {
	words := strings.FieldsFunc(Fold(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	out := make(map[string]bool, len(words))
	for i := 0; i+1 < len(words); i++ {
		out[words[i]+" "+words[i+1]] = true
	}
	if len(words) == 1 {
		out[words[0]] = true
	}
	return out
}

// FindDuplicate returns the ID of the earlier submission of the same sender
// that s looks like most, if it is alike enough, or 0.
func FindDuplicate(s Submission, earlier []Submission) int64 {
	var best int64
	bestScore := DuplicateThreshold
	for _, e := range earlier {
		if e.ID == s.ID || !SameSender(s, e) {
			continue
		}
		if score := Similarity(s, e); score >= bestScore {
			best, bestScore = e.ID, score
		}
	}
	return best
}
