package web

import (
	"mime"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// exportProgram sends the program as the workbook that the import reads.
func (s *Server) exportProgram(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	book, err := s.uc.programs.Export(r.Context(), actorOf(r), id)
	if err != nil {
		s.failRead(w, r, err)
		return
	}
	sendWorkbook(w, book.FileName, book.Data)
}

// programTemplate sends the blank program workbook a new organisation
// starts from.
func (s *Server) programTemplate(w http.ResponseWriter, r *http.Request) {
	book, err := s.uc.programs.Template(r.Context(), actorOf(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sendWorkbook(w, book.FileName, book.Data)
}

// sendWorkbook sends a workbook to download under the name a person would
// give it.
func sendWorkbook(w http.ResponseWriter, name string, data []byte) {
	w.Header().Set("Content-Type", xlsxType)
	w.Header().Set("Content-Disposition", attachment(name))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(data)
}

// attachment makes a Content-Disposition that names the file in Vietnamese
// for browsers that read RFC 6266's filename* and in plain ASCII for the
// others. A slash ("02-CTr/BCĐ") cannot be in a file name.
func attachment(name string) string {
	name = strings.NewReplacer("/", "-", "\\", "-").Replace(name)
	ascii := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '-'
	}, domain.Fold(name))
	plain := mime.FormatMediaType("attachment", map[string]string{"filename": ascii})
	utf := mime.FormatMediaType("attachment", map[string]string{"filename": name})
	if utf == "" || utf == plain {
		return plain
	}
	return plain + strings.TrimPrefix(utf, "attachment")
}
