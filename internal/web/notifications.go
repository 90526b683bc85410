package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// shownNotices is how many notifications the page lists.
const shownNotices = 100

type notificationsPage struct {
	ui.Page
	Notices []domain.Notice
	More    bool // there are older ones not shown
}

// notifications lists the signed-in person's notifications, newest first,
// the unread ones marked. Both audiences use it.
func (s *Server) notifications(w http.ResponseWriter, r *http.Request) {
	list, err := s.notify.List(r.Context(), ui.ActorOf(r), shownNotices+1)
	if err != nil {
		s.ui.Fail(w, r, err)
		return
	}
	data := &notificationsPage{Page: s.ui.Page(r, "Thông báo", "notifications"), Notices: list}
	if len(list) > shownNotices {
		data.Notices, data.More = list[:shownNotices], true
	}
	s.ui.Render(w, r, http.StatusOK, "notifications", data)
}

// readNotification marks one of the person's notifications read and opens
// what it tells; another person's is not found.
func (s *Server) readNotification(w http.ResponseWriter, r *http.Request) {
	id, ok := s.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	n, err := s.notify.MarkRead(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		s.ui.FailRead(w, r, err)
		return
	}
	http.Redirect(w, r, noticeTarget(n.Link), http.StatusSeeOther)
}

// noticeTarget is where a notice's link may send the browser: a path of
// this app, or the notifications page.
func noticeTarget(link string) string {
	if !strings.HasPrefix(link, "/") || strings.HasPrefix(link, "//") || strings.ContainsAny(link, "\\\r\n") {
		return "/notifications"
	}
	return link
}

// readAllNotifications marks every unread notification of the person read.
func (s *Server) readAllNotifications(w http.ResponseWriter, r *http.Request) {
	n, err := s.notify.MarkAllRead(r.Context(), ui.ActorOf(r))
	if err != nil {
		s.ui.Fail(w, r, err)
		return
	}
	message := "Không còn thông báo nào chưa đọc."
	if n > 0 {
		message = "Đã đánh dấu " + strconv.Itoa(n) + " thông báo là đã đọc."
	}
	ui.Redirect(w, r, "/notifications", message)
}

// unreadOf counts the signed-in person's unread notifications for the
// menu's badge; a failure is logged and shows no badge rather than no page.
func (s *Server) unreadOf(r *http.Request) int {
	n, err := s.notify.Unread(r.Context(), ui.ActorOf(r))
	if err != nil {
		s.log.Warn("count unread notifications", "error", err)
		return 0
	}
	return n
}
