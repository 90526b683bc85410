package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// routes lists every route of the app, of every audience: method, path, who
// may use it, handler. The public pages (package public) need no account;
// the staff screens (package commune) find the organisation in the
// signed-in user, never in the URL.
func (s *Server) routes(mux *http.ServeMux) {
	p, c := s.public, s.commune
	mux.Handle("GET /static/", s.ui.Static())
	mux.HandleFunc("GET /healthz", s.health)

	// Accounts.
	mux.HandleFunc("GET /login", s.loginForm)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /password", requireUser(s.passwordForm))
	mux.HandleFunc("POST /password", requireUser(s.changePassword))
	mux.HandleFunc("GET /notifications", requireUser(s.notifications)) // each person's own, in both audiences
	mux.HandleFunc("POST /notifications/read-all", requireUser(s.readAllNotifications))
	mux.HandleFunc("POST /notifications/{id}/read", requireUser(s.readNotification))
	mux.HandleFunc("GET /users", s.require(domain.ActManageUsers, c.Users))
	mux.HandleFunc("POST /users", s.require(domain.ActManageUsers, c.AddUser))
	mux.HandleFunc("GET /users/{id}", s.require(domain.ActManageUsers, c.User))
	mux.HandleFunc("POST /users/{id}", s.require(domain.ActManageUsers, c.EditUser))
	mux.HandleFunc("POST /users/{id}/disable", s.require(domain.ActManageUsers, c.DisableUser))
	mux.HandleFunc("POST /users/{id}/enable", s.require(domain.ActManageUsers, c.EnableUser))
	mux.HandleFunc("POST /users/{id}/reset-password", s.require(domain.ActManageUsers, c.ResetPassword))
	mux.HandleFunc("GET /units", s.require(domain.ActView, c.Units))
	mux.HandleFunc("POST /units", s.require(domain.ActManageUsers, c.AddUnit))
	mux.HandleFunc("POST /units/{id}", s.require(domain.ActManageUsers, c.EditUnit))

	// Home: the dashboard for a signed-in person; for a visitor the public
	// home page of the commune, or the list of communes.
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /xa/{org}", p.Commune)

	// Programs and criteria.
	mux.HandleFunc("GET /programs", s.require(domain.ActView, c.Programs))
	mux.HandleFunc("POST /programs", s.require(domain.ActEditProgram, c.CreateProgram))
	mux.HandleFunc("GET /programs/template.xlsx", s.require(domain.ActView, c.ProgramTemplate))
	mux.HandleFunc("GET /programs/import", s.require(domain.ActEditProgram, c.ImportProgramForm))
	mux.HandleFunc("POST /programs/import", s.require(domain.ActEditProgram, c.ImportProgramPreview))
	mux.HandleFunc("POST /programs/import/confirm", s.require(domain.ActEditProgram, c.ImportProgramConfirm))
	mux.HandleFunc("GET /programs/{id}", s.require(domain.ActView, c.Program))
	mux.HandleFunc("POST /programs/{id}", s.require(domain.ActEditProgram, c.UpdateProgram))
	mux.HandleFunc("GET /programs/{id}/export.xlsx", s.require(domain.ActView, c.ExportProgram))
	mux.HandleFunc("POST /programs/{id}/groups", s.require(domain.ActEditProgram, c.AddGroup))
	mux.HandleFunc("POST /programs/{id}/groups/{group}/rename", s.require(domain.ActEditProgram, c.RenameGroup))
	mux.HandleFunc("POST /programs/{id}/groups/{group}/delete", s.require(domain.ActEditProgram, c.DeleteGroup))
	mux.HandleFunc("GET /programs/{id}/criteria/new", s.require(domain.ActEditProgram, c.NewCriterionForm))
	mux.HandleFunc("POST /programs/{id}/criteria", s.require(domain.ActEditProgram, c.CreateCriterion))
	mux.HandleFunc("GET /criteria/{id}/edit", s.require(domain.ActEditProgram, c.EditCriterionForm))
	mux.HandleFunc("POST /criteria/{id}", s.require(domain.ActEditProgram, c.UpdateCriterion))
	mux.HandleFunc("POST /criteria/{id}/move", s.require(domain.ActEditProgram, c.MoveCriterion))
	mux.HandleFunc("POST /criteria/{id}/delete", s.require(domain.ActEditProgram, c.DeleteCriterion))

	// Data entry.
	mux.HandleFunc("GET /data", s.require(domain.ActView, c.DataGrid))
	mux.HandleFunc("POST /data", s.require(domain.ActEnterData, c.SaveData))
	mux.HandleFunc("POST /data/status", s.require(domain.ActEnterData, c.DataStatus))
	mux.HandleFunc("GET /evidence/{id}", s.require(domain.ActView, c.Evidence))
	mux.HandleFunc("POST /evidence/{id}/delete", s.require(domain.ActEnterData, c.DeleteEvidence))
	mux.HandleFunc("GET /criteria/{id}/history", s.require(domain.ActView, c.CriterionHistory))

	// Meetings and tasks.
	mux.HandleFunc("GET /meetings", s.require(domain.ActView, c.Meetings))
	mux.HandleFunc("GET /meetings/new", s.require(domain.ActEditMeetings, c.NewMeetingForm))
	mux.HandleFunc("POST /meetings", s.require(domain.ActEditMeetings, c.CreateMeeting))
	mux.HandleFunc("GET /meetings/{id}", s.require(domain.ActView, c.Meeting))
	mux.HandleFunc("POST /meetings/{id}", s.require(domain.ActEditMeetings, c.UpdateMeeting))
	mux.HandleFunc("POST /meetings/{id}/tasks", s.require(domain.ActEditMeetings, c.AddTask))
	mux.HandleFunc("POST /tasks/{id}", s.require(domain.ActEditMeetings, c.UpdateTask))

	// Reports.
	mux.HandleFunc("GET /reports", s.require(domain.ActView, c.Reports))
	mux.HandleFunc("GET /reports/{period}", s.require(domain.ActView, c.ComposeReport))
	mux.HandleFunc("POST /reports/{period}", s.require(domain.ActComposeReport, c.SaveReport))
	mux.HandleFunc("GET /reports/{period}/preview", s.require(domain.ActView, c.PreviewReport))
	mux.HandleFunc("GET /reports/{period}/download/{format}", s.require(domain.ActView, c.DownloadReport))
	mux.HandleFunc("POST /reports/{period}/issue", s.require(domain.ActIssueReport, c.IssueReport))
	mux.HandleFunc("GET /reports/{period}/issued/{id}/{format}", s.require(domain.ActView, c.DownloadIssued))
	mux.HandleFunc("POST /reports/{period}/unlock", s.require(domain.ActUnlockPeriod, c.UnlockPeriod))
	mux.HandleFunc("GET /settings/report", s.require(domain.ActView, c.ReportDefaults))
	mux.HandleFunc("POST /settings/report", s.require(domain.ActComposeReport, c.SaveReportDefaults))

	// Citizen submissions, public: no account needed.
	mux.HandleFunc("GET /pakn/{org}", p.Form)
	mux.HandleFunc("POST /pakn/{org}", p.Submit)
	mux.HandleFunc("GET /tra-cuu", p.Lookup)
	mux.HandleFunc("GET /tra-loi", p.Answers)
	mux.HandleFunc("POST /api/v1/submissions", p.APISubmit)
	mux.HandleFunc("GET /api/v1/submissions/{code}", p.APISubmission)

	// Citizen submissions, staff.
	mux.HandleFunc("GET /submissions", s.require(domain.ActHandleSubmissions, c.Inbox))
	mux.HandleFunc("GET /submissions/new", s.require(domain.ActRecordSubmissions, c.RecordSubmissionForm))
	mux.HandleFunc("POST /submissions", s.require(domain.ActRecordSubmissions, c.RecordSubmission))
	mux.HandleFunc("GET /submissions/import", s.require(domain.ActRecordSubmissions, c.ImportSubmissionsForm))
	mux.HandleFunc("POST /submissions/import", s.require(domain.ActRecordSubmissions, c.ImportSubmissionsPreview))
	mux.HandleFunc("POST /submissions/import/confirm", s.require(domain.ActRecordSubmissions, c.ImportSubmissionsConfirm))
	mux.HandleFunc("GET /submissions/{id}", s.require(domain.ActHandleSubmissions, c.Submission))
	mux.HandleFunc("POST /submissions/{id}/{action}", s.require(domain.ActHandleSubmissions, c.ActOnSubmission))
	mux.HandleFunc("GET /submissions/{id}/files/{file}", s.require(domain.ActHandleSubmissions, c.SubmissionFile))
	mux.HandleFunc("GET /statistics", s.require(domain.ActView, c.Statistics))
	mux.HandleFunc("GET /statistics/export.xlsx", s.require(domain.ActView, c.ExportStatistics))
	mux.HandleFunc("GET /settings/answers", s.require(domain.ActHandleSubmissions, c.AnswerTemplates))
	mux.HandleFunc("POST /settings/answers", s.require(domain.ActConfigureSubmissions, c.SaveAnswerTemplate))
	mux.HandleFunc("POST /settings/answers/{id}/delete", s.require(domain.ActConfigureSubmissions, c.DeleteAnswerTemplate))
	mux.HandleFunc("GET /settings/deadlines", s.require(domain.ActView, c.DeadlineSettings))
	mux.HandleFunc("POST /settings/deadlines", s.require(domain.ActConfigureSubmissions, c.SaveDeadlineSettings))
	mux.HandleFunc("GET /settings/calendar", s.require(domain.ActView, c.CalendarSettings))
	mux.HandleFunc("POST /settings/calendar", s.require(domain.ActConfigureSubmissions, c.SaveCalendarOverride))
	mux.HandleFunc("POST /settings/calendar/delete", s.require(domain.ActConfigureSubmissions, c.DeleteCalendarOverride))

	// Audit log.
	mux.HandleFunc("GET /audit", s.require(domain.ActReadAudit, c.AuditLog))
	mux.HandleFunc("GET /audit/export.xlsx", s.require(domain.ActReadAudit, c.ExportAudit))

	// The province's screens (package province).
	v := s.province
	mux.HandleFunc("GET /province", s.require(domain.ActProvinceView, v.Completeness))
	mux.HandleFunc("GET /province/completeness.xlsx", s.require(domain.ActProvinceView, v.ExportCompleteness))
	mux.HandleFunc("GET /province/filings/{id}", s.require(domain.ActProvinceView, v.Filing))
	mux.HandleFunc("GET /province/filings/{id}/versions/{n}/{format}", s.require(domain.ActProvinceView, v.DownloadFiling))
	mux.HandleFunc("POST /province/filings/{id}/accept", s.require(domain.ActReviewReports, v.AcceptFiling))
	mux.HandleFunc("POST /province/filings/{id}/return", s.require(domain.ActReviewReports, v.ReturnFiling))
	mux.HandleFunc("GET /province/communes", s.require(domain.ActProvinceView, v.Communes))
	mux.HandleFunc("POST /province/communes", s.require(domain.ActManageOrgs, v.AddCommune))
	mux.HandleFunc("GET /province/communes/template.xlsx", s.require(domain.ActManageOrgs, v.CommunesTemplate))
	mux.HandleFunc("GET /province/communes/import", s.require(domain.ActManageOrgs, v.ImportCommunesForm))
	mux.HandleFunc("POST /province/communes/import", s.require(domain.ActManageOrgs, v.ImportCommunesPreview))
	mux.HandleFunc("POST /province/communes/import/confirm", s.require(domain.ActManageOrgs, v.ImportCommunesConfirm))
	mux.HandleFunc("POST /province/communes/{code}/deactivate", s.require(domain.ActManageOrgs, v.DeactivateCommune))
	mux.HandleFunc("GET /province/requests", s.require(domain.ActProvinceView, v.Requests))
	mux.HandleFunc("GET /province/requests/new", s.require(domain.ActIssueRequests, v.NewRequestForm))
	mux.HandleFunc("POST /province/requests", s.require(domain.ActIssueRequests, v.CreateRequest))
	mux.HandleFunc("GET /province/requests/{id}", s.require(domain.ActProvinceView, v.Request))
	mux.HandleFunc("POST /province/requests/{id}", s.require(domain.ActIssueRequests, v.SaveRequest))
	mux.HandleFunc("POST /province/requests/{id}/issue", s.require(domain.ActIssueRequests, v.IssueRequest))
	mux.HandleFunc("POST /province/requests/{id}/close", s.require(domain.ActIssueRequests, v.CloseRequest))
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}
