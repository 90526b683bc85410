package web

import (
	"bytes"
	"context"
	"encoding/base64"
	"mime/multipart"
	"net/http"
	"reflect"
	"strconv"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// demoNumber is the number of the demo program.
const demoNumber = "02-CTr/BCĐ"

// demoProgram returns the demo program as stored now.
func (h *harness) demoProgram() domain.Program {
	h.t.Helper()
	p, err := h.store.ProgramByNumber(context.Background(), h.org.ID, demoNumber)
	must(h.t, err)
	return p
}

// program returns the program with the given id as stored now.
func (h *harness) program(id int64) domain.Program {
	h.t.Helper()
	p, err := h.store.Program(context.Background(), id)
	must(h.t, err)
	return p
}

// sameProgram fails the test if the program changed.
func sameProgram(t *testing.T, what string, before, after domain.Program) {
	t.Helper()
	if !reflect.DeepEqual(before, after) {
		t.Errorf("%s changed the program:\n got %+v\nwant %+v", what, after, before)
	}
}

// lastAudit returns the newest audit entry of the demo commune, or a zero
// entry if there is none.
func (h *harness) lastAudit() domain.AuditEntry {
	h.t.Helper()
	entries, err := h.store.AuditLog(context.Background(), h.org.ID, 1, 0)
	must(h.t, err)
	if len(entries) == 0 {
		return domain.AuditEntry{}
	}
	return entries[0]
}

// unitNamed returns the demo commune's unit with the given short name.
func (h *harness) unitNamed(short string) domain.Unit {
	h.t.Helper()
	units, err := h.store.Units(context.Background(), h.org.ID)
	must(h.t, err)
	for _, u := range units {
		if u.ShortName == short {
			return u
		}
	}
	h.t.Fatalf("no unit %q", short)
	return domain.Unit{}
}

// upload posts a file as the "file" field of a multipart form.
func (c *client) upload(path, name string, data []byte) response {
	c.h.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", name)
	must(c.h.t, err)
	fw.Write(data)
	must(c.h.t, mw.Close())
	req, err := http.NewRequest(http.MethodPost, c.h.srv.URL+path, &body)
	must(c.h.t, err)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return c.do(req)
}

func encode(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// programURL is the page of a program.
func programURL(id int64) string { return "/programs/" + itoa(id) }

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

// findCriterion returns the group and the criterion with the given id in p,
// or nils.
func findCriterion(p *domain.Program, id int64) (*domain.Group, *domain.Criterion) {
	for gi := range p.Groups {
		g := &p.Groups[gi]
		for ci := range g.Criteria {
			if g.Criteria[ci].ID == id {
				return g, &g.Criteria[ci]
			}
		}
	}
	return nil, nil
}
