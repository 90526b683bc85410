package web

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/excel"
)

// exportStatistics sends the statistics of a range of months as a workbook:
// the same figures as the page, and the list of submissions they count.
func (s *Server) exportStatistics(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	errs := fieldErrors{}
	rg := s.statsRangeOf(r, errs)
	if errs.any() {
		s.badRequest(w, r, strings.TrimSpace(errs["from"]+" "+errs["to"]))
		return
	}
	sd, err := s.loadStats(r.Context(), v.Org.ID, rg)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	var buf bytes.Buffer
	in := excel.StatisticsInput{OrgName: v.Org.Name, Figures: sd.Figures, Submissions: sd.Subs, Units: sd.Units}
	if err := excel.WriteStatistics(&buf, in); err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", xlsxType)
	w.Header().Set("Content-Disposition", attachment("Thống kê PAKN "+v.Org.Name+" "+rg.From.String()+" đến "+rg.To.String()+".xlsx"))
	w.Header().Set("Cache-Control", "no-store")
	buf.WriteTo(w)
}
