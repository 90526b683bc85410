package public

import (
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// Submit receives a submission from the public form. Bad input comes back
// with each problem beside its field and nothing stored; a client that sends
// too many is told to wait; a good one is stored and the sender is sent to
// the page of its tracking code.
func (h *Handlers) Submit(w http.ResponseWriter, r *http.Request) {
	org, ok := h.publicOrg(w, r)
	if !ok {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, h.maxPublicPost())
	post, readErr := readPublicPost(r, h.maxUpload)
	if readErr != nil && !errors.Is(readErr, ui.ErrTooLarge) {
		h.ui.BadRequest(w, r, "Không đọc được biểu mẫu gửi lên. Xin gửi lại.")
		return
	}
	data := h.publicFormData(r, org)
	data.Form = publicFormFrom(post.Values)
	in := submissions.SubmitInput{OrgCode: org.Code, Input: data.Form.Input, Consent: data.Form.Consent,
		Admit: func() bool { return h.submits.allow(h.ui.ClientIP(r), h.now()) }}
	in.Files, in.FileProblems = h.publicFiles(post, readErr)
	receipt, err := h.uc.Submissions.Submit(r.Context(), in)
	var de *domain.Error
	switch {
	case errors.Is(err, submissions.ErrTooMany):
		data.setProblems([]domain.Problem{{Message: tooManyMessage}}, len(post.Files) > 0)
		h.ui.Render(w, r, http.StatusTooManyRequests, "public_form", data)
	case errors.As(err, &de) && de.Code == domain.Invalid:
		data.setProblems(de.Problems, len(post.Files) > 0)
		status := http.StatusUnprocessableEntity
		if errors.Is(readErr, ui.ErrTooLarge) {
			status = http.StatusRequestEntityTooLarge
		}
		h.ui.Render(w, r, status, "public_form", data)
	case err != nil:
		h.ui.Fail(w, r, err)
	default:
		code := receipt.Sub.TrackingCode
		ui.Redirect(w, r, lookupURL(code), "Đã gửi thành công. Mã theo dõi của bạn là "+code+
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
func (h *Handlers) publicFiles(post ui.Post, readErr error) ([]domain.SubmissionFile, []domain.Problem) {
	if errors.Is(readErr, ui.ErrTooLarge) {
		return nil, []domain.Problem{{Field: "files", Message: "Các tệp gửi kèm quá lớn: tối đa " +
			strconv.Itoa(maxAttachments) + " tệp, mỗi tệp không quá " + domain.ByteSize(h.maxUpload) + "."}}
	}
	return attachments(post.Files, h.maxUpload)
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
