package web

import (
	"io/fs"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// routes lists every route of the app: method, path, who may use it, handler.
// Handlers find the organisation in the signed-in user, never in the URL.
func (s *Server) routes(mux *http.ServeMux) {
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", cacheStatic(http.StripPrefix("/static/", http.FileServerFS(static))))
	mux.HandleFunc("GET /healthz", s.health)

	// Accounts.
	mux.HandleFunc("GET /login", s.loginForm)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /password", requireUser(s.passwordForm))
	mux.HandleFunc("POST /password", requireUser(s.changePassword))
	mux.HandleFunc("GET /users", s.require(domain.ActManageUsers, s.listUsers))
	mux.HandleFunc("POST /users", s.require(domain.ActManageUsers, s.addUser))
	mux.HandleFunc("GET /users/{id}", s.require(domain.ActManageUsers, s.showUser))
	mux.HandleFunc("POST /users/{id}", s.require(domain.ActManageUsers, s.editUser))
	mux.HandleFunc("POST /users/{id}/disable", s.require(domain.ActManageUsers, s.setUserDisabled(true)))
	mux.HandleFunc("POST /users/{id}/enable", s.require(domain.ActManageUsers, s.setUserDisabled(false)))
	mux.HandleFunc("POST /users/{id}/reset-password", s.require(domain.ActManageUsers, s.resetPassword))
	mux.HandleFunc("GET /units", s.require(domain.ActView, s.listUnits))
	mux.HandleFunc("POST /units", s.require(domain.ActManageUsers, s.addUnit))
	mux.HandleFunc("POST /units/{id}", s.require(domain.ActManageUsers, s.editUnit))

	// Home: the dashboard for a signed-in person; for a visitor the public
	// home page of the commune, or the list of communes.
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /xa/{org}", s.communeHome)

	// Programs and criteria.
	mux.HandleFunc("GET /programs", s.require(domain.ActView, s.listPrograms))
	mux.HandleFunc("POST /programs", s.require(domain.ActEditProgram, s.createProgram))
	mux.HandleFunc("GET /programs/template.xlsx", s.require(domain.ActView, s.programTemplate))
	mux.HandleFunc("GET /programs/import", s.require(domain.ActEditProgram, s.importProgramForm))
	mux.HandleFunc("POST /programs/import", s.require(domain.ActEditProgram, s.importProgramPreview))
	mux.HandleFunc("POST /programs/import/confirm", s.require(domain.ActEditProgram, s.importProgramConfirm))
	mux.HandleFunc("GET /programs/{id}", s.require(domain.ActView, s.showProgram))
	mux.HandleFunc("POST /programs/{id}", s.require(domain.ActEditProgram, s.updateProgram))
	mux.HandleFunc("GET /programs/{id}/export.xlsx", s.require(domain.ActView, s.exportProgram))
	mux.HandleFunc("POST /programs/{id}/groups", s.require(domain.ActEditProgram, s.addGroup))
	mux.HandleFunc("POST /programs/{id}/groups/{group}/rename", s.require(domain.ActEditProgram, s.renameGroup))
	mux.HandleFunc("POST /programs/{id}/groups/{group}/delete", s.require(domain.ActEditProgram, s.deleteGroup))
	mux.HandleFunc("GET /programs/{id}/criteria/new", s.require(domain.ActEditProgram, s.newCriterionForm))
	mux.HandleFunc("POST /programs/{id}/criteria", s.require(domain.ActEditProgram, s.createCriterion))
	mux.HandleFunc("GET /criteria/{id}/edit", s.require(domain.ActEditProgram, s.editCriterionForm))
	mux.HandleFunc("POST /criteria/{id}", s.require(domain.ActEditProgram, s.updateCriterion))
	mux.HandleFunc("POST /criteria/{id}/move", s.require(domain.ActEditProgram, s.moveCriterion))
	mux.HandleFunc("POST /criteria/{id}/delete", s.require(domain.ActEditProgram, s.deleteCriterion))

	// Data entry.
	mux.HandleFunc("GET /data", s.require(domain.ActView, s.dataGrid))
	mux.HandleFunc("POST /data", s.require(domain.ActEnterData, s.saveData))
	mux.HandleFunc("POST /data/status", s.require(domain.ActEnterData, s.dataStatus))
	mux.HandleFunc("GET /evidence/{id}", s.require(domain.ActView, s.downloadEvidence))
	mux.HandleFunc("POST /evidence/{id}/delete", s.require(domain.ActEnterData, s.deleteEvidence))
	mux.HandleFunc("GET /criteria/{id}/history", s.require(domain.ActView, s.criterionHistory))

	// Meetings and tasks.
	mux.HandleFunc("GET /meetings", s.require(domain.ActView, s.listMeetings))
	mux.HandleFunc("GET /meetings/new", s.require(domain.ActEditMeetings, s.newMeetingForm))
	mux.HandleFunc("POST /meetings", s.require(domain.ActEditMeetings, s.createMeeting))
	mux.HandleFunc("GET /meetings/{id}", s.require(domain.ActView, s.showMeeting))
	mux.HandleFunc("POST /meetings/{id}", s.require(domain.ActEditMeetings, s.updateMeeting))
	mux.HandleFunc("POST /meetings/{id}/tasks", s.require(domain.ActEditMeetings, s.addTask))
	mux.HandleFunc("POST /tasks/{id}", s.require(domain.ActEditMeetings, s.updateTask))

	// Reports.
	mux.HandleFunc("GET /reports", s.require(domain.ActView, s.listReports))
	mux.HandleFunc("GET /reports/{period}", s.require(domain.ActView, s.composeReport))
	mux.HandleFunc("POST /reports/{period}", s.require(domain.ActComposeReport, s.saveReport))
	mux.HandleFunc("GET /reports/{period}/preview", s.require(domain.ActView, s.previewReport))
	mux.HandleFunc("GET /reports/{period}/download/{format}", s.require(domain.ActView, s.downloadReport))
	mux.HandleFunc("POST /reports/{period}/issue", s.require(domain.ActIssueReport, s.issueReport))
	mux.HandleFunc("GET /reports/{period}/issued/{id}/{format}", s.require(domain.ActView, s.downloadIssued))
	mux.HandleFunc("POST /reports/{period}/unlock", s.require(domain.ActUnlockPeriod, s.unlockPeriod))
	mux.HandleFunc("GET /settings/report", s.require(domain.ActView, s.reportDefaults))
	mux.HandleFunc("POST /settings/report", s.require(domain.ActComposeReport, s.saveReportDefaults))

	// Citizen submissions, public: no account needed.
	mux.HandleFunc("GET /pakn/{org}", s.submissionForm)
	mux.HandleFunc("POST /pakn/{org}", s.submit)
	mux.HandleFunc("GET /tra-cuu", s.lookupSubmission)
	mux.HandleFunc("GET /tra-loi", s.publishedAnswers)
	mux.HandleFunc("POST /api/v1/submissions", s.apiSubmit)
	mux.HandleFunc("GET /api/v1/submissions/{code}", s.apiSubmission)

	// Citizen submissions, staff.
	mux.HandleFunc("GET /submissions", s.require(domain.ActHandleSubmissions, s.inbox))
	mux.HandleFunc("GET /submissions/new", s.require(domain.ActRecordSubmissions, s.recordSubmissionForm))
	mux.HandleFunc("POST /submissions", s.require(domain.ActRecordSubmissions, s.recordSubmission))
	mux.HandleFunc("GET /submissions/import", s.require(domain.ActRecordSubmissions, s.importSubmissionsForm))
	mux.HandleFunc("POST /submissions/import", s.require(domain.ActRecordSubmissions, s.importSubmissionsPreview))
	mux.HandleFunc("POST /submissions/import/confirm", s.require(domain.ActRecordSubmissions, s.importSubmissionsConfirm))
	mux.HandleFunc("GET /submissions/{id}", s.require(domain.ActHandleSubmissions, s.showSubmission))
	mux.HandleFunc("POST /submissions/{id}/{action}", s.require(domain.ActHandleSubmissions, s.actOnSubmission))
	mux.HandleFunc("GET /submissions/{id}/files/{file}", s.require(domain.ActHandleSubmissions, s.submissionFile))
	mux.HandleFunc("GET /statistics", s.require(domain.ActView, s.statistics))
	mux.HandleFunc("GET /statistics/export.xlsx", s.require(domain.ActView, s.exportStatistics))
	mux.HandleFunc("GET /settings/answers", s.require(domain.ActHandleSubmissions, s.answerTemplates))
	mux.HandleFunc("POST /settings/answers", s.require(domain.ActConfigureSubmissions, s.saveAnswerTemplate))
	mux.HandleFunc("POST /settings/answers/{id}/delete", s.require(domain.ActConfigureSubmissions, s.deleteAnswerTemplate))
	mux.HandleFunc("GET /settings/deadlines", s.require(domain.ActView, s.deadlineSettings))
	mux.HandleFunc("POST /settings/deadlines", s.require(domain.ActConfigureSubmissions, s.saveDeadlineSettings))
	mux.HandleFunc("GET /settings/calendar", s.require(domain.ActView, s.calendarSettings))
	mux.HandleFunc("POST /settings/calendar", s.require(domain.ActConfigureSubmissions, s.saveCalendarOverride))
	mux.HandleFunc("POST /settings/calendar/delete", s.require(domain.ActConfigureSubmissions, s.deleteCalendarOverride))

	// Audit log.
	mux.HandleFunc("GET /audit", s.require(domain.ActReadAudit, s.auditLog))
	mux.HandleFunc("GET /audit/export.xlsx", s.require(domain.ActReadAudit, s.exportAudit))
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

// cacheStatic lets browsers keep the embedded assets for a day.
func cacheStatic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		next.ServeHTTP(w, r)
	})
}
