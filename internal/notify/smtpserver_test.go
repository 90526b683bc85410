package notify_test

import (
	"testing"

	"github.com/nq57/nq57/internal/notify/mailtest"
)

// The outbox's tests send to a real SMTP server (package mailtest).
type mailServer = mailtest.Server

func newMailServer(t *testing.T) *mailServer   { return mailtest.New(t) }
func startMailServer(t *testing.T) *mailServer { return mailtest.Start(t) }
