package public

import (
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// checkUpload returns the cleaned name and content type of an upload, or
// what is wrong with it, in Vietnamese, by the domain's rule for evidence
// (domain.CheckEvidence); the submissions' attachments are checked with it.
func checkUpload(u ui.Upload, maxBytes int64) (name, contentType, problem string) {
	if u.TooBig {
		return "", "", domain.TooLargeFile(u.Name, u.Size, maxBytes)
	}
	return domain.CheckEvidence(u.Name, u.Data)
}
