package public

import (
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// publicFormPage is the form a citizen or a firm fills in to send a
// submission to an organisation, without an account.
type publicFormPage struct {
	ui.Page
	OrgCode  string
	OrgName  string // "xã Xuân Hưng"
	Kinds    []kindChoice
	Fields   []string
	Form     publicForm
	Errors   ui.Errors
	Problems []domain.Problem // in the order of the form, for the summary at the top
	HadFiles bool             // files were chosen but the form came back: they must be chosen again
	Limits   publicLimits
	Accept   string // the file input's accept attribute
	MaxFiles int
	MaxSize  string // "10 MB"
	Types    string // "PDF, JPG, PNG, DOCX, XLSX"
}

// publicForm is the form's input as sent, kept when it comes back with errors.
type publicForm struct {
	submissions.Input
	Consent bool
}

// publicLimits are the length limits the form states beside each text.
type publicLimits struct {
	TitleMin, TitleMax, ContentMin, ContentMax, NameMax, AddressMax int
	ContentMaxText                                                  string // "10.000"
}

var limits = publicLimits{
	TitleMin: domain.TitleMin, TitleMax: domain.TitleMax,
	ContentMin: domain.ContentMin, ContentMax: domain.ContentMax,
	NameMax: domain.NameMax, AddressMax: domain.AddressMax,
	ContentMaxText: thousands(domain.ContentMax),
}

// publicOrg finds the organisation named by the {org} of the path; a code no
// organisation has is answered with the not-found page, a deactivated one
// with why it takes no new submission.
func (h *Handlers) publicOrg(w http.ResponseWriter, r *http.Request) (domain.Org, bool) {
	org, err := h.uc.Submissions.AcceptingOrg(r.Context(), r.PathValue("org"))
	if err != nil {
		h.ui.Fail(w, r, err)
		return domain.Org{}, false
	}
	return org, true
}

func (h *Handlers) publicFormData(r *http.Request, org domain.Org) *publicFormPage {
	name := org.DisplayName()
	return &publicFormPage{
		Page: h.ui.Page(r, "Gửi phản ánh, kiến nghị đến "+name, "pakn"), OrgCode: org.Code, OrgName: name,
		Kinds: kindChoices(), Fields: submissions.Fields, Errors: ui.Errors{}, Limits: limits,
		Accept: attachmentAccept, MaxFiles: maxAttachments, MaxSize: domain.ByteSize(h.maxUpload),
		Types: strings.Join(attachmentLabels, ", "),
	}
}

// Form shows the empty public form of an organisation.
func (h *Handlers) Form(w http.ResponseWriter, r *http.Request) {
	org, ok := h.publicOrg(w, r)
	if !ok {
		return
	}
	h.ui.Render(w, r, http.StatusOK, "public_form", h.publicFormData(r, org))
}

// publicField is one labelled text input of the sender's details.
type publicField struct {
	Name, Label, Auto, Value, Note, Error string
}

// Input describes a text input of the form, with its error if any.
func (p *publicFormPage) Input(name, label, auto, value, note string) publicField {
	return publicField{Name: name, Label: label, Auto: auto, Value: value, Note: note, Error: p.Errors[name]}
}

// Anchor is the id of the element a problem of the field links to from the
// summary at the top of the form.
func (p *publicFormPage) Anchor(field string) string {
	if field == "kind" {
		return "kind-" + string(domain.KindFeedback) // the first radio, so that focus lands in the group
	}
	return field
}
