// Package mailtest is a real SMTP server for tests: it listens on
// 127.0.0.1, accepts what a mail program sends (with or without TLS and a
// sign-in) and keeps each message decoded as a mail reader would show it.
// The outbox's tests and the browser journeys send their e-mails to it.
package mailtest

import (
	"bytes"
	"crypto/tls"
	"errors"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is one e-mail as the server got it, decoded.
type Message struct {
	From, To  string
	User      string // who signed in, "" for no one
	Subject   string
	Body      string
	MessageID string
}

// Server is a real SMTP server on 127.0.0.1 that keeps what it receives.
// Set TLS (implicit TLS) and Logins (who may sign in) before Start.
type Server struct {
	t       testing.TB
	Addr    string            // host:port
	TLS     *tls.Config       // implicit TLS when set
	Logins  map[string]string // user → password; none: no sign-in asked
	mu      sync.Mutex
	got     []Message
	srv     *smtp.Server
	stopped chan struct{}
}

// New reserves a port for a server that is not running yet (so that a
// sender sees it down); Start starts it, and the test's end stops it.
func New(t testing.TB) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return &Server{t: t, Addr: addr, Logins: map[string]string{}}
}

// Start starts a new server at once.
func Start(t testing.TB) *Server {
	t.Helper()
	m := New(t)
	m.Start()
	return m
}

// Port is the server's port.
func (m *Server) Port() string {
	_, port, _ := net.SplitHostPort(m.Addr)
	return port
}

// Start starts the server on its address.
func (m *Server) Start() {
	m.t.Helper()
	ln, err := net.Listen("tcp", m.Addr)
	if err != nil {
		m.t.Fatalf("start the mail server on %s: %v", m.Addr, err)
	}
	if m.TLS != nil {
		ln = tls.NewListener(ln, m.TLS)
	}
	m.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &mailSession{server: m}, nil }))
	m.srv.Domain, m.srv.AllowInsecureAuth = "localhost", true
	m.stopped = make(chan struct{})
	go func() { defer close(m.stopped); m.srv.Serve(ln) }()
	m.t.Cleanup(m.Stop)
}

// Stop stops the server (a sender then finds it down).
func (m *Server) Stop() {
	if m.srv == nil {
		return
	}
	m.srv.Close()
	<-m.stopped
	m.srv = nil
}

// Messages returns what the server has received so far.
func (m *Server) Messages() []Message {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Message(nil), m.got...)
}

// mailSession is one SMTP connection to the test server.
type mailSession struct {
	server   *Server
	user     string
	from, to string
}

func (s *mailSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *mailSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if want, ok := s.server.Logins[username]; !ok || want != password {
			return errors.New("wrong user or password")
		}
		s.user = username
		return nil
	}), nil
}

func (s *mailSession) Mail(from string, _ *smtp.MailOptions) error {
	if len(s.server.Logins) > 0 && s.user == "" {
		return smtp.ErrAuthRequired
	}
	s.from = from
	return nil
}

func (s *mailSession) Rcpt(to string, _ *smtp.RcptOptions) error { s.to = to; return nil }

func (s *mailSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	got, err := decode(raw)
	if err != nil {
		s.server.t.Errorf("the server got a message it cannot read: %v\n%s", err, raw)
		return err
	}
	got.From, got.To, got.User = s.from, s.to, s.user
	s.server.mu.Lock()
	s.server.got = append(s.server.got, got)
	s.server.mu.Unlock()
	return nil
}

func (s *mailSession) Reset()        {}
func (s *mailSession) Logout() error { return nil }

// decode reads the subject and the plain-text body of an e-mail as a mail
// program would show them.
func decode(raw []byte) (Message, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return Message{}, err
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		return Message{}, err
	}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mediaType != "text/plain" || !strings.EqualFold(params["charset"], "utf-8") {
		return Message{}, errors.New("not text/plain in UTF-8: " + msg.Header.Get("Content-Type"))
	}
	body := msg.Body
	if strings.EqualFold(msg.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		body = quotedprintable.NewReader(body)
	}
	text, err := io.ReadAll(body)
	if err != nil {
		return Message{}, err
	}
	return Message{Subject: subject, Body: strings.ReplaceAll(string(text), "\r\n", "\n"), MessageID: msg.Header.Get("Message-Id")}, nil
}
