package web

import (
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// submit receives a submission from the public form. Bad input comes back
// with each problem beside its field and nothing stored; a client that sends
// too many is told to wait; a good one is stored and the sender is sent to
// the page of its tracking code.
func (s *Server) submit(w http.ResponseWriter, r *http.Request) {
	org, ok := s.publicOrg(w, r)
	if !ok {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.maxPublicPost())
	post, readErr := readPublicPost(r, s.cfg.MaxUploadBytes)
	if readErr != nil && !errors.Is(readErr, errTooLarge) {
		s.badRequest(w, r, "Không đọc được biểu mẫu gửi lên. Xin gửi lại.")
		return
	}
	data := s.publicFormData(r, org)
	data.Form = publicFormFrom(post.Values)
	in := submissions.SubmitInput{OrgCode: org.Code, Input: data.Form.Input, Consent: data.Form.Consent,
		Admit: func() bool { return s.submits.allow(s.clientIP(r), s.now()) }}
	in.Files, in.FileProblems = s.publicFiles(post, readErr)
	receipt, err := s.uc.submissions.Submit(r.Context(), in)
	var de *domain.Error
	switch {
	case errors.Is(err, submissions.ErrTooMany):
		data.setProblems([]domain.Problem{{Message: tooManyMessage}}, len(post.Files) > 0)
		s.render(w, r, http.StatusTooManyRequests, "public_form", data)
	case errors.As(err, &de) && de.Code == domain.Invalid:
		data.setProblems(de.Problems, len(post.Files) > 0)
		status := http.StatusUnprocessableEntity
		if errors.Is(readErr, errTooLarge) {
			status = http.StatusRequestEntityTooLarge
		}
		s.render(w, r, status, "public_form", data)
	case err != nil:
		s.fail(w, r, err)
	default:
		code := receipt.Sub.TrackingCode
		redirectWithFlash(w, r, lookupURL(code), "Đã gửi thành công. Mã theo dõi của bạn là "+code+
			". Hãy ghi lại mã này để tra cứu kết quả.")
	}
}

// tooManyMessage tells a client over the limit of public submissions what to do.
const tooManyMessage = "Bạn đã gửi nhiều phản ánh, kiến nghị trong thời gian ngắn. Xin đợi vài phút rồi gửi lại; nội dung bạn nhập vẫn được giữ bên dưới."

// publicFormFrom reads the form's fields as sent; the use case checks and
// normalises them.
func publicFormFrom(v url.Values) publicForm {
	return publicForm{
		Input: submissions.Input{
			Kind: v.Get("kind"), Field: v.Get("field"), Title: v.Get("title"), Content: v.Get("content"),
			Name: v.Get("sender_name"), Address: v.Get("sender_address"), Phone: v.Get("sender_phone"),
			Email: v.Get("sender_email"), NationalID: v.Get("sender_national_id"),
		},
		Consent: v.Get("consent") != "",
	}
}

// publicFiles checks the attachments of the form, or says that the body
// passed its limit.
func (s *Server) publicFiles(post dataPost, readErr error) ([]domain.SubmissionFile, []domain.Problem) {
	if errors.Is(readErr, errTooLarge) {
		return nil, []domain.Problem{{Field: "files", Message: "Các tệp gửi kèm quá lớn: tối đa " +
			strconv.Itoa(maxAttachments) + " tệp, mỗi tệp không quá " + byteSize(s.cfg.MaxUploadBytes) + "."}}
	}
	return attachments(post.Files, s.cfg.MaxUploadBytes)
}

// setProblems puts the problems beside their fields and in the summary; a
// problem without a field goes at the top of the form.
func (p *publicFormPage) setProblems(problems []domain.Problem, hadFiles bool) {
	problems = append([]domain.Problem(nil), problems...)
	sort.SliceStable(problems, func(i, j int) bool { return formOrder(problems[i].Field) < formOrder(problems[j].Field) })
	for i := range problems {
		problems[i].Message = domain.Sentence(problems[i].Message)
	}
	for _, pr := range problems {
		if said, ok := p.Errors[pr.Field]; ok {
			p.Errors[pr.Field] = said + " " + pr.Message // two bad files: both are named
			continue
		}
		p.Errors[pr.Field] = pr.Message
	}
	for _, pr := range problems {
		if pr.Field != "" {
			p.Problems = append(p.Problems, pr)
		}
	}
	p.HadFiles = hadFiles
}

// publicFields are the form's fields in the order it shows them.
var publicFields = []string{"kind", "field", "title", "content", "sender_name", "sender_address",
	"sender_phone", "sender_email", "sender_national_id", "files", "consent"}

func formOrder(field string) int {
	for i, f := range publicFields {
		if f == field {
			return i
		}
	}
	return len(publicFields)
}

// lookupURL is the page where the sender follows a submission.
func lookupURL(code string) string { return "/tra-cuu?ma=" + url.QueryEscape(code) }
