package notify

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/nq57/nq57/internal/domain"
)

// Sender delivers one message of the outbox, or says why it could not.
type Sender interface {
	Send(ctx context.Context, m domain.OutboxMessage) error
}

// SMTP security: how the connection to the mail server is protected.
const (
	SMTPStartTLSIfOffered = "smtp"          // STARTTLS when the server offers it, plain text otherwise (port 25)
	SMTPStartTLS          = "smtp+starttls" // STARTTLS required (port 587)
	SMTPImplicitTLS       = "smtps"         // TLS from the first byte (port 465)
)

// SMTPConfig is where and as whom e-mail is sent, read from a URL such as
// smtp://user:pass@host:port?from=nq57@example.gov.vn.
type SMTPConfig struct {
	Scheme   string // SMTPStartTLSIfOffered, SMTPStartTLS or SMTPImplicitTLS
	Host     string
	Port     int
	Username string // "" for no sign-in
	Password string
	From     string // the sender's address, as written (may carry a name)
	// TLS, when set, replaces the default TLS settings (the system's
	// certificate authorities); tests use it to trust their own server.
	TLS     *tls.Config
	Timeout time.Duration // for connecting and each command; 15 s when zero
}

// ParseSMTP reads the mail server's URL. Its errors are Invalid, in
// Vietnamese, and never repeat the password.
func ParseSMTP(raw string) (SMTPConfig, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Opaque != "" || u.Host == "" {
		return SMTPConfig{}, invalid("cần địa chỉ dạng smtp://tên:mật-khẩu@máy-chủ:cổng?from=địa-chỉ-gửi (hoặc smtps://, smtp+starttls://)")
	}
	c := SMTPConfig{Scheme: strings.ToLower(u.Scheme), Host: u.Hostname()}
	ports := map[string]int{SMTPStartTLSIfOffered: 25, SMTPStartTLS: 587, SMTPImplicitTLS: 465}
	if _, ok := ports[c.Scheme]; !ok {
		return SMTPConfig{}, invalid("giao thức %q không dùng được: chỉ smtp://, smtps:// hoặc smtp+starttls://", u.Scheme)
	}
	c.Port = ports[c.Scheme]
	if p := u.Port(); p != "" {
		if c.Port, err = strconv.Atoi(p); err != nil || c.Port < 1 || c.Port > 65535 {
			return SMTPConfig{}, invalid("cổng %q không hợp lệ", p)
		}
	}
	if u.User != nil {
		c.Username = u.User.Username()
		c.Password, _ = u.User.Password()
	}
	if (u.Path != "" && u.Path != "/") || u.Fragment != "" {
		return SMTPConfig{}, invalid("địa chỉ máy chủ thư không có đường dẫn; người gửi ghi sau ?from=")
	}
	q := u.Query()
	for k := range q {
		if k != "from" {
			return SMTPConfig{}, invalid("không hiểu tham số %q (chỉ có from=)", k)
		}
	}
	if c.From = q.Get("from"); c.From == "" {
		return SMTPConfig{}, invalid("thiếu địa chỉ người gửi: thêm ?from=nq57@ten-mien.gov.vn")
	}
	if _, err := mail.ParseAddress(c.From); err != nil {
		return SMTPConfig{}, invalid("địa chỉ người gửi %q không phải địa chỉ e-mail", c.From)
	}
	return c, nil
}

// String names the server without the password, for the log.
func (c SMTPConfig) String() string {
	who := ""
	if c.Username != "" {
		who = c.Username + "@"
	}
	return c.Scheme + "://" + who + net.JoinHostPort(c.Host, strconv.Itoa(c.Port)) + " (người gửi " + c.From + ")"
}

// ParsePublicURL reads the address at which people open the app, such as
// https://nq57.ninhbinh.gov.vn, put before a message's link. Its errors are
// Invalid, in Vietnamese.
func ParsePublicURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, invalid("cần địa chỉ http:// hoặc https:// mà mọi người mở ứng dụng, ví dụ https://nq57.ninhbinh.gov.vn")
	}
	return u, nil
}

func invalid(format string, args ...any) error {
	return domain.Errorf(domain.Invalid, format, args...)
}

// SMTPSender sends the outbox's e-mail through a mail server, one connection
// per message, with the link made absolute by the public address.
type SMTPSender struct {
	cfg    SMTPConfig
	public *url.URL
}

// NewSMTPSender returns a sender through the server of cfg, whose e-mails
// link to the app at public.
func NewSMTPSender(cfg SMTPConfig, public *url.URL) *SMTPSender {
	return &SMTPSender{cfg: cfg, public: public}
}

// Send sends m as a plain-text UTF-8 e-mail.
func (s *SMTPSender) Send(ctx context.Context, m domain.OutboxMessage) error {
	msg, err := s.message(m)
	if err != nil {
		return err
	}
	client, err := gomail.NewClient(s.cfg.Host, s.options()...)
	if err != nil {
		return fmt.Errorf("mail client for %s: %w", s.cfg.Host, err)
	}
	return client.DialAndSendWithContext(ctx, msg)
}

// message builds the e-mail: sender, recipient, subject and body, the link
// below the body, and a Message-ID naming the outbox row, so that a copy
// delivered twice can be told by the receiving side.
func (s *SMTPSender) message(m domain.OutboxMessage) (*gomail.Msg, error) {
	msg := gomail.NewMsg(gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(gomail.EncodingQP))
	if err := msg.From(s.cfg.From); err != nil {
		return nil, fmt.Errorf("sender %q: %w", s.cfg.From, err)
	}
	if err := msg.To(m.Recipient); err != nil {
		return nil, fmt.Errorf("recipient %q: %w", m.Recipient, err)
	}
	msg.Subject(m.Subject)
	msg.SetDateWithValue(m.CreatedAt)
	msg.SetMessageIDWithValue(fmt.Sprintf("nq57-outbox-%d-%d@%s", m.ID, m.CreatedAt.Unix(), s.public.Hostname()))
	msg.SetBodyString(gomail.TypeTextPlain, s.body(m))
	return msg, nil
}

// body is the message's text and, below it, its link on the public address.
func (s *SMTPSender) body(m domain.OutboxMessage) string {
	body := strings.TrimRight(m.Body, "\n")
	if strings.HasPrefix(m.Link, "/") && !strings.HasPrefix(m.Link, "//") {
		body += "\n\nXem trên nq57: " + s.public.String() + m.Link
	}
	return body + "\n\n--\nThư tự động từ nq57, xin không trả lời thư này.\n"
}

func (s *SMTPSender) options() []gomail.Option {
	opts := []gomail.Option{gomail.WithPort(s.cfg.Port)}
	if s.cfg.Timeout > 0 {
		opts = append(opts, gomail.WithTimeout(s.cfg.Timeout))
	}
	if s.cfg.TLS != nil {
		opts = append(opts, gomail.WithTLSConfig(s.cfg.TLS))
	}
	switch s.cfg.Scheme {
	case SMTPImplicitTLS:
		opts = append(opts, gomail.WithSSL())
	case SMTPStartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	}
	if s.cfg.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.cfg.Username), gomail.WithPassword(s.cfg.Password))
	}
	return opts
}
