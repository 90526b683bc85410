package web

import (
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// downloadEvidence sends an evidence file of the viewer's organisation, as an
// attachment with the type it was stored with, never to be sniffed into
// something a browser would run.
func (s *Server) downloadEvidence(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	f, err := s.uc.entry.Evidence(r.Context(), mustViewer(r).actor(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.ContentType)
	h.Set("Content-Disposition", evidenceDisposition(f.Name))
	h.Set("Content-Length", strconv.Itoa(len(f.Data)))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "private, no-store")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Write(f.Data)
}

// deleteEvidence deletes an uploaded evidence file, then shows the grid it
// was deleted from (the form says which unit's).
func (s *Server) deleteEvidence(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	f, err := s.uc.entry.DeleteEvidence(r.Context(), mustViewer(r).actor(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	unit, _ := strconv.ParseInt(r.PostFormValue("unit"), 10, 64) // "all" or none: all units
	redirectWithFlash(w, r, gridURL(f.Period, unit), "Đã xóa tệp minh chứng “"+f.Name+"”.")
}

// evidenceDisposition writes a Content-Disposition for a file name (RFC 6266): a
// plain ASCII name for old clients and the UTF-8 name in filename*.
func evidenceDisposition(name string) string {
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
