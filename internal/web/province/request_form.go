package province

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/web/ui"
)

// requestFormView is what the request's fields (partials/request_fields.html)
// need: the input, its problems, the choices, where to send it.
type requestFormView struct {
	Form        requests.RequestForm
	Version     int64
	Errors      ui.Errors
	Communes    []domain.Org // of the province, for the hand-picked list
	Types       []domain.CommuneType
	Frequencies []frequencyChoice
	Action      string
	Submit      string
}

type frequencyChoice struct {
	Value, Label string
}

func newRequestFormView(f requests.RequestForm, version int64, communes []domain.Org, action, submit string) requestFormView {
	v := requestFormView{Form: f, Version: version, Errors: ui.Errors{}, Communes: communes, Types: domain.CommuneTypes,
		Action: action, Submit: submit}
	for _, fr := range requests.Frequencies {
		v.Frequencies = append(v.Frequencies, frequencyChoice{string(fr.Kind), fr.Label})
	}
	return v
}

// Picked reports whether the commune is in the form's list.
func (v requestFormView) Picked(id int64) bool {
	return slices.Contains(v.Form.Communes, strconv.FormatInt(id, 10))
}

// readRequestForm reads the form as typed, NFC-normalised.
func readRequestForm(r *http.Request) requests.RequestForm {
	f := requests.RequestForm{
		DocType: ui.Value(r, "doc_type"), DocNumber: ui.Value(r, "doc_number"), DocDate: ui.Value(r, "doc_date"),
		DocBody: ui.Value(r, "doc_body"), Frequency: ui.Value(r, "frequency"), Audience: ui.Value(r, "audience"),
		CommuneType: ui.Value(r, "commune_type"), FirstPeriod: ui.Value(r, "first_period"), CutoffDay: ui.Value(r, "cutoff_day"),
		DueMode: ui.Value(r, "due_mode"), DueDay: ui.Value(r, "due_day"), DueWorkingDays: ui.Value(r, "due_working_days"),
		ReminderDays: ui.Value(r, "reminder_days"),
	}
	_ = r.ParseForm()
	for _, id := range r.PostForm["communes"] {
		f.Communes = append(f.Communes, domain.NFC(id))
	}
	return f
}

// newRequestForm is the form of a new request: the seed report's usual
// rules (monthly, from next month, due on the 25th, reminders 3 and 1 days
// before).
func (h *Handlers) newRequestForm() requests.RequestForm {
	today := domain.Today(h.now())
	next := domain.MonthPeriod(today.Year(), today.Month()+1)
	if today.Month() == 12 {
		next = domain.MonthPeriod(today.Year()+1, 1)
	}
	return requests.RequestForm{DocType: "Công văn", Frequency: string(domain.Month), Audience: string(domain.AudienceAll),
		FirstPeriod: requests.PeriodText(next), DueMode: requests.DueOnDay, DueDay: strconv.Itoa(domain.DefaultDueDay), ReminderDays: "3, 1"}
}

// requestFormPage is the page of a new request's form.
type requestFormPage struct {
	ui.Page
	Request requestFormView
}

// NewRequestForm shows the form of a new request.
func (h *Handlers) NewRequestForm(w http.ResponseWriter, r *http.Request) {
	communes, err := h.uc.Requests.Communes(r.Context(), ui.ActorOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "province_request_form", &requestFormPage{
		Page:    h.ui.Page(r, "Soạn yêu cầu báo cáo", "requests"),
		Request: newRequestFormView(h.newRequestForm(), 0, communes, "/province/requests", "Lưu dự thảo"),
	})
}

// CreateRequest saves a new draft request and sends the person to its
// page, where it is issued; a refused form is shown again with what was
// typed and each problem beside its field.
func (h *Handlers) CreateRequest(w http.ResponseWriter, r *http.Request) {
	a := ui.ActorOf(r)
	form := readRequestForm(r)
	saved, err := h.uc.Requests.Save(r.Context(), a, form, 0)
	if err == nil {
		ui.Redirect(w, r, requestPath(saved.ID), "Đã lưu dự thảo yêu cầu báo cáo. Kiểm tra lại rồi bấm “Ban hành” để gửi các xã, phường.")
		return
	}
	view := newRequestFormView(form, 0, nil, "/province/requests", "Lưu dự thảo")
	status, _, ok := ui.Refused(err, view.Errors)
	if !ok {
		h.ui.Fail(w, r, err)
		return
	}
	if view.Communes, err = h.uc.Requests.Communes(r.Context(), a); err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, status, "province_request_form", &requestFormPage{Page: h.ui.Page(r, "Soạn yêu cầu báo cáo", "requests"), Request: view})
}

func requestPath(id int64) string { return "/province/requests/" + strconv.FormatInt(id, 10) }

// requestInput is one text field of the form, for the partial
// "requestinput".
type requestInput struct {
	Name, Label, Placeholder, Hint string
	Value, Error                   string
}

// Input describes the text field name of the form, with its value as typed
// and its problem.
func (v requestFormView) Input(name, label, placeholder, hint string) requestInput {
	values := map[string]string{
		"doc_type": v.Form.DocType, "doc_number": v.Form.DocNumber, "doc_date": v.Form.DocDate, "doc_body": v.Form.DocBody,
		"first_period": v.Form.FirstPeriod, "cutoff_day": v.Form.CutoffDay, "due_day": v.Form.DueDay,
		"due_working_days": v.Form.DueWorkingDays, "reminder_days": v.Form.ReminderDays,
	}
	return requestInput{Name: name, Label: label, Placeholder: placeholder, Hint: hint, Value: values[name], Error: v.Errors[name]}
}
