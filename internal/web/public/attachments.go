package public

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// maxAttachments is how many files a citizen may attach to one submission.
const maxAttachments = 3

// attachmentLabels are the evidence kinds a citizen may attach: documents and
// pictures that staff can open safely; older Office formats are not taken
// from the public.
var attachmentLabels = []string{"PDF", "JPG", "PNG", "DOCX", "XLSX"}

// attachmentAccept is the accept attribute of the form's file input.
const attachmentAccept = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"

// maxPublicPost bounds the body of a public form: the files and the texts.
func (h *Handlers) maxPublicPost() int64 {
	return maxAttachments*h.maxUpload + 1<<20
}

// readPublicPost reads the public form, streaming a multipart body part by
// part (nothing goes to the server's disk, each file is held to maxFile).
// Text fields are kept exactly as sent, so that the use case refuses what
// domain.CheckText refuses (invalid UTF-8 included) rather than have it
// silently repaired. When the body passes its limit it returns ui.ErrTooLarge
// with the fields read so far, so that the form can be shown again with
// them.
func readPublicPost(r *http.Request, maxFile int64) (ui.Post, error) {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" {
		err := r.ParseForm()
		return ui.Post{Values: r.PostForm}, ui.TooLarge(err)
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return ui.Post{Values: url.Values{}}, err
	}
	post := ui.Post{Values: url.Values{}}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return post, nil
		}
		if err != nil {
			return post, ui.TooLarge(err)
		}
		if err := post.Read(part.FormName(), part.FileName(), part, maxFile); err != nil {
			return post, ui.TooLarge(err)
		}
	}
}

// attachments checks the files of the form's "files" input and returns them
// ready to store, or the problems with them, in Vietnamese. A file input
// left empty sends no file name and is no attachment.
func attachments(uploads []ui.Upload, maxBytes int64) ([]domain.SubmissionFile, []domain.Problem) {
	var chosen []ui.Upload
	for _, u := range uploads {
		if u.Field == "files" && u.Name != "" {
			chosen = append(chosen, u)
		}
	}
	if len(chosen) > maxAttachments {
		return nil, []domain.Problem{{Field: "files", Message: fmt.Sprintf(
			"Chỉ được đính kèm tối đa %d tệp; bạn đã chọn %d tệp.", maxAttachments, len(chosen))}}
	}
	var files []domain.SubmissionFile
	var problems []domain.Problem
	for _, u := range chosen {
		f, problem := checkAttachment(u, maxBytes)
		if problem != "" {
			problems = append(problems, domain.Problem{Field: "files", Message: problem})
			continue
		}
		files = append(files, f)
	}
	return files, problems
}

// checkAttachment checks one file as evidence is checked (checkUpload: its
// size, then its extension against its content, so that a program renamed
// ".pdf" is refused) and cleans its name, after refusing a name that holds
// what no text in nq57 may (domain.CheckText); of the kinds evidence may
// be, only those in attachmentAccept are taken from the public.
func checkAttachment(u ui.Upload, maxBytes int64) (domain.SubmissionFile, string) {
	if problem := domain.CheckText(u.Name, false); problem != "" {
		return domain.SubmissionFile{}, "Tên tệp “" + domain.CleanFileName(u.Name) + "” " + problem + ": hãy đổi tên tệp rồi chọn lại."
	}
	name := domain.CleanFileName(u.Name)
	ext := strings.ToLower(path.Ext(name))
	if !u.TooBig && u.Size > 0 && !slices.Contains(strings.Split(attachmentAccept, ","), ext) {
		return domain.SubmissionFile{}, fmt.Sprintf("Tệp “%s” không được nhận: chỉ nhận tệp %s.", name, strings.Join(attachmentLabels, ", "))
	}
	name, contentType, problem := checkUpload(u, maxBytes)
	if problem != "" {
		return domain.SubmissionFile{}, problem
	}
	return domain.SubmissionFile{Name: name, ContentType: contentType, Data: u.Data}, ""
}
