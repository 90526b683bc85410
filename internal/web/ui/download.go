package ui

import (
	"mime"
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/nq57/nq57/internal/domain"
)

// XLSXType is the content type of a workbook.
const XLSXType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// SendWorkbook sends a workbook to download under the name a person would
// give it.
func SendWorkbook(w http.ResponseWriter, name string, data []byte) {
	w.Header().Set("Content-Type", XLSXType)
	w.Header().Set("Content-Disposition", Attachment(name))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(data)
}

// Attachment makes a Content-Disposition that names the file in Vietnamese
// for browsers that read RFC 6266's filename* and in plain ASCII for the
// others. A slash ("02-CTr/BCĐ") cannot be in a file name.
func Attachment(name string) string {
	name = strings.NewReplacer("/", "-", "\\", "-").Replace(name)
	ascii := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '-'
	}, domain.Fold(name))
	plain := mime.FormatMediaType("attachment", map[string]string{"filename": ascii})
	utf := mime.FormatMediaType("attachment", map[string]string{"filename": name})
	if utf == "" || utf == plain {
		return plain
	}
	return plain + strings.TrimPrefix(utf, "attachment")
}

// SendStoredFile sends a file someone uploaded (evidence, a citizen's
// attachment) as an attachment with contentType, never to be sniffed into
// something a browser would run nor shown inline in the app's origin.
func SendStoredFile(w http.ResponseWriter, name, contentType string, data []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", StoredFileDisposition(name))
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "private, no-store")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Write(data)
}

// StoredFileDisposition writes a Content-Disposition for a file name (RFC
// 6266): a plain ASCII name for old clients and the UTF-8 name in filename*.
func StoredFileDisposition(name string) string {
	return `attachment; filename="` + asciiName(name) + `"; filename*=UTF-8''` + encodeRFC5987(name)
}

// asciiName folds a name to ASCII: accents dropped, đ → d, anything else
// outside printable ASCII (and quotes, backslashes) made "_".
func asciiName(name string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(t, name)
	if err != nil {
		folded = name
	}
	folded = strings.NewReplacer("đ", "d", "Đ", "D").Replace(folded)
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' {
			return '_'
		}
		return r
	}, folded)
}

// encodeRFC5987 percent-encodes every byte that is not an attr-char.
func encodeRFC5987(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isAttrChar(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func isAttrChar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$&+-.^_`|~", c) >= 0
}
