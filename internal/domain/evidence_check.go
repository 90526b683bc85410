package domain

import (
	"archive/zip"
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
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
	{[]string{".doc"}, "application/msword", "DOC", prefixed(OLEMagic)},
	{[]string{".xls"}, "application/vnd.ms-excel", "XLS", prefixed(OLEMagic)},
}

// OLEMagic starts every Office 97-2003 file (the compound file format).
const OLEMagic = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

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

// EvidenceTypes lists the accepted types for people: "PDF, JPG, PNG, …".
func EvidenceTypes() string {
	labels := make([]string, len(evidenceKinds))
	for i, k := range evidenceKinds {
		labels[i] = k.label
	}
	return strings.Join(labels, ", ")
}

// EvidenceExtensions lists the accepted extensions for a file input's
// accept attribute: ".pdf,.jpg,…".
func EvidenceExtensions() string {
	var exts []string
	for _, k := range evidenceKinds {
		exts = append(exts, k.exts...)
	}
	return strings.Join(exts, ",")
}

// CheckEvidence returns the cleaned name and the content type of a file
// offered as evidence (or as an attachment), or what is wrong with it, in
// Vietnamese: a name that is not text (CheckText), an empty file, a type
// not accepted, a content that does not match its extension.
func CheckEvidence(name string, data []byte) (clean, contentType, problem string) {
	if p := CheckText(name, false); p != "" {
		return "", "", fmt.Sprintf("Tên tệp “%s” %s.", CleanFileName(name), p)
	}
	clean = CleanFileName(name)
	if len(data) == 0 {
		return "", "", fmt.Sprintf("Tệp “%s” rỗng.", clean)
	}
	ext := strings.ToLower(path.Ext(clean))
	for _, k := range evidenceKinds {
		for _, e := range k.exts {
			if e != ext {
				continue
			}
			if !k.looksLike(data) {
				return "", "", fmt.Sprintf("Tệp “%s” không phải là tệp %s thật: nội dung không khớp với đuôi tệp.", clean, k.label)
			}
			return clean, k.contentType, ""
		}
	}
	return "", "", fmt.Sprintf("Tệp “%s” không được nhận: chỉ nhận tệp %s.", clean, EvidenceTypes())
}

// TooLargeFile is the problem of a file of size bytes over the limit.
func TooLargeFile(name string, size, limit int64) string {
	return fmt.Sprintf("Tệp “%s” nặng %s, quá giới hạn %s mỗi tệp.", CleanFileName(name), ByteSize(size), ByteSize(limit))
}

// maxNameRunes bounds a stored file name; the extension is kept.
const maxNameRunes = 120

// CleanFileName keeps what a file name says and drops what could do harm:
// folders ("..\..\x"), control characters, characters that Windows refuses,
// leading dots. Vietnamese letters stay, in NFC.
func CleanFileName(raw string) string {
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
	}, NFC(raw))
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
