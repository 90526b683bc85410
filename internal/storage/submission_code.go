package storage

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// crockford is Crockford's base32 alphabet: digits and upper-case letters
// without I, L, O and U, so that a code read aloud or copied by hand is not
// mistaken.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// codePrefix starts every tracking code nq57 makes.
const codePrefix = "NQ57"

// newTrackingCode returns a random code "NQ57-ABCD-EFGH": 40 random bits,
// enough that a collision is rare, and the caller retries on one.
func newTrackingCode() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("make tracking code: %w", err)
	}
	for i := range b {
		b[i] = crockford[b[i]&31] // 256 is a multiple of 32: no bias
	}
	return codePrefix + "-" + string(b[:4]) + "-" + string(b[4:]), nil
}

// canonicalCode turns a code as a person typed it ("nq57 abcd efgh",
// "NQ57-ABCD-EFGH ", "nq57abcdefgh") into the form stored. Crockford's
// look-alikes are read as he meant them (O as 0, I and L as 1). A code
// that is not one of nq57's (from another channel) is only upper-cased and
// stripped of spaces.
func canonicalCode(code string) string {
	c := strings.ToUpper(strings.Join(strings.Fields(domain.NFC(code)), ""))
	compact := strings.ReplaceAll(c, "-", "")
	if !strings.HasPrefix(compact, codePrefix) || len(compact) != len(codePrefix)+8 {
		return c
	}
	body := []byte(strings.NewReplacer("O", "0", "I", "1", "L", "1").Replace(compact[len(codePrefix):]))
	for _, ch := range body {
		if !strings.ContainsRune(crockford, rune(ch)) {
			return c
		}
	}
	return codePrefix + "-" + string(body[:4]) + "-" + string(body[4:])
}

// freeTrackingCode returns a code from next that no submission has yet,
// retrying on the rare collision.
func (s *Store) freeTrackingCode(ctx context.Context, next func() (string, error)) (string, error) {
	const attempts = 10
	for range attempts {
		code, err := next()
		if err != nil {
			return "", err
		}
		var n int
		err = s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM submissions WHERE tracking_code = $1`, code).Scan(&n)
		if err != nil {
			return "", fmt.Errorf("check tracking code: %w", err)
		}
		if n == 0 {
			return code, nil
		}
	}
	return "", fmt.Errorf("no free tracking code after %d attempts", attempts)
}
