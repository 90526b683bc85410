package web

import (
	"bytes"
	"image"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

var dataMarch = domain.MonthPeriod(2026, time.March)

// dataCriterion returns the demo criterion labelled "II.6".
func (h *harness) dataCriterion(label string) domain.Criterion {
	h.t.Helper()
	for _, g := range h.demoProgram().Groups {
		for _, c := range g.Criteria {
			if domain.CriterionKey(g, c) == label {
				return c
			}
		}
	}
	h.t.Fatalf("no criterion %s in the demo program", label)
	return domain.Criterion{}
}

// dataMarchRecords returns the demo program's March records, to compare
// before and after a refused save.
func (h *harness) dataMarchRecords() []domain.Progress {
	h.t.Helper()
	list, err := h.store.ProgressFor(h.t.Context(), h.demoProgram().ID, dataMarch)
	must(h.t, err)
	return list
}

func (h *harness) dataEvidenceCount() int {
	h.t.Helper()
	files, err := h.store.EvidenceFiles(h.t.Context(), h.org.ID, h.demoProgram().ID, dataMarch)
	must(h.t, err)
	n := 0
	for _, list := range files {
		n += len(list)
	}
	return n
}

func dataID(n int64) string { return strconv.FormatInt(n, 10) }

// dataForm starts a save of the March grid of all units with the given rows.
func dataForm(rows ...domain.Criterion) url.Values {
	f := url.Values{"period": {"2026-03"}, "unit": {"all"}}
	for _, c := range rows {
		f.Add("row", dataID(c.ID))
	}
	return f
}

// dataUpload is a file to send with a save.
type dataUpload struct {
	field, name string
	data        []byte
}

// postData posts a multipart form, as a browser does with the grid.
func (c *client) postData(path string, form url.Values, files ...dataUpload) response {
	c.h.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, vs := range form {
		for _, v := range vs {
			must(c.h.t, mw.WriteField(k, v))
		}
	}
	for _, f := range files {
		w, err := mw.CreateFormFile(f.field, f.name)
		must(c.h.t, err)
		_, err = w.Write(f.data)
		must(c.h.t, err)
	}
	must(c.h.t, mw.Close())
	req, err := http.NewRequest(http.MethodPost, c.h.srv.URL+path, &body)
	must(c.h.t, err)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return c.do(req)
}

// A small but real PDF and PNG.
var (
	dataPDF = []byte("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
	dataPNG = func() []byte {
		var b bytes.Buffer
		if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
			panic(err)
		}
		return b.Bytes()
	}()
)
