package web

import (
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
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
	post, err := readPublicPost(r, s.cfg.MaxUploadBytes)
	if err != nil && !errors.Is(err, errTooLarge) {
		s.badRequest(w, r, "Không đọc được biểu mẫu gửi lên. Xin gửi lại.")
		return
	}
	data := s.publicFormData(r, org)
	data.Form = publicFormFrom(post.Values)
	sub := data.Form.submission(org.ID)
	files, problems := s.checkPublicForm(data.Form, sub, post, err)
	if len(problems) > 0 {
		data.setProblems(problems, len(post.Files) > 0)
		status := http.StatusUnprocessableEntity
		if errors.Is(err, errTooLarge) {
			status = http.StatusRequestEntityTooLarge
		}
		s.render(w, r, status, "public_form", data)
		return
	}
	if !s.submits.allow(s.clientIP(r), s.now()) {
		data.setProblems([]domain.Problem{{Message: tooManyMessage}}, len(files) > 0)
		s.render(w, r, http.StatusTooManyRequests, "public_form", data)
		return
	}
	if err := s.receive(r.Context(), &sub, files); err != nil {
		if data.Errors.fromDomain(err) {
			data.setProblems(nil, len(files) > 0)
			s.render(w, r, http.StatusUnprocessableEntity, "public_form", data)
			return
		}
		s.serverError(w, r, err)
		return
	}
	redirectWithFlash(w, r, lookupURL(sub.TrackingCode), "Đã gửi thành công. Mã theo dõi của bạn là "+sub.TrackingCode+
		". Hãy ghi lại mã này để tra cứu kết quả.")
}

// tooManyMessage tells a client over the limit of public submissions what to do.
const tooManyMessage = "Bạn đã gửi nhiều phản ánh, kiến nghị trong thời gian ngắn. Xin đợi vài phút rồi gửi lại; nội dung bạn nhập vẫn được giữ bên dưới."

func publicFormFrom(v url.Values) publicForm {
	get := func(name string) string { return domain.NFC(v.Get(name)) }
	return publicForm{
		publicInput: publicInput{
			Kind: get("kind"), Field: get("field"), Title: get("title"),
			Content: normalizeLines(v.Get("content")),
			Name:    get("sender_name"), Address: get("sender_address"), Phone: get("sender_phone"),
			Email: get("sender_email"), NationalID: get("sender_national_id"),
		},
		Consent: v.Get("consent") != "",
	}
}

// checkPublicForm lists every problem of the form: its texts, the consent,
// the attachments, a body past its limit.
func (s *Server) checkPublicForm(f publicForm, sub domain.Submission, post dataPost, readErr error) ([]storage.SubmissionFile, []domain.Problem) {
	problems := checkPublic(sub)
	if !f.Consent {
		problems = append(problems, domain.Problem{Field: "consent",
			Message: "Cần đánh dấu xác nhận nội dung trung thực và đồng ý cho cơ quan dùng thông tin liên hệ để xử lý."})
	}
	if errors.Is(readErr, errTooLarge) {
		return nil, append(problems, domain.Problem{Field: "files", Message: "Các tệp gửi kèm quá lớn: tối đa " +
			strconv.Itoa(maxAttachments) + " tệp, mỗi tệp không quá " + byteSize(s.cfg.MaxUploadBytes) + "."})
	}
	files, fileProblems := attachments(post.Files, s.cfg.MaxUploadBytes)
	return files, append(problems, fileProblems...)
}

// setProblems puts the problems beside their fields and in the summary; a
// problem without a field goes at the top of the form.
func (p *publicFormPage) setProblems(problems []domain.Problem, hadFiles bool) {
	sort.SliceStable(problems, func(i, j int) bool { return formOrder(problems[i].Field) < formOrder(problems[j].Field) })
	for i := range problems {
		problems[i].Message = sentence(problems[i].Message)
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
