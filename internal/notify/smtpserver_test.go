package notify_test

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

// received is one e-mail as the test server got it, decoded.
type received struct {
	From, To  string
	User      string // who signed in, "" for no one
	Subject   string
	Body      string
	MessageID string
}

// mailServer is a real SMTP server on 127.0.0.1 that keeps what it receives.
type mailServer struct {
	t       *testing.T
	addr    string
	tls     *tls.Config // implicit TLS when set
	logins  map[string]string
	mu      sync.Mutex
	got     []received
	srv     *smtp.Server
	stopped chan struct{}
}

// newMailServer reserves a port for a server that is not running yet (so a
// sender sees it down); start starts it.
func newMailServer(t *testing.T) *mailServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return &mailServer{t: t, addr: addr, logins: map[string]string{}}
}

// startMailServer starts a server at once.
func startMailServer(t *testing.T) *mailServer {
	t.Helper()
	m := newMailServer(t)
	m.start()
	return m
}

// port is the server's port.
func (m *mailServer) port() string {
	_, port, _ := net.SplitHostPort(m.addr)
	return port
}

func (m *mailServer) start() {
	m.t.Helper()
	ln, err := net.Listen("tcp", m.addr)
	if err != nil {
		m.t.Fatalf("start the mail server on %s: %v", m.addr, err)
	}
	if m.tls != nil {
		ln = tls.NewListener(ln, m.tls)
	}
	m.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &mailSession{server: m}, nil }))
	m.srv.Domain, m.srv.AllowInsecureAuth = "localhost", true
	m.stopped = make(chan struct{})
	go func() { defer close(m.stopped); m.srv.Serve(ln) }()
	m.t.Cleanup(m.stop)
}

func (m *mailServer) stop() {
	if m.srv == nil {
		return
	}
	m.srv.Close()
	<-m.stopped
	m.srv = nil
}

// messages returns what the server has received so far.
func (m *mailServer) messages() []received {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]received(nil), m.got...)
}

// mailSession is one SMTP connection to the test server.
type mailSession struct {
	server   *mailServer
	user     string
	from, to string
}

func (s *mailSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *mailSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if want, ok := s.server.logins[username]; !ok || want != password {
			return errors.New("wrong user or password")
		}
		s.user = username
		return nil
	}), nil
}

func (s *mailSession) Mail(from string, _ *smtp.MailOptions) error {
	if len(s.server.logins) > 0 && s.user == "" {
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
func decode(raw []byte) (received, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return received{}, err
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		return received{}, err
	}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mediaType != "text/plain" || !strings.EqualFold(params["charset"], "utf-8") {
		return received{}, errors.New("not text/plain in UTF-8: " + msg.Header.Get("Content-Type"))
	}
	body := msg.Body
	if strings.EqualFold(msg.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		body = quotedprintable.NewReader(body)
	}
	text, err := io.ReadAll(body)
	if err != nil {
		return received{}, err
	}
	return received{Subject: subject, Body: strings.ReplaceAll(string(text), "\r\n", "\n"), MessageID: msg.Header.Get("Message-Id")}, nil
}
