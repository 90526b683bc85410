package web

import (
	"github.com/nq57/nq57/internal/domain"
)

// checkUpload returns the cleaned name and content type of an upload, or
// what is wrong with it, in Vietnamese, by the domain's rule for evidence
// (domain.CheckEvidence); the submissions' attachments are checked with it.
func checkUpload(u upload, maxBytes int64) (name, contentType, problem string) {
	if u.TooBig {
		return "", "", domain.TooLargeFile(u.Name, u.Size, maxBytes)
	}
	return domain.CheckEvidence(u.Name, u.Data)
}

// cleanFileName is domain.CleanFileName, for the submissions' attachments.
func cleanFileName(raw string) string { return domain.CleanFileName(raw) }

// byteSize writes a size for people: "12,5 MB", "800 KB".
func byteSize(n int64) string { return domain.ByteSize(n) }

// oleMagic starts every Office 97-2003 file (the compound file format).
const oleMagic = domain.OLEMagic
