package web

import (
	"bytes"
	"mime"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
)

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// exportProgram sends the program as the workbook that the import reads.
func (s *Server) exportProgram(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	var buf bytes.Buffer
	if err := excel.WriteProgram(&buf, p); err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", xlsxType)
	w.Header().Set("Content-Disposition", attachment("Chương trình "+p.Number+".xlsx"))
	w.Header().Set("Cache-Control", "no-store")
	buf.WriteTo(w)
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
