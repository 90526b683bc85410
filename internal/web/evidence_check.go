package web

import (
	"archive/zip"
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// evidenceKind is a type of file accepted as evidence: its extensions, the
// content type it is stored and served with, and a check of its content, so
// that a program or a web page renamed ".pdf" is refused.
type evidenceKind struct {
	exts        []string
	contentType string
	label       string
	looksLike   func([]byte) bool
}

var evidenceKinds = []evidenceKind{
	{[]string{".pdf"}, "application/pdf", "PDF", prefixed("%PDF-")},
	{[]string{".jpg", ".jpeg"}, "image/jpeg", "JPG", prefixed("\xff\xd8\xff")},
	{[]string{".png"}, "image/png", "PNG", prefixed("\x89PNG\r\n\x1a\n")},
	{[]string{".docx"}, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", zipWith("word/document.xml")},
	{[]string{".xlsx"}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", zipWith("xl/workbook.xml")},
	{[]string{".doc"}, "application/msword", "DOC", prefixed(oleMagic)},
	{[]string{".xls"}, "application/vnd.ms-excel", "XLS", prefixed(oleMagic)},
}

// oleMagic starts every Office 97-2003 file (the compound file format).
const oleMagic = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

func prefixed(magic string) func([]byte) bool {
	return func(b []byte) bool { return bytes.HasPrefix(b, []byte(magic)) }
}

// zipWith checks that b is a ZIP archive holding the named part, as every
// Office Open XML document of its kind does.
func zipWith(name string) func([]byte) bool {
	return func(b []byte) bool {
		if !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
			return false
		}
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return false
		}
		for _, f := range zr.File {
			if f.Name == name {
				return true
			}
		}
		return false
	}
}

func acceptedTypes() string {
	labels := make([]string, len(evidenceKinds))
	for i, k := range evidenceKinds {
		labels[i] = k.label
	}
	return strings.Join(labels, ", ")
}

// checkUpload returns the sanitised name and content type of an upload, or
// what is wrong with it, in Vietnamese.
func checkUpload(u upload, maxBytes int64) (name, contentType, problem string) {
	name = cleanFileName(u.Name)
	switch {
	case u.TooBig:
		return "", "", fmt.Sprintf("Tệp “%s” nặng %s, quá giới hạn %s mỗi tệp.", name, byteSize(u.Size), byteSize(maxBytes))
	case u.Size == 0:
		return "", "", fmt.Sprintf("Tệp “%s” rỗng.", name)
	}
	ext := strings.ToLower(path.Ext(name))
	for _, k := range evidenceKinds {
		for _, e := range k.exts {
			if e != ext {
				continue
			}
			if !k.looksLike(u.Data) {
				return "", "", fmt.Sprintf("Tệp “%s” không phải là tệp %s thật: nội dung không khớp với đuôi tệp.", name, k.label)
			}
			return name, k.contentType, ""
		}
	}
	return "", "", fmt.Sprintf("Tệp “%s” không được nhận: chỉ nhận tệp %s.", name, acceptedTypes())
}

// maxNameRunes bounds a stored file name; the extension is kept.
const maxNameRunes = 120

// cleanFileName keeps what a file name says and drops what could do harm:
// folders ("..\..\x"), control characters, characters that Windows refuses,
// leading dots. Vietnamese letters stay, in NFC.
func cleanFileName(raw string) string {
	raw = strings.ToValidUTF8(raw, "")
	if i := strings.LastIndexAny(raw, `/\`); i >= 0 {
		raw = raw[i+1:]
	}
	clean := strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r): // tabs and line ends too, before they count as control characters
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), strings.ContainsRune(`<>:"|?*`, r):
			return -1
		}
		return r
	}, domain.NFC(raw))
	clean = strings.Join(strings.Fields(clean), " ")
	clean = strings.TrimLeft(clean, ". ")
	if utf8.RuneCountInString(clean) > maxNameRunes {
		ext := path.Ext(clean)
		if utf8.RuneCountInString(ext) > 10 {
			ext = ""
		}
		runes := []rune(strings.TrimSuffix(clean, ext))
		clean = strings.TrimSpace(string(runes[:maxNameRunes-utf8.RuneCountInString(ext)])) + ext
	}
	if clean == "" {
		clean = "tep"
	}
	return clean
}

// byteSize writes a size for people: "12,5 MB", "800 KB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return domain.FormatNumber(float64(n*10/(1<<20))/10) + " MB"
	case n >= 1<<10:
		return domain.FormatNumber(float64(n/(1<<10))) + " KB"
	}
	return fmt.Sprintf("%d byte", n)
}
