package web

import (
	"net/http"
	"testing"
)

// Every workbook import's form offers the same file input, with the upload
// limit and the preview button (ui's "workbookfields"), to those who may
// import.
func TestImportFormsOfferTheWorkbookInput(t *testing.T) {
	t.Parallel()
	input := []string{`type="file" id="file" name="file"`, "tối đa 10 MB", `enctype="multipart/form-data"`, "Xem trước</button>"}
	runScenarios(t, []scenario{
		{name: "the program import", login: "quantri", path: "/programs/import", status: http.StatusOK, want: append(input, `action="/programs/import"`)},
		{name: "the submissions import", login: "quantri", path: "/submissions/import", status: http.StatusOK, want: append(input, `action="/submissions/import"`)},
		{name: "the communes import", login: "tinh-quantri", path: "/province/communes/import", status: http.StatusOK, want: append(input, `action="/province/communes/import"`)},
	})
}
